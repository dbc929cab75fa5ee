#pragma once

#include "core/listpageparser.h"

#include <QString>
#include <QUrl>

#include <optional>

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

// Every page of the site has a markdown twin at the same path with ".md": the page for people,
// the twin for programs. The twin of a page ("/en/news/1" → "/en/news/1.md", a trailing slash
// dropped); none for a URL that is a twin already, or for a site's root.
std::optional<QUrl> markdownTwin(const QUrl &url);
// The page for people of a markdown twin ("/en/news/1.md" → "/en/news/1"); any other URL as it is.
QUrl webPage(const QUrl &url);

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
