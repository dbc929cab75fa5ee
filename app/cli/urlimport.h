#pragma once

#include "clicontext.h"
#include "library.h"

#include <QUrl>

namespace Newsdesk::Cli {

// `import URL`: fetches the document at `url`, parses and stores it. Fetching belongs to app/net;
// until it is plugged in here, this reports that URL import is not available.
Result<Storage::StoreOutcome> importUrl(Context &context, Storage::Library &library, const QUrl &url);

// True for an argument that names a URL rather than a file ("https://…", "http://…").
bool looksLikeUrl(const QString &argument);

} // namespace Newsdesk::Cli
