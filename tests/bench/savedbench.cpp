#include "benchmark.h"
#include "connection.h"
#include "library.h"
#include "savedsearches.h"
#include "storageimport.h"
#include "syntheticnews.h"

#include <QElapsedTimer>
#include <QFile>

namespace Newsdesk::Bench {

namespace {

constexpr int savedDocuments = 3334; // × 3 locales ≈ 10,000 articles

// 20 saved searches (the two built-ins and 18 of the kinds a trader saves) on the library at
// `path`, each one's unread count, as the sidebar re-counts them after every article read.
// `within:` counts back from the library's newest article.
void countSaved(
    const Options &options, Report &report, const QString &path, const QStringList &watchlist, const QString &size)
{
    Storage::Library library;
    if (!library.open(path).ok())
        return;
    for (const QString &ticker : watchlist)
        (void)library.addToWatchlist(ticker);
    const QStringList queries{
        SyntheticNews::commonWord(),
        SyntheticNews::rareWord(),
        QStringLiteral("semiconductor guidance"),
        QStringLiteral("\"record quarter\""),
        QStringLiteral("market -quarter"),
        SyntheticNews::chineseQuery(),
        QStringLiteral("lang:zh-CN ") + SyntheticNews::chineseQuery(),
        QStringLiteral("ticker:") + watchlist.value(0),
        QStringLiteral("ticker:") + watchlist.value(1) + QStringLiteral(" within:7d"),
        QStringLiteral("is:watchlist"),
        QStringLiteral("is:watchlist within:7d"),
        QStringLiteral("is:bookmarked"),
        QStringLiteral("within:2d"),
        QStringLiteral("within:7d orders"),
        QStringLiteral("after:2025-03-01 market"),
        QStringLiteral("ticker:") + watchlist.value(2) + QStringLiteral(" guidance"),
        QStringLiteral("orders shipments"),
        QStringLiteral("-market"),
    };
    for (int i = 0; i < queries.size(); ++i)
        (void)library.savedSearches().add(QStringLiteral("Saved %1").arg(i + 1), queries.at(i));
    const QList<Storage::SavedSearch> saved = library.savedSearches().all();
    const Result<QVariant> newest = library.connection().scalar(QStringLiteral("SELECT max(published) FROM documents"));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(newest ? newest->toLongLong() : 0, Qt::UTC);
    const auto unread = [&](const Storage::SavedSearch &s) {
        Storage::ListFilter filter = Storage::unreadFilter(s.query);
        filter.now = now;
        return library.count(filter);
    };
    report.note(QStringLiteral("%1: %2 documents in three languages, %3 saved searches")
                    .arg(size)
                    .arg(library.documentCount())
                    .arg(saved.size()));
    QList<double> times;
    for (int run = 0; run < options.runs + 1; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (const Storage::SavedSearch &s : saved)
            (void)unread(s);
        if (run > 0) // the first run warms the page cache
            times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    if (qEnvironmentVariableIsSet("NEWSDESK_BENCH_DETAIL")) {
        for (const Storage::SavedSearch &s : saved) {
            QElapsedTimer one;
            one.start();
            const int n = unread(s);
            report.note(QStringLiteral("  %1: %2 ms (%3)")
                            .arg(s.query)
                            .arg(double(one.nsecsElapsed()) / 1e6, 0, 'f', 1)
                            .arg(n));
        }
    }
    report.figure(QStringLiteral("%1: unread counts of %2 saved searches").arg(size).arg(saved.size()), median(times),
        QStringLiteral("ms"), QStringLiteral("< 50 ms"), median(times) < 50,
        QStringLiteral("all of them, once, on the GUI thread's connection"));
}

} // namespace

QString cachedLargeLibrary(const Options &options, Report &report); // storagebench.cpp

void savedBenchmark(const Options &options, Report &report)
{
    const QString path = options.workDir + QStringLiteral("/saved.sqlite");
    removeLibraryFiles(path);
    SyntheticNews news(3);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    (void)newsdeskImport(path, news.articles(310000000, savedDocuments, start, 780));
    countSaved(options, report, path, news.watchlist(), QStringLiteral("10k"));
    // The same on a copy of the cached 100k library (saving the searches writes it).
    const QString copy = options.workDir + QStringLiteral("/saved-100k.sqlite");
    removeLibraryFiles(copy);
    if (!QFile::copy(cachedLargeLibrary(options, report), copy))
        return report.note(QStringLiteral("cannot copy the 100k library"));
    countSaved(options, report, copy, SyntheticNews(2).watchlist(), QStringLiteral("100k"));
}
} // namespace Newsdesk::Bench
