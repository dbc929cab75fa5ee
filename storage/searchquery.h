#pragma once

#include <QString>
#include <QStringView>

namespace Newsdesk::Storage {

// What the user types into the search box, made into an FTS5 query that cannot go wrong: every
// term is quoted (FTS5 operators, parentheses, column filters and stray quotes typed by the user
// are searched as text, never run), terms are ANDed, a trailing `*` makes a term a prefix, and
// "double-quoted words" stay one phrase. A prefix needs three characters or more ("se*" searches the
// word "se": a shorter prefix would match much of the vocabulary and take most of a second). A term
// that ends in a single CJK character becomes a prefix, because the index holds that character
// only as the start of a bigram (cjktokenizer.h).
class SearchQuery final
{
public:
    // The FTS5 MATCH expression; empty when the text holds nothing searchable (then nothing matches).
    static QString toFts5(QStringView userText);
};

} // namespace Newsdesk::Storage
