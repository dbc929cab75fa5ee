// OPML 2.0, the feed readers' exchange format: import subscribes to every feed a file names;
// export writes the subscriptions, and the watchlist's tickers as an outline of their news pages.
#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"
#include "core/opml.h"
#include "net/fetchtypes.h"
#include "storage/opmltransfer.h"

namespace Newsdesk::Cli {

namespace {

const QString usage = u"opml import FILE | opml export [FILE]   (without FILE: to standard output)"_qs;

int importOpml(Context &context, const QString &path)
{
    const Result<Core::OpmlDocument> opml = Storage::readOpmlFile(path);
    if (!opml)
        return failure(context, opml.error().message);
    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    const Storage::OpmlImportResult result = Storage::importOpml(library, *opml);
    for (const QString &problem : result.problems)
        context.err << path << ": " << problem << Qt::endl;
    context.out << "Imported " << result.added << " new of " << opml->feeds.size() << " feeds";
    if (result.alreadySubscribed > 0)
        context.out << " (" << result.alreadySubscribed << " already subscribed)";
    if (!result.problems.isEmpty())
        context.out << ", " << result.problems.size() << " skipped";
    context.out << Qt::endl;
    return result.problems.isEmpty() ? Success : Failure;
}

int exportOpml(Context &context, const std::optional<QString> &path)
{
    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    const QList<Core::OpmlOutline> outlines = Storage::opmlOutlines(library, Net::FetchSettings().newsSite);
    if (!path) {
        context.out << QString::fromUtf8(Core::writeOpml(u"Newsdesk subscriptions"_qs, outlines));
        context.out.flush();
        return Success;
    }
    if (const Result<void> written = Storage::writeOpmlFile(*path, outlines); !written)
        return failure(context, written.error().message);
    context.out << "Exported " << outlines.size() << " outlines to " << *path << Qt::endl;
    return Success;
}

} // namespace

int opmlCommand(Context &context)
{
    Arguments arguments(context.args);
    const QStringList words = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"opml"_qs, arguments.error(), usage);
    const QString action = words.value(0);
    if (action == u"import" && words.size() == 2)
        return importOpml(context, words.at(1));
    if (action == u"export" && words.size() <= 2)
        return exportOpml(context, words.size() == 2 ? std::optional<QString>(words.at(1)) : std::nullopt);
    return usageError(context, u"opml"_qs, u"say import FILE or export [FILE]"_qs, usage);
}

} // namespace Newsdesk::Cli
