#include "render/matchmarker.h"

#include "render/htmltext.h"

#include <algorithm>

namespace Newsdesk::Render {

namespace {

// A page's marks stay few enough to step through; a term in every word is not worth more.
constexpr int maxMarks = 500;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han || c.script() == QChar::Script_Hiragana
        || c.script() == QChar::Script_Katakana || c.script() == QChar::Script_Hangul;
}

// Marks the terms in one run of text (HTML-escaped text between tags).
void markText(QStringView text, const QStringList &terms, QString &out, int &count)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'&') { // an entity: copied whole, never split by a mark
            const qsizetype end = text.indexOf(u';', i);
            const qsizetype stop = end < 0 || end - i > 12 ? i + 1 : end + 1;
            out += text.sliced(i, stop - i);
            i = stop;
            continue;
        }
        qsizetype matched = 0;
        if (count < maxMarks && (i == 0 || !isWordChar(text.at(i - 1)) || isHan(text.at(i)))) {
            for (const QString &term : terms) {
                if (text.sliced(i).startsWith(term, Qt::CaseInsensitive)) {
                    matched = term.size();
                    break;
                }
            }
        }
        if (matched > 0) {
            ++count;
            out += u"<mark class=\"search-match\" id=\"" + matchAnchor(count) + u"\">" + text.sliced(i, matched)
                + u"</mark>";
            i += matched;
        } else {
            out += text.at(i);
            ++i;
        }
    }
}

} // namespace

QString matchAnchor(int number)
{
    return QStringLiteral("search-match-%1").arg(number);
}

MarkedHtml markMatches(QStringView html, const QStringList &rawTerms)
{
    MarkedHtml result;
    QStringList terms;
    for (const QString &term : rawTerms) {
        const QString escaped = term.trimmed().toHtmlEscaped();
        if (!escaped.isEmpty() && !terms.contains(escaped, Qt::CaseInsensitive))
            terms.append(escaped);
    }
    // Longest first, so "record quarter" wins over "record" where both start.
    std::stable_sort(
        terms.begin(), terms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    if (terms.isEmpty()) {
        result.html = html.toString();
        return result;
    }
    result.html.reserve(html.size() + 256);
    rewriteProse(html, result.html, [&](QStringView text, QString &out) { markText(text, terms, out, result.count); });
    return result;
}

} // namespace Newsdesk::Render
