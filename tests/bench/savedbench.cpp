#include "benchmark.h"
#include "library.h"
#include "savedsearches.h"
#include "storageimport.h"
#include "syntheticnews.h"

#include <QElapsedTimer>
#include <QFile>

namespace Newsdesk::Bench {

namespace {

constexpr int savedDocuments = 3334; // × 3 locales ≈ 10,000 articles

} // namespace

// The sidebar's saved searches re-counted, as after every article read: 20 of them (the two
// built-ins and 18 of the kinds a trader saves), each one's unread count on 10,000 articles.
void savedBenchmark(const Options &options, Report &report)
{
    const QString path = options.workDir + QStringLiteral("/saved.sqlite");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
    SyntheticNews news(3);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    const QList<SyntheticArticle> articles = news.articles(310000000, savedDocuments, start, 780);
    (void)newsdeskImport(path, articles);
    Storage::Library library;
    if (!library.open(path).ok())
        return;
    const QStringList watchlist = news.watchlist();
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
        QStringLiteral("after:2026-01-01 market"),
        QStringLiteral("ticker:") + watchlist.value(2) + QStringLiteral(" guidance"),
        QStringLiteral("orders shipments"),
        QStringLiteral("-market"),
    };
    for (int i = 0; i < queries.size(); ++i)
        (void)library.savedSearches().add(QStringLiteral("Saved %1").arg(i + 1), queries.at(i));
    const QList<Storage::SavedSearch> saved = library.savedSearches().all();
    report.note(QStringLiteral("%1 articles (%2 documents in three languages) over 30 days, %3 saved searches")
                    .arg(articles.size())
                    .arg(savedDocuments)
                    .arg(saved.size()));
    QList<double> times;
    for (int run = 0; run < options.runs + 1; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (const Storage::SavedSearch &s : saved)
            (void)library.count(Storage::unreadFilter(s.query));
        if (run > 0) // the first run warms the page cache
            times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    if (qEnvironmentVariableIsSet("NEWSDESK_BENCH_DETAIL")) {
        for (const Storage::SavedSearch &s : saved) {
            QElapsedTimer one;
            one.start();
            const int n = library.count(Storage::unreadFilter(s.query));
            report.note(QStringLiteral("  %1: %2 ms (%3)")
                            .arg(s.query)
                            .arg(double(one.nsecsElapsed()) / 1e6, 0, 'f', 1)
                            .arg(n));
        }
    }
    report.figure(QStringLiteral("unread counts of %1 saved searches").arg(saved.size()), median(times),
        QStringLiteral("ms"), QStringLiteral("< 50 ms"), median(times) < 50,
        QStringLiteral("all of them, once, on the GUI thread's connection"));
}

} // namespace Newsdesk::Bench
