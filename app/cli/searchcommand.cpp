#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"
#include "cli/rowoutput.h"

namespace Newsdesk::Cli {

int searchCommand(Context &context)
{
    const QString usage = u"search QUERY… [--locale L] [--limit N] [--json]"_qs;
    Arguments arguments(context.args);
    RowOutput output;
    output.json = arguments.takeFlag(u"--json"_qs);
    output.limit = arguments.takeCount(u"--limit"_qs);
    output.preferredLocale = Core::normalizeLocale(arguments.takeValue(u"--locale"_qs).value_or(QString()));
    const QStringList words = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"search"_qs, arguments.error(), usage);
    output.filter.search = words.join(u' ').trimmed();
    if (output.filter.search.isEmpty())
        return usageError(context, u"search"_qs, u"give something to search for"_qs, usage);

    Storage::Library library;
    if (!openExistingLibrary(context, library))
        return Failure;
    return printRows(context, library, output) ? Success : Failure;
}

} // namespace Newsdesk::Cli
