#pragma once

#include "core/article.h"

#include <QByteArray>
#include <QString>

namespace Newsdesk::Core {

// Turns a markdown news document (docs/format.md §2, §3) into an Article. Tolerant: it never throws a
// document away for one bad line; what it had to repair or skip is in Article::warnings.
// Pure: no I/O. Linear in the input (it is fuzzed with a small timeout).
struct ParseOptions
{
    QString fileName; // for documents without front matter: title from the first heading, else this
    QUrl sourceUrl; // where the bytes came from, when known: fills url/key/locale when the document lacks them
    // What the feed or list page that named the document said: fills what the document lacks.
    QString listedTitle;
    QDateTime listedPublished;
};

// The key: the news id when the URL has /news/{id}, else documentKeyForUrl(url). The URL is the
// front matter's (relative ones resolve against sourceUrl), else sourceUrl. With no URL at all:
// "file:" + fileName as given, without ".md" (pass an absolute path for a stable key), else
// "text:" + the first 16 hex digits of the SHA-1 of the text (the same text gets the same key).
// Front-matter tickers (`symbol`, `tickers`) go to Article::extra as "tickers" (a QStringList).
// Bytes as read from a file or the network: UTF-8 (BOM allowed); invalid UTF-8 is replaced and warned.
Article parseArticle(const QByteArray &document, const ParseOptions &options = {});
Article parseArticle(const QString &document, const ParseOptions &options = {});

} // namespace Newsdesk::Core
