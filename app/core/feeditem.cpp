#include "feeditem.h"

#include "articleparser.h"

namespace Newsdesk::Core {

Article articleFromFeedItem(const ArticleRef &item)
{
    ParseOptions options;
    options.sourceUrl = item.url;
    options.listedTitle = item.title;
    options.listedPublished = item.published;
    QString body = item.content;
    if (body.trimmed().isEmpty())
        body = item.summary;
    Article article = parseArticle(body, options);
    // The feed's words win over anything the converted content looks like.
    if (!item.title.isEmpty())
        article.title = item.title;
    if (item.published.isValid())
        article.published = item.published;
    article.url = item.url;
    article.summary = item.summary;
    article.type = feedExcerptType.toString();
    if (!item.author.isEmpty())
        article.extra.append({u"author"_qs, item.author});
    if (!item.guid.isEmpty())
        article.extra.append({u"guid"_qs, item.guid});
    return article;
}

} // namespace Newsdesk::Core
