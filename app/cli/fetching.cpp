#include "cli/fetching.h"

namespace Newsdesk::Cli {

std::unique_ptr<Net::FetchService> startFetching(const Context &context)
{
    Net::FetchSettings settings;
    // A command runs once and is told --offline when the network is off; asking the system
    // (NetworkManager over D-Bus) would only slow every command down.
    settings.followSystemNetworkState = false;
    auto service = std::make_unique<Net::FetchService>(context.dbPath, settings);
    service->setOffline(context.offline);
    return service;
}

QString commandLineTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("never");
}

} // namespace Newsdesk::Cli
