// `newsdesk alias`: the names a ticker's company goes by in texts (taken from Related Stocks,
// plus the user's), which the reader marks in articles.
#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Newsdesk::Cli {

namespace {

const QString usage = u"alias add TICKER NAME… | remove TICKER NAME… | list TICKER [--json]"_qs;

} // namespace

int aliasCommand(Context &context)
{
    Arguments arguments(context.args);
    const bool json = arguments.takeFlag(u"--json"_qs);
    const QStringList words = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"alias"_qs, arguments.error(), usage);
    const QString action = words.value(0);
    if (action != u"add" && action != u"remove" && action != u"list")
        return usageError(context, u"alias"_qs, u"say add, remove or list"_qs, usage);
    if (words.size() < 2)
        return usageError(context, u"alias"_qs, action + u" needs a ticker", usage);
    if (action != u"list" && words.size() < 3)
        return usageError(context, u"alias"_qs, action + u" needs a name", usage);
    if (action == u"list" && words.size() > 2)
        return usageError(context, u"alias"_qs, u"unexpected argument \""_qs + words.last() + u'"', usage);

    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    const QString ticker = words.at(1);
    if (action == u"list") {
        const QStringList aliases = library.tickerAliases(ticker);
        if (json)
            context.out << QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(aliases)).toJson(QJsonDocument::Indented));
        else
            for (const QString &alias : aliases)
                context.out << alias << '\n';
        context.out.flush();
        return Success;
    }
    const QString name = words.mid(2).join(u' ');
    if (action == u"add") {
        const Result<void> added = library.addTickerAlias(ticker, name);
        if (!added && added.error().kind == Error::Kind::InvalidInput)
            return usageError(context, u"alias"_qs, added.error().message, usage);
        if (!added)
            return failure(context, added.error().message);
        context.out << "added " << name.simplified() << " to " << ticker << Qt::endl;
        return Success;
    }
    const Result<void> removed = library.removeTickerAlias(ticker, name);
    if (!removed)
        return failure(context, removed.error().message);
    context.out << "removed " << name.simplified() << " from " << ticker << Qt::endl;
    return Success;
}

} // namespace Newsdesk::Cli
