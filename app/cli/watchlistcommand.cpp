#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Newsdesk::Cli {

namespace {

const QString usage = u"watchlist add TICKER [NAME…] | remove TICKER | list [--json]"_qs;

int list(Context &context, const Storage::Library &library, bool json)
{
    const QList<Storage::WatchItem> items = library.watchlist();
    if (json) {
        QJsonArray array;
        for (const Storage::WatchItem &item : items) {
            array.append(QJsonObject{{u"ticker"_qs, item.ticker}, {u"key"_qs, item.key}, {u"name"_qs, item.name},
                {u"unread"_qs, item.unread}});
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        // TICKER<TAB>UNREAD<TAB>NAME
        for (const Storage::WatchItem &item : items)
            context.out << item.ticker << '\t' << item.unread << '\t' << item.name << '\n';
    }
    context.out.flush();
    return Success;
}

} // namespace

int watchlistCommand(Context &context)
{
    Arguments arguments(context.args);
    const bool json = arguments.takeFlag(u"--json"_qs);
    const QStringList words = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"watchlist"_qs, arguments.error(), usage);
    const QString action = words.value(0);
    const bool needsTicker = action == u"add" || action == u"remove";
    if (action.isEmpty() || (!needsTicker && action != u"list"))
        return usageError(context, u"watchlist"_qs, u"say add, remove or list"_qs, usage);
    if (needsTicker && words.size() < 2)
        return usageError(context, u"watchlist"_qs, action + u" needs a ticker", usage);
    if ((action == u"remove" && words.size() > 2) || (action == u"list" && words.size() > 1))
        return usageError(context, u"watchlist"_qs, u"unexpected argument \""_qs + words.last() + u'"', usage);

    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    if (action == u"list")
        return list(context, library, json);

    const QString ticker = words.at(1);
    if (action == u"add") {
        const Result<void> added = library.addToWatchlist(ticker, words.mid(2).join(u' '));
        if (!added && added.error().kind == Error::Kind::InvalidInput)
            return usageError(context, u"watchlist"_qs, added.error().message, usage);
        if (!added)
            return failure(context, added.error().message);
        context.out << "added " << ticker << Qt::endl;
        return Success;
    }
    const Result<void> removed = library.removeFromWatchlist(ticker);
    if (!removed)
        return failure(context, removed.error().message);
    context.out << "removed " << ticker << Qt::endl;
    return Success;
}

} // namespace Newsdesk::Cli
