#pragma once

#include "storage/library.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace Newsdesk::Storage {

// The stored document a Related News item names, the same way for the page's "Stored" mark and
// for the click that opens it: by the item's URL (another site's news is keyed with its host, so
// its id alone would name a different article), and by the bare id only when the URL is on the
// primary site or missing.
std::optional<DocId> findRelatedNews(const Library &library, const QString &newsId, const QUrl &url);

} // namespace Newsdesk::Storage
