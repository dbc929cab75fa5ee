#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace Newsdesk::Cli {

namespace {

const QString usage
    = u"prune --older-than AGE [--dry-run] [--include-bookmarked] [--include-watchlist] [--include-labelled]   (AGE: 30d, 8w, 6m, 1y)"_qs;

// "6m" → six months before `now`; std::nullopt when it is not a number with d, w, m or y.
std::optional<QDateTime> cutoff(const QString &age, const QDateTime &now)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,4})([dwmy])$"));
    const QRegularExpressionMatch match = pattern.match(age);
    if (!match.hasMatch())
        return std::nullopt;
    const int count = match.captured(1).toInt();
    switch (match.captured(2).at(0).unicode()) {
    case u'd':
        return now.addDays(-count);
    case u'w':
        return now.addDays(-7 * qint64(count));
    case u'm':
        return now.addMonths(-count);
    default:
        return now.addYears(-count);
    }
}

} // namespace

int pruneCommand(Context &context)
{
    Arguments arguments(context.args);
    const std::optional<QString> age = arguments.takeValue(u"--older-than"_qs);
    Storage::PruneOptions options;
    options.dryRun = arguments.takeFlag(u"--dry-run"_qs);
    options.includeBookmarked = arguments.takeFlag(u"--include-bookmarked"_qs);
    options.includeWatched = arguments.takeFlag(u"--include-watchlist"_qs);
    options.includeLabelled = arguments.takeFlag(u"--include-labelled"_qs);
    const QStringList words = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"prune"_qs, arguments.error(), usage);
    if (!words.isEmpty())
        return usageError(context, u"prune"_qs, u"unexpected argument \""_qs + words.first() + u'"', usage);
    if (!age)
        return usageError(context, u"prune"_qs, u"say how old with --older-than"_qs, usage);
    const std::optional<QDateTime> before = cutoff(*age, QDateTime::currentDateTimeUtc());
    if (!before)
        return usageError(context, u"prune"_qs, u"not an age: \""_qs + *age + u'"', usage);
    options.olderThan = *before;

    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    const Result<Storage::PruneOutcome> pruned = library.prune(options);
    if (!pruned)
        return failure(context, pruned.error().message);
    const QString when = options.olderThan.toString(Qt::ISODate);
    if (options.dryRun) {
        context.out << "would delete " << pruned->documents << " articles published before " << when << Qt::endl;
    } else {
        // The full-text index records deletions before it merges them away, so a small prune can
        // leave the file larger for a while; say which way it went.
        const double megabytes = double(pruned->freedBytes) / 1e6;
        context.out << "deleted " << pruned->documents << " articles published before " << when
                    << (megabytes >= 0 ? "; the library shrank by " : "; the library grew by ")
                    << QString::number(std::abs(megabytes), 'f', 1) << " MB" << Qt::endl;
    }
    return Success;
}

} // namespace Newsdesk::Cli
