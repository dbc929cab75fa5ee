#pragma once

#include "core/articleref.h"

#include <QByteArray>
#include <QStringList>

namespace Newsdesk::Core {

struct ListPage
{
    enum class Kind { NewsIndex, TickerNews, Feed, Unknown };
    Kind kind = Kind::Unknown;
    QString title;
    QString symbol; // TickerNews: the ticker as written
    QString name; // TickerNews: the company name
    QList<ArticleRef> articles; // in page order (newest first on Longbridge pages)
    QStringList warnings;
    QStringList errors; // what was lost or damaged (undecodable text): the source's status shows it
};

// A news index (docs/format.md §4.1) or one ticker's news page (§4.2); relative links resolve against `base`.
ListPage parseListPage(const QByteArray &document, const QUrl &base = {});

// A feed's bytes as text (XML spec appendix F: byte order mark, UTF-16/32 sniffing, the XML
// declaration, then the HTTP charset, then UTF-8); `error` says what could not be decoded.
struct DecodedFeed
{
    QString text;
    QString encoding;
    QString error;
};
DecodedFeed decodeFeed(const QByteArray &bytes, const QByteArray &httpCharset = {});

// An RSS 0.9x/1.0/2.0 or Atom 0.3/1.0 feed; `httpCharset` is the fallback encoding.
ListPage parseFeed(const QByteArray &document, const QUrl &base = {}, const QByteArray &httpCharset = {});

// A JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1).
ListPage parseJsonFeed(const QByteArray &document, const QUrl &base = {});

// Sniffs the bytes: XML feeds go to parseFeed, JSON Feeds to parseJsonFeed, everything else to
// parseListPage.
ListPage parseAnyListPage(const QByteArray &document, const QUrl &base = {}, const QByteArray &httpCharset = {});

} // namespace Newsdesk::Core
