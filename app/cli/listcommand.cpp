#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"
#include "cli/rowoutput.h"
#include "storage/savedsearches.h"

namespace Newsdesk::Cli {

namespace {

const QString usage
    = u"list [--ticker T]… [--watchlist] [--saved NAME] [--label L]… [--bookmarked] [--unread] [--locale L] [--limit N] [--json]"_qs;

} // namespace

int listCommand(Context &context)
{
    Arguments arguments(context.args);
    RowOutput output;
    output.filter.tickers = arguments.takeValues(u"--ticker"_qs);
    const bool watchlist = arguments.takeFlag(u"--watchlist"_qs);
    const std::optional<QString> saved = arguments.takeValue(u"--saved"_qs);
    output.filter.labels = arguments.takeValues(u"--label"_qs);
    const bool bookmarked = arguments.takeFlag(u"--bookmarked"_qs);
    const bool unread = arguments.takeFlag(u"--unread"_qs);
    output.json = arguments.takeFlag(u"--json"_qs);
    output.limit = arguments.takeCount(u"--limit"_qs);
    output.preferredLocale = Core::normalizeLocale(arguments.takeValue(u"--locale"_qs).value_or(QString()));
    const QStringList rest = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"list"_qs, arguments.error(), usage);
    if (!rest.isEmpty())
        return usageError(context, u"list"_qs, u"unexpected argument \""_qs + rest.first() + u'"', usage);
    // Filters combine (AND): --bookmarked --unread lists the bookmarks not read yet.
    output.filter.view = bookmarked && unread ? Storage::ListFilter::View::UnreadBookmarked
        : bookmarked                          ? Storage::ListFilter::View::Bookmarked
        : unread                              ? Storage::ListFilter::View::Unread
                                              : Storage::ListFilter::View::All;

    Storage::Library library;
    if (!openExistingLibrary(context, library))
        return Failure;
    if (saved) {
        const std::optional<Storage::SavedSearch> search = library.savedSearches().findByName(*saved);
        if (!search)
            return failure(context, u"no saved search named \""_qs + *saved + u'"');
        output.filter.search = search->query;
    }
    if (watchlist) {
        const QList<Storage::WatchItem> items = library.watchlist();
        for (const Storage::WatchItem &item : items)
            output.filter.tickers.append(item.ticker);
        // An empty watchlist selects nothing (an empty ticker filter would select everything).
        if (items.isEmpty() && output.filter.tickers.isEmpty()) {
            output.limit = 0;
        }
    }
    if (output.limit == 0) {
        if (output.json)
            context.out << "[\n]\n";
        return Success;
    }
    return printRows(context, library, output) ? Success : Failure;
}

} // namespace Newsdesk::Cli
