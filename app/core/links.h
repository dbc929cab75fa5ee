#pragma once

#include <QString>
#include <QUrl>

namespace Newsdesk::Core {

// What a link in an article points at, decided from its URL alone (docs/format.md §2):
// - a news article: /news/{id} on any host, with or without a locale segment, ".md", "/llms.txt"
//   or a query string;
// - a quote page: /quote/{TICKER} (".md" or not; "/quote/{TICKER}/news.md" is the ticker's news);
// - anything else is external.
struct LinkTarget
{
    enum class Kind { News, Ticker, External, Invalid };
    Kind kind = Kind::Invalid;
    QString newsId; // Kind::News
    QString ticker; // Kind::Ticker, as written in the path
    QString locale; // the locale segment of a Longbridge-style URL, normalised; empty if none
    QUrl url; // the original URL
};

LinkTarget classifyLink(const QUrl &url);

// The news id in an article URL, else empty.
QString newsIdFromUrl(const QUrl &url);

// Longbridge's hosts (longbridge.com, the old longportapp.com and longbridgeapp.com, and their
// subdomains): the primary site, whose news ids are document keys by themselves.
bool isPrimaryNewsHost(const QString &host);

// The site a web URL belongs to, as document keys name it: "longbridge.com" for every primary
// host, else the host in lower case without "www." and with its port when not the scheme's
// default ("127.0.0.1:8080"). Empty for a URL without a host.
QString siteOf(const QUrl &url);
// Both URLs have a host and belong to the same site.
bool sameSite(const QUrl &a, const QUrl &b);

// The document key for an article URL; identity is bound to the site, so no other site can name
// a primary-site document:
// - /news/{id} on the primary site: the news id ("281000001");
// - /news/{id} elsewhere: the site and the id ("example.com/news/281000001");
// - anything else: the site and the path without ".md" and its locale segment, with the query
//   string (two queries are two documents) and without the fragment ("example.com/view.asp?id=1").
QString documentKeyForUrl(const QUrl &url);

// The app's own URL scheme, "newsdesk:", host syntax. Pages, in-app links and images all use it;
// nothing else may load in the reader's web view.
//   newsdesk://article/{key}?locale=zh-CN      the rendered page of a stored article
//   newsdesk://source/{key}?locale=zh-CN       its original markdown, highlighted
//   newsdesk://news/{id}                        in-app link to a news article (fetched if needed)
//   newsdesk://ticker/{TICKER}                  in-app link to a ticker's view
//   newsdesk://full-article/{key}               in-app link: fetch the whole of a feed excerpt
//   newsdesk://image/?src={percent-encoded URL} an image, from the cache, the network or a placeholder
//   newsdesk://resource/{name}                  the page's stylesheets
namespace AppUrl {

inline constexpr char16_t scheme[] = u"newsdesk";

QUrl articlePage(const QString &documentKey, const QString &locale);
// The page with a search's words marked (`find`: the search as typed).
QUrl articlePage(const QString &documentKey, const QString &locale, const QString &find);
QUrl sourcePage(const QString &documentKey, const QString &locale);
QUrl news(const QString &newsId);
QUrl ticker(const QString &ticker);
// A link in a feed excerpt's page that asks the app to fetch the article it was cut from.
QUrl fullArticle(const QString &documentKey);
QUrl image(const QUrl &source);
// A link in the page that asks the app to fetch one image the user's settings kept out.
QUrl loadImage(const QUrl &source);
QUrl resource(const QString &name);

bool isAppUrl(const QUrl &url);

// The parts of an app URL, for the scheme handler and the link handler.
struct Parsed
{
    enum class Kind { ArticlePage, SourcePage, News, Ticker, FullArticle, Image, LoadImage, Resource, Invalid };
    Kind kind = Kind::Invalid;
    QString value; // key, id, ticker, resource name, or the image source URL (Image, LoadImage)
    QString locale; // pages only
    QString find; // article pages: the search whose words are marked
};
Parsed parse(const QUrl &url);

} // namespace AppUrl

} // namespace Newsdesk::Core
