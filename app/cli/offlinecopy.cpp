#include "cli/offlinecopy.h"

#include "cli/fetching.h"

namespace Newsdesk::Cli {

Result<void> storeOfflineCopy(Context &context, Storage::DocId doc)
{
    const std::unique_ptr<Net::FetchService> service = startFetching(context);
    const Net::RequestOutcome outcome = service->waitFor(service->makeOfflineCopy(doc));
    for (const QString &warning : outcome.warnings)
        context.err << "warning: " << warning << Qt::endl;
    context.out << "offline copy: " << outcome.stored.size()
                << (outcome.stored.size() == 1 ? " more language version, " : " more language versions, ")
                << outcome.imagesStored << (outcome.imagesStored == 1 ? " image" : " images") << " stored" << Qt::endl;
    if (!outcome.ok)
        return outcome.error;
    return {};
}

Result<void> releaseOfflineCopy(Context &context, Storage::DocId doc)
{
    const std::unique_ptr<Net::FetchService> service = startFetching(context);
    const Net::RequestOutcome outcome = service->waitFor(service->releaseOfflineCopy(doc));
    if (!outcome.ok)
        return outcome.error;
    return {};
}

} // namespace Newsdesk::Cli
