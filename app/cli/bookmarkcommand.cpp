#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"
#include "cli/offlinecopy.h"
#include "cli/rowoutput.h"

namespace Newsdesk::Cli {

namespace {

const QString usage = u"bookmark add KEY|URL|FILE | remove KEY|URL|FILE | list [--json]"_qs;

} // namespace

int bookmarkCommand(Context &context)
{
    Arguments arguments(context.args);
    RowOutput output;
    output.json = arguments.takeFlag(u"--json"_qs);
    const QStringList words = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"bookmark"_qs, arguments.error(), usage);
    const QString action = words.value(0);
    const bool needsKey = action == u"add" || action == u"remove";
    if (action.isEmpty() || (!needsKey && action != u"list"))
        return usageError(context, u"bookmark"_qs, u"say add, remove or list"_qs, usage);
    if ((needsKey && words.size() != 2) || (!needsKey && words.size() != 1))
        return usageError(
            context, u"bookmark"_qs, needsKey ? action + u" needs one article" : u"list takes no article"_qs, usage);

    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    if (action == u"list") {
        output.filter.view = Storage::ListFilter::View::Bookmarked;
        return printRows(context, library, output) ? Success : Failure;
    }
    const QString name = words.at(1);
    const std::optional<NamedArticle> named = findArticle(library, name);
    if (!named)
        return failure(context, name + u": no such article in the library");
    const Result<void> done = library.setBookmarked(named->doc, action == u"add");
    if (!done)
        return failure(context, name + u": " + done.error().message);
    context.out << (action == u"add" ? "bookmarked " : "unbookmarked ") << name << Qt::endl;
    // The offline copy (locale variants and images) is app/net's: see offlinecopy.h.
    const Result<void> copy
        = action == u"add" ? storeOfflineCopy(context, named->doc) : releaseOfflineCopy(context, named->doc);
    if (!copy)
        return failure(context, name + u": the offline copy is incomplete: " + copy.error().message);
    return Success;
}

} // namespace Newsdesk::Cli
