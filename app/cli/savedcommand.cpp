#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"
#include "storage/savedsearches.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Newsdesk::Cli {

namespace {

const QString usage
    = u"saved add NAME QUERY… | rename NAME NEW-NAME | edit NAME QUERY… | remove NAME | list [--json]"_qs;

// A built-in not renamed goes by its key ("today", "watchlist-24h") here.
QString nameOf(const Storage::SavedSearch &s)
{
    return s.name.isEmpty() ? s.builtIn : s.name;
}

int list(Context &context, Storage::Library &library, bool json)
{
    const QList<Storage::SavedSearch> all = library.savedSearches().all();
    QJsonArray array;
    for (const Storage::SavedSearch &s : all) {
        const int count = library.count(Storage::unreadFilter(s.query));
        if (json) {
            Storage::ListFilter everything;
            everything.search = s.query;
            array.append(QJsonObject{{u"name"_qs, nameOf(s)}, {u"query"_qs, s.query}, {u"unread"_qs, count},
                {u"total"_qs, library.count(everything)}});
        } else // NAME<TAB>UNREAD<TAB>QUERY
            context.out << nameOf(s) << '\t' << count << '\t' << s.query << '\n';
    }
    if (json)
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    context.out.flush();
    return Success;
}

} // namespace

int savedCommand(Context &context)
{
    Arguments arguments(context.args);
    const bool json = arguments.takeFlag(u"--json"_qs);
    const QStringList words = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"saved"_qs, arguments.error(), usage);
    const QString action = words.value(0);
    const qsizetype needed = action == u"list" ? 1 : action == u"remove" ? 2 : 3;
    if (action != u"list" && action != u"add" && action != u"rename" && action != u"edit" && action != u"remove")
        return usageError(context, u"saved"_qs, u"say add, rename, edit, remove or list"_qs, usage);
    if (words.size() < needed)
        return usageError(context, u"saved"_qs, action + u" needs more: " + usage, usage);
    if ((action == u"list" || action == u"remove" || action == u"rename") && words.size() > needed)
        return usageError(context, u"saved"_qs, u"unexpected argument \""_qs + words.last() + u'"', usage);

    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    Storage::SavedSearchStore &store = library.savedSearches();
    if (action == u"list")
        return list(context, library, json);
    if (action == u"add") {
        const Result<qint64> added = store.add(words.at(1), words.mid(2).join(u' '));
        if (!added)
            return failure(context, added.error().message);
        context.out << "saved " << words.at(1) << Qt::endl;
        return Success;
    }
    const std::optional<Storage::SavedSearch> found = store.findByName(words.at(1));
    if (!found)
        return failure(context, u"no saved search named \""_qs + words.at(1) + u'"');
    const Result<void> done = action == u"rename" ? store.rename(found->id, words.at(2))
        : action == u"edit"                       ? store.setQuery(found->id, words.mid(2).join(u' '))
                                                  : store.remove(found->id);
    if (!done)
        return failure(context, done.error().message);
    context.out << (action == u"remove" ? "removed "
            : action == u"rename"       ? "renamed "
                                        : "changed ")
                << words.at(1) << Qt::endl;
    return Success;
}

} // namespace Newsdesk::Cli
