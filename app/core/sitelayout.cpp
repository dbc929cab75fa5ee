#include "core/sitelayout.h"

#include "core/article.h"

#include <QRegularExpression>

namespace Newsdesk::Core::SiteLayout {

namespace {

QUrl onSite(const QUrl &site, const QString &path)
{
    QUrl url = siteRoot(site);
    url.setPath(path);
    return url;
}

QString segment(const QString &locale)
{
    return locale.isEmpty() ? QStringLiteral("en") : normalizeLocale(locale);
}

} // namespace

QUrl siteRoot(const QUrl &url)
{
    QUrl root;
    root.setScheme(url.scheme());
    root.setHost(url.host());
    root.setPort(url.port());
    return root;
}

QUrl newsArticle(const QUrl &site, const QString &locale, const QString &newsId)
{
    return onSite(site, u'/' + segment(locale) + u"/news/" + newsId + u".md");
}

QUrl newsIndex(const QUrl &site, const QString &locale)
{
    return onSite(site, u'/' + segment(locale) + u"/news.md");
}

QUrl tickerNews(const QUrl &site, const QString &locale, const QString &ticker)
{
    return onSite(site, u'/' + segment(locale) + u"/quote/" + ticker + u"/news.md");
}

std::optional<QUrl> markdownTwin(const QUrl &url)
{
    QString path = url.path();
    if (path.endsWith(u".md", Qt::CaseInsensitive) || path.isEmpty() || path == u"/")
        return std::nullopt;
    while (path.endsWith(u'/'))
        path.chop(1);
    QUrl twin = url;
    twin.setPath(path + u".md");
    return twin;
}

QUrl webPage(const QUrl &url)
{
    QString path = url.path();
    if (!path.endsWith(u".md", Qt::CaseInsensitive))
        return url;
    path.chop(3);
    QUrl page = url;
    page.setPath(path);
    return page;
}

ListUrl classifyListUrl(const QUrl &url)
{
    // An optional locale segment ("en", "zh-CN", "zh_HK"), then the page; ".md" and a trailing
    // slash optional.
    static const QRegularExpression newsIndexPath(
        QStringLiteral(R"(^(/[A-Za-z]{2}(?:[-_][A-Za-z]{2,4})?)?/news(?:\.md)?/?$)"));
    static const QRegularExpression tickerNewsPath(
        QStringLiteral(R"(^(?:/[A-Za-z]{2}(?:[-_][A-Za-z]{2,4})?)?/quote/([^/]+)/news(?:\.md)?/?$)"));
    const QString path = url.path();
    if (newsIndexPath.match(path).hasMatch())
        return {ListPage::Kind::NewsIndex, {}};
    if (const QRegularExpressionMatch match = tickerNewsPath.match(path); match.hasMatch())
        return {ListPage::Kind::TickerNews, match.captured(1)};
    return {};
}

} // namespace Newsdesk::Core::SiteLayout
