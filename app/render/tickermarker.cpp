#include "render/tickermarker.h"

#include "core/companyname.h"
#include "core/links.h"
#include "core/tickerrole.h"
#include "render/htmltext.h"

#include <algorithm>

namespace Newsdesk::Render {

namespace {

// A page of marks is still readable; a name in every sentence is not worth more.
constexpr int maxMarks = 300;

struct Name
{
    QString text; // HTML-escaped, as it appears in the body's text
    QString start; // the opening tag of its link
};

QList<Name> namesOf(const Core::Article &article, const Core::TickerFacts &facts)
{
    QList<Name> names;
    for (const Core::ArticleTicker &ticker : Core::classifyTickers(article)) {
        const QString href = Core::AppUrl::ticker(ticker.ticker).toString(QUrl::FullyEncoded);
        const QString start = u"<a class=\"ticker-mark"_qs
            + (facts.watched.contains(ticker.key) ? u" watched"_qs : QString()) + u"\" href=\"" + href.toHtmlEscaped()
            + u"\" title=\"" + ticker.ticker.toHtmlEscaped() + u"\">";
        QStringList spellings{ticker.ticker, ticker.key};
        spellings += facts.aliases.value(ticker.key);
        for (const QString &spelling : spellings) {
            const QString escaped = spelling.trimmed().toHtmlEscaped();
            const bool known = std::any_of(names.cbegin(), names.cend(),
                [&](const Name &name) { return name.text.compare(escaped, Qt::CaseInsensitive) == 0; });
            if (escaped.size() >= 2 && !known)
                names.append({escaped, start});
        }
    }
    std::stable_sort(
        names.begin(), names.end(), [](const Name &a, const Name &b) { return a.text.size() > b.text.size(); });
    return names;
}

void markText(QStringView text, const QList<Name> &names, QString &out, int &count)
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
        const Name *found = nullptr;
        if (count < maxMarks) {
            for (const Name &name : names) {
                if (Core::isNameAt(text, i, name.text)) {
                    found = &name;
                    break;
                }
            }
        }
        if (found) {
            ++count;
            out += found->start + text.sliced(i, found->text.size()) + u"</a>";
            i += found->text.size();
        } else {
            out += text.at(i);
            ++i;
        }
    }
}

} // namespace

QString markTickers(QStringView html, const Core::Article &article, const Core::TickerFacts &facts)
{
    const QList<Name> names = namesOf(article, facts);
    if (names.isEmpty())
        return html.toString();
    QString out;
    out.reserve(html.size() + 1024);
    int count = 0;
    rewriteProse(html, out, [&](QStringView text, QString &o) { markText(text, names, o, count); });
    return out;
}

} // namespace Newsdesk::Render
