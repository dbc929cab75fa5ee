#pragma once

#include "articleref.h"

#include <QByteArray>
#include <QStringList>

namespace Newsdesk::Core {

struct ListPage
{
    enum class Kind { NewsIndex, TickerNews, Feed, Unknown };
    Kind kind = Kind::Unknown;
    QString title;
    QString symbol; // TickerNews: the ticker as written
    QString name;   // TickerNews: the company name
    QList<ArticleRef> articles; // in page order (newest first on Longbridge pages)
    QStringList warnings;
};

// A news index (FORMAT.md §4.1) or one ticker's news page (§4.2); relative links resolve against `base`.
ListPage parseListPage(const QByteArray &document, const QUrl &base = {});

// An RSS 2.0 or Atom feed whose items link to articles (RFC 2822 and ISO 8601 dates).
ListPage parseFeed(const QByteArray &document, const QUrl &base = {});

// Sniffs the bytes: XML feeds go to parseFeed, everything else to parseListPage.
ListPage parseAnyListPage(const QByteArray &document, const QUrl &base = {});

} // namespace Newsdesk::Core
