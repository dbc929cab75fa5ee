#include "core/relateditems.h"

#include "core/links.h"
#include "core/ticker.h"

namespace Newsdesk::Core {

namespace {

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isAsciiLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}

// The ticker in a trailing "(TICKER)" / "（TICKER）" group and where that group starts.
std::optional<std::pair<Ticker, qsizetype>> trailingTicker(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 5 || (t.back() != u')' && t.back() != u'）'))
        return std::nullopt;
    const qsizetype open = qMax(t.lastIndexOf(u'('), t.lastIndexOf(u'（'));
    if (open < 0)
        return std::nullopt;
    const auto ticker = Ticker::parse(t.sliced(open + 1, t.size() - open - 2));
    if (!ticker)
        return std::nullopt;
    return std::pair{*ticker, open};
}

} // namespace

QUrl webUrl(const QString &text, const QUrl &base)
{
    if (text.isEmpty())
        return {};
    QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    if (url.isRelative() && base.isValid() && !base.isRelative())
        url = base.resolved(url);
    const QString scheme = url.scheme();
    if (scheme == u"http" || scheme == u"https")
        return url.host().isEmpty() ? QUrl() : url;
    if (scheme.isEmpty() && !url.path().isEmpty())
        return url; // relative, with nothing to resolve it against
    return {};
}

std::optional<RelatedStock> relatedStockFromLink(const Markdown::Link &link, const QUrl &base)
{
    RelatedStock stock;
    stock.url = webUrl(link.url, base);
    const LinkTarget target = classifyLink(stock.url);
    const auto fromText = trailingTicker(link.text);
    if (target.kind == LinkTarget::Kind::Ticker) {
        stock.ticker = target.ticker;
    } else if (fromText) {
        stock.ticker = fromText->first.text();
    } else if (const auto whole = Ticker::parse(link.text)) {
        stock.ticker = whole->text();
    } else {
        return std::nullopt;
    }
    stock.key = Ticker::keyFor(stock.ticker);
    stock.name = link.text;
    if (fromText && fromText->second > 0)
        stock.name = link.text.trimmed().first(fromText->second).trimmed();
    return stock;
}

std::optional<RelatedNews> relatedNewsFromLink(const Markdown::Link &link, const QUrl &base)
{
    RelatedNews news;
    news.url = webUrl(link.url, base);
    if (!news.url.isValid() || news.url.isEmpty())
        return std::nullopt;
    news.id = newsIdFromUrl(news.url);
    news.title = stripWireTime(link.text);
    return news;
}

QString stripWireTime(const QString &title)
{
    // H:MM or HH:MM, then a zone written by US wires, glued to the headline or not.
    qsizetype i = 0;
    while (i < title.size() && i < 2 && title.at(i).isDigit() && title.at(i).unicode() < 128)
        ++i;
    if (i == 0 || i + 3 > title.size() || title.at(i) != u':' || !title.at(i + 1).isDigit()
        || !title.at(i + 2).isDigit())
        return title;
    i += 3;
    while (i < title.size() && title.at(i) == u' ')
        ++i;
    static constexpr QStringView zones[] = {u"EDT", u"EST", u"ET", u"PDT", u"PST", u"PT", u"CDT", u"CST", u"CT", u"GMT",
        u"UTC", u"HKT", u"BJT", u"SGT", u"JST", u"BST", u"CET"};
    const QStringView rest = QStringView(title).sliced(i);
    for (QStringView zone : zones) {
        if (!rest.startsWith(zone))
            continue;
        const QStringView after = rest.sliced(zone.size());
        if (after.isEmpty())
            continue;
        const QChar first = after.at(0);
        // "ETTravis" splits as ET + Travis; "ETF flows" is not a zone followed by a headline.
        const bool glued = isAsciiUpper(first) && after.size() > 1 && isAsciiLower(after.at(1));
        const bool separate = first == u' ' || first == u'\t' || first == u'-' || first == u'|' || first == u':';
        const bool other = !isAsciiUpper(first) && !isAsciiLower(first);
        if (glued || separate || other) {
            QStringView headline = after;
            while (!headline.isEmpty()
                && (headline.at(0) == u' ' || headline.at(0) == u'-' || headline.at(0) == u'|' || headline.at(0) == u':'
                    || headline.at(0) == u'\t'))
                headline = headline.sliced(1);
            return headline.isEmpty() ? title : headline.toString();
        }
    }
    return title;
}

} // namespace Newsdesk::Core
