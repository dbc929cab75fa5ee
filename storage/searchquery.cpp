#include "searchquery.h"

#include "cjk.h"

#include <QList>
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

QString SearchQuery::toFts5(QStringView userText)
{
    QStringList parts;
    for (Term &term : split(userText)) {
        if (!isSearchable(term.text))
            continue;
        if (endsWithSingleCjk(term.text))
            term.prefix = true;
        else if (term.prefix && lastWordLength(term.text) < minimumPrefix)
            term.prefix = false;
        QString quoted = term.text;
        quoted.replace(u'"', QStringLiteral("\"\""));
        parts.append(u'"' + quoted + u'"' + (term.prefix ? QStringLiteral("*") : QString()));
    }
    return parts.join(QStringLiteral(" AND "));
}

} // namespace Newsdesk::Storage
