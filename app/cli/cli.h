#pragma once

#include <QStringList>

#include <optional>

namespace Newsdesk::Cli {

// The reader, the executable's other face, as far as the command line must know it: the options
// the reader takes with a separate value, so that `newsdesk --screenshot shot.png` does not read
// "shot.png" as a command, and its help, which `newsdesk help` prints before the commands.
struct ReaderFace
{
    QStringList optionsWithValue;
    QString (*help)() = nullptr;
};

// Runs `newsdesk [global options] COMMAND …` headless. Returns the process exit status, or
// std::nullopt when the arguments name no command (the caller then starts the reader).
// Exit status: 0 success, 1 the command ran and something failed, 2 usage error.
std::optional<int> run(const QStringList &arguments, const ReaderFace &reader = {});

// True when the arguments name a headless command (so main() can pick QCoreApplication).
bool isCommand(const QStringList &arguments, const ReaderFace &reader = {});

} // namespace Newsdesk::Cli
