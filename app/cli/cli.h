#pragma once

#include <QStringList>

#include <optional>

namespace Newsdesk::Cli {

// Runs `newsdesk [global options] COMMAND …` headless. Returns the process exit status, or
// std::nullopt when the arguments name no command (the caller then starts the reader).
// Exit status: 0 success, 1 the command ran and something failed, 2 usage error.
std::optional<int> run(const QStringList &arguments);

// True when the arguments name a headless command (so main() can pick QCoreApplication).
bool isCommand(const QStringList &arguments);

} // namespace Newsdesk::Cli
