#pragma once

#include "core/searchsyntax.h"

#include <QString>
#include <QStringView>

namespace Newsdesk::Storage {

// The words of a search (searchsyntax.h) made into an FTS5 query that cannot go wrong: every
// term is quoted (FTS5 operators, parentheses, column filters and stray quotes typed by the user
// are searched as text, never run), words are ANDed, excluded ones follow NOT, a prefix term
// gets its `*`, and "double-quoted words" stay one phrase. A prefix needs three characters or more ("se*" searches the
// word "se": a shorter prefix would match much of the vocabulary and take most of a second). A term
// that ends in a single CJK character becomes a prefix, because the index holds that character
// only as the start of a bigram (cjktokenizer.h).
//
// Bounded, because the cost of a query grows with its terms (20,000 terms once took a minute and
// gigabytes): only the first maxInputChars characters are read, a term repeated (ignoring case)
// is searched once, and at most maxTerms terms are kept. Terms are ANDed, so the dropped ones could
// only have narrowed the result.
class SearchQuery final
{
public:
    static constexpr int maxInputChars = 1000;
    static constexpr int maxTerms = 32;

    struct Compiled
    {
        QString match; // the FTS5 MATCH expression; empty: no word to search for
        QString excludedMatch; // what documents must not match (the excluded terms ORed); may be empty
        int terms = 0; // how many terms it holds
        bool shortened = false; // terms were dropped or the text was cut at maxInputChars
    };

    // The text as submitted (no prefix for the last word unless it ends in `*`).
    static Compiled compile(QStringView userText);
    // The text parsed as `mode` says; operators other than words are the caller's.
    static Core::ParsedSearch parse(QStringView userText, Core::SearchMode mode, bool *shortened = nullptr);
    static Compiled compile(const Core::ParsedSearch &search);
    // compile(userText).match
    static QString toFts5(QStringView userText);
};

} // namespace Newsdesk::Storage
