#include "cli/cli.h"

#include "cli/commands.h"
#include "cli/commandsupport.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>

namespace Newsdesk::Cli {

namespace {

struct CommandEntry
{
    const char16_t *name;
    int (*run)(Context &);
};

// Every headless command. Keep the list sorted by name.
constexpr CommandEntry commandTable[] = {
    {u"alias", &aliasCommand},
    {u"backup", &backupCommand},
    {u"bookmark", &bookmarkCommand},
    {u"check", &checkCommand},
    {u"help", &helpCommand},
    {u"import", &importCommand},
    {u"label", &labelCommand},
    {u"list", &listCommand},
    {u"opml", &opmlCommand},
    {u"prune", &pruneCommand},
    {u"recover", &recoverCommand},
    {u"refresh", &refreshCommand},
    {u"render", &renderCommand},
    {u"rule", &ruleCommand},
    {u"search", &searchCommand},
    {u"show", &showCommand},
    {u"subscribe", &subscribeCommand},
    {u"subscriptions", &subscriptionsCommand},
    {u"ticker", &tickerCommand},
    {u"unsubscribe", &unsubscribeCommand},
    {u"version", &versionCommand},
    {u"watchlist", &watchlistCommand},
    {u"saved", &savedCommand},
};

const CommandEntry *findCommand(const QString &name)
{
    for (const CommandEntry &entry : commandTable) {
        if (name == QStringView(entry.name))
            return &entry;
    }
    return nullptr;
}

// A document to show in the reader ("Open With Newsdesk", `newsdesk FILE.md`, `newsdesk URL`): not
// a command's name, and an existing file, a file:, http: or https: URL or a markdown file name.
bool isDocumentArgument(const QString &arg)
{
    if (findCommand(arg))
        return false;
    return arg.startsWith(u"file:") || arg.startsWith(u"https:") || arg.startsWith(u"http:") || QFileInfo(arg).isFile()
        || arg.endsWith(u".md", Qt::CaseInsensitive) || arg.endsWith(u".markdown", Qt::CaseInsensitive);
}

struct ParsedArguments
{
    QString command;
    QStringList commandArgs;
    QString db;
    bool offline = false;
    QString error;
};

// Finds the command and takes the global options. Options may come before the command; everything
// after the command belongs to it, except that --db and --offline are accepted anywhere for
// convenience in scripts. Before a command, the reader's options (and Qt's) are skipped with their
// value, so that the value is not read as a command. Hand-written rather than QCommandLineParser:
// only the first word that is not an option matters here, and what follows it is the command's.
ParsedArguments parse(const QStringList &arguments, const ReaderFace &reader)
{
    ParsedArguments parsed;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--db") {
            if (i + 1 >= arguments.size()) {
                parsed.error = QStringLiteral("--db needs a file name");
                return parsed;
            }
            parsed.db = arguments.at(++i);
        } else if (arg.startsWith(u"--db=")) {
            parsed.db = arg.mid(5);
        } else if (arg == u"--offline") {
            parsed.offline = true;
        } else if (parsed.command.isEmpty() && (arg == u"--version" || arg == u"-v")) {
            parsed.command = QStringLiteral("version");
        } else if (parsed.command.isEmpty() && (arg == u"--help" || arg == u"-h")) {
            parsed.command = QStringLiteral("help");
        } else if (parsed.command.isEmpty() && !arg.startsWith(u'-')) {
            if (isDocumentArgument(arg))
                continue; // the reader opens it
            parsed.command = arg;
        } else if (parsed.command.isEmpty()) {
            // The reader's option (or Qt's, or one nobody knows, which the reader refuses).
            if (reader.optionsWithValue.contains(arg))
                ++i;
        } else {
            parsed.commandArgs.append(arg);
        }
    }
    return parsed;
}

} // namespace

bool isCommand(const QStringList &arguments, const ReaderFace &reader)
{
    const ParsedArguments parsed = parse(arguments, reader);
    return !parsed.command.isEmpty() || !parsed.error.isEmpty();
}

std::optional<int> run(const QStringList &arguments, const ReaderFace &reader)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const ParsedArguments parsed = parse(arguments, reader);
    if (!parsed.error.isEmpty()) {
        err << "newsdesk: " << parsed.error << Qt::endl;
        return UsageError;
    }
    if (parsed.command.isEmpty())
        return std::nullopt;
    const CommandEntry *entry = findCommand(parsed.command);
    if (!entry) {
        err << "newsdesk: unknown command '" << parsed.command << "'; try 'newsdesk help'" << Qt::endl;
        return UsageError;
    }
    // A command reports on stdout and stderr itself (one line per failure); the libraries' own log
    // would only interleave with that. QT_LOGGING_RULES still turns it on.
    QLoggingCategory::setFilterRules(u"newsdesk.*=false"_qs);
    Context context{parsed.commandArgs, Storage::Library::resolvePath(parsed.db), parsed.offline, out, err, {}, false,
        reader.help ? reader.help() : QString()};
    int status = entry->run(context);
    // A read that met a damaged page may have ended a loop early: never a silent success.
    if (!context.damage.isEmpty() && !context.damageReported) {
        err << "newsdesk: " << context.damage << damageAdvice() << Qt::endl;
        status = Failure;
    }
    out.flush();
    err.flush();
    return status;
}

} // namespace Newsdesk::Cli
