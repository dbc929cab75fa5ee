#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"
#include "storage/recovery.h"

#include <QDir>

namespace Newsdesk::Cli {

// `check`: SQLite's integrity check and the full-text index's own, over the whole file.
int checkCommand(Context &context)
{
    const QString usage = u"check"_qs;
    Arguments arguments(context.args);
    if (!arguments.positional().isEmpty())
        return usageError(
            context, u"check"_qs, u"unexpected argument \""_qs + arguments.positional().first() + u'"', usage);
    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    context.damageReported = true; // this command's report says it all
    const Result<void> checked = library.checkIntegrity();
    if (!checked) {
        context.err << "newsdesk: " << library.path() << ": " << checked.error().message << Qt::endl
                    << "newsdesk: 'newsdesk recover FILE' copies the articles that can still be read into a new library"
                    << Qt::endl;
        return Failure;
    }
    context.out << library.path() << ": no damage found (" << library.documentCount() << " documents)" << Qt::endl;
    return Success;
}

// `recover FILE`: every readable article of this library into a new one.
int recoverCommand(Context &context)
{
    const QString usage = u"recover NEW-FILE"_qs;
    Arguments arguments(context.args);
    const QStringList rest = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"recover"_qs, arguments.error(), usage);
    if (rest.size() != 1)
        return usageError(context, u"recover"_qs, u"name one new library file"_qs, usage);
    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    context.damageReported = true; // damage is what this command expects to meet
    const Result<Storage::RecoveryReport> recovered = Storage::recoverLibrary(library, rest.first());
    if (!recovered)
        return failure(context, recovered.error().message);
    context.out << "Recovered " << recovered->articles << (recovered->articles == 1 ? " article" : " articles")
                << " of " << recovered->documents << (recovered->documents == 1 ? " document" : " documents") << " and "
                << recovered->watchlist << " watchlist tickers into " << QDir::toNativeSeparators(rest.first()) << "; "
                << recovered->unreadable << " could not be read." << Qt::endl;
    if (!recovered->scanComplete)
        context.err << "newsdesk: a damaged page hid rows that could not be counted; some articles may be missing"
                    << Qt::endl;
    return Success;
}

} // namespace Newsdesk::Cli
