#include "storage/searchquery.h"

#include "storage/cjk.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace Newsdesk::Storage {

namespace {

// The full-text index keeps prefixes of 3 to 5 characters (migration 3); a shorter prefix would
// merge the postings of a large part of the vocabulary (0.7 s for "s*" on 100k articles).
constexpr int minimumPrefix = 3;

bool isSearchable(QStringView text)
{
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            return true;
    }
    return false;
}

// True when the last character is CJK and the one before it is not: the query tokenizer then
// yields that character alone, which only a prefix search finds inside the indexed bigrams.
bool endsWithSingleCjk(QStringView text)
{
    QList<uint> chars = text.toUcs4();
    while (!chars.isEmpty() && !QChar::isLetterOrNumber(chars.last()))
        chars.removeLast();
    if (chars.isEmpty() || !isCjk(chars.last()))
        return false;
    return chars.size() == 1 || !isCjk(chars.at(chars.size() - 2));
}

// The number of characters of the word a trailing `*` would extend (not counting CJK ones).
int lastWordLength(QStringView text)
{
    QList<uint> chars = text.toUcs4();
    while (!chars.isEmpty() && !QChar::isLetterOrNumber(chars.last()))
        chars.removeLast();
    int length = 0;
    for (qsizetype i = chars.size() - 1; i >= 0 && QChar::isLetterOrNumber(chars.at(i)) && !isCjk(chars.at(i)); --i)
        ++length;
    return length;
}

} // namespace

Core::ParsedSearch SearchQuery::parse(QStringView userText, Core::SearchMode mode, bool *shortened)
{
    bool cut = false;
    if (userText.size() > maxInputChars) {
        // Cut between words where there is a space to cut at, never inside a surrogate pair.
        const qsizetype space = userText.left(maxInputChars + 1).lastIndexOf(u' ');
        userText = userText.left(space > 0 ? space : maxInputChars);
        if (userText.back().isHighSurrogate())
            userText.chop(1);
        cut = true;
    }
    if (shortened)
        *shortened = cut;
    return Core::parseSearch(userText, mode);
}

SearchQuery::Compiled SearchQuery::compile(QStringView userText)
{
    bool shortened = false;
    Compiled compiled = compile(parse(userText, Core::SearchMode::Submitted, &shortened));
    compiled.shortened = compiled.shortened || shortened;
    return compiled;
}

SearchQuery::Compiled SearchQuery::compile(const Core::ParsedSearch &search)
{
    Compiled compiled;
    QStringList words;
    QStringList excluded;
    QSet<QString> seen;
    const auto add = [&](Core::SearchTerm term, QStringList &into) {
        if (!isSearchable(term.text))
            return;
        if (endsWithSingleCjk(term.text))
            term.prefix = true;
        else if (term.prefix && lastWordLength(term.text) < minimumPrefix)
            term.prefix = false;
        QString quoted = term.text;
        quoted.replace(u'"', QStringLiteral("\"\""));
        QString part = u'"' + quoted + u'"' + (term.prefix ? QStringLiteral("*") : QString());
        // The index folds case, so "Apple apple" is one term.
        const QString identity = (&into == &excluded ? QStringLiteral("-") : QString()) + part.toCaseFolded();
        if (seen.contains(identity))
            return;
        if (words.size() + excluded.size() == maxTerms) {
            compiled.shortened = true;
            return;
        }
        seen.insert(identity);
        into.append(std::move(part));
    };
    for (const Core::SearchTerm &term : search.words)
        add(term, words);
    for (const Core::SearchTerm &term : search.excluded)
        add(term, excluded);
    compiled.terms = int(words.size() + excluded.size());
    compiled.excludedMatch = excluded.join(QStringLiteral(" OR "));
    if (words.isEmpty())
        return compiled;
    compiled.match = words.join(QStringLiteral(" AND "));
    if (!excluded.isEmpty())
        compiled.match = u'(' + compiled.match + u") NOT " + excluded.join(QStringLiteral(" NOT "));
    return compiled;
}

QString SearchQuery::toFts5(QStringView userText)
{
    return compile(userText).match;
}

} // namespace Newsdesk::Storage
