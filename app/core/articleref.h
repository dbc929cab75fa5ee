#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace Newsdesk::Core {

// An article as a list page or a feed names it, before it is fetched.
struct ArticleRef
{
    QUrl url;
    QString newsId; // empty when the URL has no /news/{id}
    QString title;
    QDateTime published; // UTC; invalid when the list gives none
    QString summary; // plain text
    // Feeds only: the item's GUID or Atom id, author, and content (content:encoded, Atom content or
    // description) as markdown converted from its HTML.
    QString guid;
    QString author;
    QString content;
    friend bool operator==(const ArticleRef &, const ArticleRef &) = default;
};

} // namespace Newsdesk::Core
