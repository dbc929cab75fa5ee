#pragma once

#include "cli/clicontext.h"
#include "core/result.h"
#include "storage/library.h"

namespace Newsdesk::Cli {

// `bookmark add`: stores the document's offline copy (its locale variants and images); prints
// what was stored. An Error when something could not be stored (the bookmark itself stays).
Result<void> storeOfflineCopy(Context &context, Storage::DocId doc);
// `bookmark remove`: lets the document's images go (the cache is off on the command line).
Result<void> releaseOfflineCopy(Context &context, Storage::DocId doc);

} // namespace Newsdesk::Cli
