#include "searchquery.h"

#include "cjk.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace Newsdesk::Storage {

namespace {

// The full-text index keeps prefixes of 3 to 5 characters (migration 3); a shorter prefix would
// merge the postings of a large part of the vocabulary (0.7 s for "s*" on 100k articles).
constexpr int minimumPrefix = 3;

struct Term
{
    QString text;
    bool prefix = false;
};

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

QList<Term> split(QStringView input)
{
    QList<Term> terms;
    QString current;
    bool quoted = false;
    auto finish = [&](bool prefix) {
        if (!current.isEmpty())
            terms.append({current, prefix});
        current.clear();
    };
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c == u'"') {
            // A closing quote ends the phrase; `"…"*` keeps the star.
            const bool closing = quoted;
            quoted = !quoted;
            if (closing) {
                const bool star = i + 1 < input.size() && input.at(i + 1) == u'*';
                finish(star);
                if (star)
                    ++i;
            } else {
                finish(false);
            }
        } else if (!quoted && c.isSpace()) {
            finish(false);
        } else if (!quoted && c == u'*' && (i + 1 == input.size() || input.at(i + 1).isSpace())) {
            finish(true);
        } else {
            current.append(c);
        }
    }
    finish(false);
    return terms;
}

} // namespace

SearchQuery::Compiled SearchQuery::compile(QStringView userText)
{
    Compiled compiled;
    if (userText.size() > maxInputChars) {
        // Cut between words where there is a space to cut at, never inside a surrogate pair.
        const qsizetype space = userText.left(maxInputChars + 1).lastIndexOf(u' ');
        userText = userText.left(space > 0 ? space : maxInputChars);
        if (userText.back().isHighSurrogate())
            userText.chop(1);
        compiled.shortened = true;
    }
    QStringList parts;
    QSet<QString> seen;
    for (Term &term : split(userText)) {
        if (!isSearchable(term.text))
            continue;
        if (endsWithSingleCjk(term.text))
            term.prefix = true;
        else if (term.prefix && lastWordLength(term.text) < minimumPrefix)
            term.prefix = false;
        QString quoted = term.text;
        quoted.replace(u'"', QStringLiteral("\"\""));
        QString part = u'"' + quoted + u'"' + (term.prefix ? QStringLiteral("*") : QString());
        // The index folds case, so "Apple apple" is one term.
        const QString identity = part.toCaseFolded();
        if (seen.contains(identity))
            continue;
        if (parts.size() == maxTerms) {
            compiled.shortened = true;
            break;
        }
        seen.insert(identity);
        parts.append(std::move(part));
    }
    compiled.terms = int(parts.size());
    compiled.match = parts.join(QStringLiteral(" AND "));
    return compiled;
}

QString SearchQuery::toFts5(QStringView userText)
{
    return compile(userText).match;
}

} // namespace Newsdesk::Storage
