#pragma once

#include "core/article.h"
#include "core/articleref.h"

namespace Newsdesk::Core {

// What marks an article stored from a feed item itself (its link is a web page, not markdown).
inline constexpr QStringView feedExcerptType = u"feed excerpt";

// What a feed or list page said about an article, kept with it (Article::extra) so that an
// unchanged item is never fetched again, whatever its own document says: the listed time and GUID.
inline constexpr QStringView listedTimeKey = u"listed";
inline constexpr QStringView listedGuidKey = u"guid";
void rememberListing(Article &article, const ArticleRef &listed);
// Whether `article` was stored from a listing that said the same time as `listed` does now.
bool sameListing(const Article &article, const ArticleRef &listed);

// An article made from a feed item alone: the feed's title, link, time, author and summary, and
// its content (already markdown, converted from the feed's HTML) as the body.
Article articleFromFeedItem(const ArticleRef &item);

} // namespace Newsdesk::Core
