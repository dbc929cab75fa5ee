#include "storage/relatednews.h"

#include "core/links.h"

namespace Newsdesk::Storage {

std::optional<DocId> findRelatedNews(const Library &library, const QString &newsId, const QUrl &url)
{
    const QString urlKey = url.isValid() && !url.host().isEmpty() ? Core::documentKeyForUrl(url) : QString();
    if (!urlKey.isEmpty()) {
        if (const auto doc = library.findDocument(urlKey))
            return doc;
        if (urlKey != newsId)
            return std::nullopt;
    }
    return newsId.isEmpty() ? std::nullopt : library.findDocument(newsId);
}

} // namespace Newsdesk::Storage
