#pragma once

#include "cli/clicontext.h"
#include "storage/library.h"

#include <QUrl>

namespace Newsdesk::Cli {

// `import URL`: fetches the document at `url` (and its other locale variants), parses and stores
// it through app/net's FetchService; --offline makes it fail with Error::Kind::Offline.
Result<Storage::StoreOutcome> importUrl(Context &context, Storage::Library &library, const QUrl &url);

// True for an argument that names a URL rather than a file ("https://…", "http://…").
bool looksLikeUrl(const QString &argument);

} // namespace Newsdesk::Cli
