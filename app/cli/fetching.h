#pragma once

#include "cli/clicontext.h"
#include "net/fetchservice.h"

#include <memory>

namespace Newsdesk::Cli {

// The fetch layer for one command: a FetchService on the command's library, offline with
// --offline; the command waits for each request with FetchService::waitFor.
std::unique_ptr<Net::FetchService> startFetching(const Context &context);

// "2026-03-12T08:30:00Z", or "never" for an invalid time.
QString commandLineTime(const QDateTime &time);

} // namespace Newsdesk::Cli
