#pragma once

#include "core/listpageparser.h"

#include <QString>
#include <QUrl>

namespace Newsdesk::Core::SiteLayout {

// Where a news site in Longbridge's layout keeps its pages; every URL the app builds for a site
// comes from here (links.h reads links the other way round).
//   {site}/{locale}/news/{id}.md             one article, in one language
//   {site}/{locale}/news.md                  the news index
//   {site}/{locale}/quote/{TICKER}/news.md   one ticker's news
// `site` is a scheme, host and port; its path is replaced. An empty locale is "en".
QUrl newsArticle(const QUrl &site, const QString &locale, const QString &newsId);
QUrl newsIndex(const QUrl &site, const QString &locale);
QUrl tickerNews(const QUrl &site, const QString &locale, const QString &ticker);

// The site part of a URL: its scheme, host and port.
QUrl siteRoot(const QUrl &url);

// What a subscribed URL is, read from its path: a news index (/{locale}/news.md, /news), one
// ticker's news (/{locale}/quote/{TICKER}/news, ".md" optional) or, anything else, a feed.
struct ListUrl
{
    ListPage::Kind kind = ListPage::Kind::Feed;
    QString ticker; // TickerNews: as written in the path
};
ListUrl classifyListUrl(const QUrl &url);

} // namespace Newsdesk::Core::SiteLayout
