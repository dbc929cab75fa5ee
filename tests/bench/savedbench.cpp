#include "benchmark.h"
#include "core/articleparser.h"
#include "storage/connection.h"
#include "storage/library.h"
#include "storage/savedsearches.h"
#include "storageimport.h"
#include "syntheticnews.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

namespace Newsdesk::Bench {

namespace {

constexpr int savedDocuments = 3334; // × 3 locales ≈ 10,000 articles

// 20 saved searches (the two built-ins and 18 of the kinds a trader saves) on the library at
// `path`, each one's unread count: counted afresh, then as the sidebar refreshes them.
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
    QDateTime now = QDateTime::fromMSecsSinceEpoch(newest ? newest->toLongLong() : 0, Qt::UTC);
    const auto filters = [&] {
        QList<Storage::ListFilter> unread;
        for (const Storage::SavedSearch &s : saved) {
            unread.append(Storage::unreadFilter(s.query));
            unread.last().now = now;
        }
        return unread;
    };
    report.note(QStringLiteral("%1: %2 documents in three languages, %3 saved searches")
                    .arg(size)
                    .arg(library.documentCount())
                    .arg(saved.size()));

    // Counted afresh, each search on the whole library: what the first refresh after start-up costs.
    QList<double> afresh;
    for (int run = 0; run < options.runs + 1; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (const Storage::ListFilter &filter : filters())
            (void)library.count(filter);
        if (run > 0) // the first run warms the page cache
            afresh.append(double(timer.nsecsElapsed()) / 1e6);
    }
    if (qEnvironmentVariableIsSet("NEWSDESK_BENCH_DETAIL")) {
        for (const Storage::ListFilter &filter : filters()) {
            QElapsedTimer one;
            one.start();
            const int n = library.count(filter);
            report.note(QStringLiteral("  %1: %2 ms (%3)")
                            .arg(filter.search)
                            .arg(double(one.nsecsElapsed()) / 1e6, 0, 'f', 1)
                            .arg(n));
        }
    }
    report.figure(QStringLiteral("%1: unread counts of %2 saved searches, counted afresh").arg(size).arg(saved.size()),
        median(afresh), QStringLiteral("ms"), QString(), std::nullopt,
        QStringLiteral("each on the whole library: the first refresh after start-up"));

    // As the sidebar refreshes them: after each import batch (100 new documents, an hour newer than
    // the last) and five articles read, the counts kept from the refresh before.
    (void)library.keptCounts(filters());
    SyntheticNews arriving(7);
    QRandomGenerator random(11);
    QList<double> kept;
    for (int run = 0; run < options.runs; ++run) {
        const QDateTime batchStart = now.addSecs(60);
        QList<Core::Article> batch;
        for (const SyntheticArticle &a : arriving.articles(970000000 + qint64(run) * 1000, 34, batchStart, 100))
            batch.append(Core::parseArticle(a.markdown));
        (void)library.storeAll(batch);
        now = batchStart.addSecs(3600);
        const QList<Storage::ListRow> rows = library.rows({}, 2000);
        for (int i = 0; i < 5 && !rows.isEmpty(); ++i)
            (void)library.setRead(rows.at(random.bounded(int(rows.size()))).docId, true);
        const QList<Storage::ListFilter> asked = filters();
        QElapsedTimer timer;
        timer.start();
        (void)library.keptCounts(asked);
        kept.append(double(timer.nsecsElapsed()) / 1e6);
    }
    // The kept counts must be the counts: compared once, after the last refresh.
    const QList<Storage::ListFilter> last = filters();
    const QList<int> keptCounts = library.keptCounts(last);
    int differing = 0;
    for (int i = 0; i < last.size(); ++i)
        differing += keptCounts.value(i) != library.count(last.at(i)) ? 1 : 0;
    report.note(
        QStringLiteral("%1: after %2 refreshes the kept counts %3")
            .arg(size)
            .arg(options.runs)
            .arg(differing == 0 ? QStringLiteral("equal the counts made afresh")
                                : QStringLiteral("DIFFER from the counts made afresh in %1 searches").arg(differing)));
    report.figure(
        QStringLiteral("%1: unread counts of %2 saved searches, after an import batch").arg(size).arg(saved.size()),
        median(kept), QStringLiteral("ms"), QStringLiteral("< 50 ms"), median(kept) < 50 && differing == 0,
        QStringLiteral("kept counts (Library::keptCounts) refreshed after 100 new articles and 5 reads"));
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
