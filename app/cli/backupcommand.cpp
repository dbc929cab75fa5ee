#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"

#include <QFileInfo>

namespace Newsdesk::Cli {

int backupCommand(Context &context)
{
    const QString usage = u"backup FILE"_qs;
    Arguments arguments(context.args);
    const QStringList words = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"backup"_qs, arguments.error(), usage);
    if (words.size() != 1)
        return usageError(context, u"backup"_qs, words.isEmpty() ? u"say where to"_qs : u"one file only"_qs, usage);
    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    const QString file = QFileInfo(words.first()).absoluteFilePath();
    if (QFileInfo(file) == QFileInfo(library.path()))
        return usageError(context, u"backup"_qs, u"the backup cannot be the library itself"_qs, usage);
    if (const Result<void> copied = library.backUp(file); !copied)
        return failure(context, copied.error().message);
    context.out << "backed up " << library.documentCount() << " articles to " << file << Qt::endl;
    return Success;
}

} // namespace Newsdesk::Cli
