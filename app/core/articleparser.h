#pragma once

#include "article.h"

#include <QByteArray>
#include <QString>

namespace Newsdesk::Core {

// Turns a markdown news document (FORMAT.md §2, §3) into an Article. Tolerant: it never throws a
// document away for one bad line; what it had to repair or skip is in Article::warnings.
// Pure: no I/O. Linear in the input (it is fuzzed with a small timeout).
struct ParseOptions
{
    QString fileName; // for documents without front matter: title from the first heading, else this
    QUrl sourceUrl;   // where the bytes came from, when known: fills url/key/locale when the document lacks them
};

// Bytes as read from a file or the network: UTF-8 (BOM allowed); invalid UTF-8 is replaced and warned.
Article parseArticle(const QByteArray &document, const ParseOptions &options = {});
Article parseArticle(const QString &document, const ParseOptions &options = {});

} // namespace Newsdesk::Core
