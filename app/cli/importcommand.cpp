#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"
#include "cli/urlimport.h"
#include "storage/fileimport.h"

#include <QFile>

namespace Newsdesk::Cli {

namespace {

const QString usage = u"import [--verbose] PATH|URL…"_qs;

QString actionName(Storage::StoreAction action)
{
    switch (action) {
    case Storage::StoreAction::Inserted:
        return u"new"_qs;
    case Storage::StoreAction::Updated:
        return u"updated"_qs;
    case Storage::StoreAction::Unchanged:
        return u"unchanged"_qs;
    }
    return {};
}

// A news document has front matter or at least a heading; anything else (a note, /etc/hostname)
// is still stored, as a plain document, and the user is told.
bool looksLikeNews(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // it was just read by the import; nothing to say
    const QString head = QString::fromUtf8(file.read(256 * 1024)).trimmed();
    if (head.startsWith(u"---") || head.startsWith(u"+++"))
        return true;
    const QStringList lines = head.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"# ") || (trimmed.startsWith(u'#') && trimmed.size() > 1 && trimmed.at(1) == u'#'))
            return true;
    }
    return false;
}

} // namespace

int importCommand(Context &context)
{
    Arguments arguments(context.args);
    const bool verbose = arguments.takeFlag(u"--verbose"_qs);
    const QStringList targets = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"import"_qs, arguments.error(), usage);
    if (targets.isEmpty())
        return usageError(context, u"import"_qs, u"name at least one file, folder or URL"_qs, usage);

    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    Storage::FileImport fileImport(library);
    int notNews = 0;
    fileImport.onStored = [&context, verbose, &notNews](const Storage::FileImport::Stored &stored) {
        if (!looksLikeNews(stored.path)) {
            ++notNews;
            context.err << stored.path << ": warning: not a news document (no front matter, no heading); "
                        << "stored as a plain document" << Qt::endl;
        }
        // Printed after the commit: a line here is an article that is safely stored.
        if (verbose)
            context.out << stored.path << '\t' << stored.key << '\t' << stored.locale << '\t'
                        << actionName(stored.action) << '\n';
    };
    fileImport.onFailed = [&context](const Storage::FileImport::Failed &failed) {
        context.err << failed.path << ": " << failed.reason << Qt::endl;
    };

    // URL imports are counted here; file imports by FileImport.
    int urlInserted = 0;
    int urlUpdated = 0;
    int urlUnchanged = 0;
    int urlsFailed = 0;
    for (const QString &target : targets) {
        if (!looksLikeUrl(target)) {
            for (const QString &file : fileImport.expand({target}))
                fileImport.addFile(file);
            continue;
        }
        fileImport.flush();
        const Result<Storage::StoreOutcome> stored = importUrl(context, library, QUrl(target));
        if (stored) {
            switch (stored->action) {
            case Storage::StoreAction::Inserted:
                ++urlInserted;
                break;
            case Storage::StoreAction::Updated:
                ++urlUpdated;
                break;
            case Storage::StoreAction::Unchanged:
                ++urlUnchanged;
                break;
            }
            if (verbose)
                context.out << target << '\t' << actionName(stored->action) << '\n';
        } else {
            ++urlsFailed;
            context.err << target << ": " << stored.error().message << Qt::endl;
        }
    }
    fileImport.flush();
    tidySearchIndex(context, library);

    const int inserted = fileImport.inserted() + urlInserted;
    const int updated = fileImport.updated() + urlUpdated;
    const int unchanged = fileImport.unchanged() + urlUnchanged;
    const int stored = inserted + updated + unchanged;
    const int failed = fileImport.failed() + urlsFailed;
    context.out << "Imported " << stored << (stored == 1 ? " article" : " articles") << " (" << inserted << " new, "
                << updated << " updated, " << unchanged << " unchanged";
    if (notNews > 0)
        context.out << "; " << notNews << (notNews == 1 ? " is not a news document" : " are not news documents");
    context.out << "), " << failed << " failed." << Qt::endl;
    return failed > 0 ? Failure : Success;
}

} // namespace Newsdesk::Cli
