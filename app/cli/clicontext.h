#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Newsdesk::Cli {

// What every command gets: its own arguments (after the command name), the global options and
// the two output streams. Commands print results to `out`, one line per failure to `err`.
struct Context
{
    QStringList args; // the command's arguments, global options removed
    QString dbPath; // resolved: --db, else NEWSDESK_DB, else the platform default
    bool offline = false; // --offline: no request may leave
    QTextStream &out;
    QTextStream &err;
    // The first damaged page the library met (openLibrary listens), and whether the command has
    // already said so; otherwise run() says it and the command fails.
    QString damage;
    bool damageReported = false;
    QString readerHelp; // the reader's usage and options, which `help` prints first
};

enum ExitStatus : int { Success = 0, Failure = 1, UsageError = 2 };

} // namespace Newsdesk::Cli
