#pragma once

#include "article.h"
#include "articleref.h"

namespace Newsdesk::Core {

// What marks an article stored from a feed item itself (its link is a web page, not markdown).
inline constexpr QStringView feedExcerptType = u"feed excerpt";

// An article made from a feed item alone: the feed's title, link, time, author and summary, and
// its content (already markdown, converted from the feed's HTML) as the body.
Article articleFromFeedItem(const ArticleRef &item);

} // namespace Newsdesk::Core
