#include "core/feeditem.h"

#include "core/articleparser.h"
#include "core/links.h"

namespace Newsdesk::Core {

void rememberListing(Article &article, const ArticleRef &listed)
{
    auto set = [&article](QStringView key, const QString &value) {
        for (auto &[name, stored] : article.extra) {
            if (name == key) {
                stored = value;
                return;
            }
        }
        article.extra.append({key.toString(), value});
    };
    if (listed.published.isValid())
        set(listedTimeKey, listed.published.toUTC().toString(Qt::ISODateWithMs));
    if (!listed.guid.isEmpty())
        set(listedGuidKey, listed.guid);
}

bool sameListing(const Article &article, const ArticleRef &listed)
{
    if (!listed.published.isValid())
        return false;
    for (const auto &[name, value] : article.extra) {
        if (name == listedTimeKey)
            return value.toString() == listed.published.toUTC().toString(Qt::ISODateWithMs);
    }
    return false;
}

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
    article.key = documentKeyForUrl(item.url); // the item's link names it, whatever its text claims
    article.summary = item.summary;
    article.type = feedExcerptType.toString();
    if (!item.author.isEmpty())
        article.extra.append({u"author"_qs, item.author});
    rememberListing(article, item);
    return article;
}

} // namespace Newsdesk::Core
