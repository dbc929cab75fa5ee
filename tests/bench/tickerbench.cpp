#include "benchmark.h"
#include "storage/connection.h"
#include "storage/library.h"
#include "storage/tickerstats.h"
#include "storage/tickerstatsrunner.h"
#include "storageimport.h"
#include "syntheticnews.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>

namespace Newsdesk::Bench {

QString cachedLargeLibrary(const Options &options, Report &report); // storagebench.cpp

namespace {

// 1,000 articles into an empty library with the ticker_days triggers and without them (dropped
// after the schema is made; both schemas made before the clock starts), in alternating order, so
// that both see the same load on a shared machine.
void importWithAndWithoutTriggers(const Options &options, Report &report)
{
    SyntheticNews news(4);
    const QList<SyntheticArticle> articles
        = news.articles(400000000, 334, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC), 300);
    QList<double> with, without, withCpu, withoutCpu;
    for (int run = 0; run < std::max(options.runs, 3); ++run) {
        for (const bool triggers : run % 2 ? QList<bool>{false, true} : QList<bool>{true, false}) {
            const QString path = options.workDir + (triggers ? u"/with.sqlite"_qs : u"/without.sqlite"_qs);
            removeLibraryFiles(path);
            {
                Storage::Library library;
                if (Result<void> opened = library.open(path); !opened)
                    qFatal("%s", qPrintable(opened.error().message));
                const QStringList names
                    = triggers ? QStringList() : QStringList{u"insert"_qs, u"delete"_qs, u"update"_qs};
                for (const QString &name : names)
                    (void)library.connection().exec(u"DROP TRIGGER article_tickers_days_"_qs + name);
            }
            const Duration took = newsdeskImport(path, articles);
            (triggers ? with : without).append(double(articles.size()) / (took.wallMs / 1000));
            (triggers ? withCpu : withoutCpu).append(double(articles.size()) / (took.cpuMs / 1000));
        }
    }
    const double ratio = median(with) / median(without);
    report.figure(u"import 1,000 articles with the per-day count triggers"_qs, median(with), u"articles/s"_qs);
    report.figure(u"import 1,000 articles without them"_qs, median(without), u"articles/s"_qs);
    report.figure(u"import with / without the triggers"_qs, ratio * 100, u"%"_qs, u"≥ 90%"_qs, ratio >= 0.9,
        u"CPU time: %1 vs %2 articles/s, %3%"_qs.arg(median(withCpu), 0, 'f', 0)
            .arg(median(withoutCpu), 0, 'f', 0)
            .arg(100 * median(withCpu) / median(withoutCpu), 0, 'f', 1));
}

} // namespace

// The ticker view's numbers (totals, roles, 90 days per day, buzz, often together) on the 100k
// library, for its most popular ticker and for the 50 watchlist-sized set the sidebar would show
// (whole summaries, the buzz alone, the buzz with the sparkline), as of its newest article (the
// library's own "today").
void tickerBenchmark(const Options &options, Report &report)
{
    const QString cached = cachedLargeLibrary(options, report);
    Storage::Library library;
    if (Result<void> opened = library.open(cached); !opened)
        qFatal("cannot open %s: %s", qPrintable(cached), qPrintable(opened.error().message));
    const Result<QVariant> newest = library.connection().scalar(QStringLiteral("SELECT max(published) FROM documents"));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(newest ? newest->toLongLong() : 0, Qt::UTC);
    const Result<QVariant> popular = library.connection().scalar(
        QStringLiteral("SELECT key FROM article_tickers GROUP BY key ORDER BY count(*) DESC LIMIT 1"));
    const QString ticker = popular ? popular->toString() : QString();
    const Storage::TickerSummary summary = library.tickerSummary(ticker, now).value();
    report.note(QStringLiteral("%1: %2 documents, %3 in its last 90 days (as of %4), %5 often-together tickers")
                    .arg(ticker)
                    .arg(summary.total)
                    .arg([&] {
                        int sum = 0;
                        for (const Storage::DayCount &day : summary.daily)
                            sum += day.count;
                        return sum;
                    }())
                    .arg(now.toString(Qt::ISODate))
                    .arg(summary.together.size()));
    const QList<double> one = timeRuns(std::max(options.runs, 21), [&] { (void)library.tickerSummary(ticker, now); });
    report.figure(QStringLiteral("ticker view's numbers, most popular ticker"), median(one), QStringLiteral("ms"),
        QStringLiteral("< 30 ms"), median(one) < 30);

    SyntheticNews news(2);
    QStringList fifty = news.watchlist();
    Result<Storage::Rows> keys = library.connection().select(
        QStringLiteral("SELECT key FROM article_tickers GROUP BY key ORDER BY count(*) DESC LIMIT 50"));
    if (keys) {
        fifty.clear();
        while (keys->next())
            fifty.append(keys->text(0));
    }
    const QList<double> sidebar = timeRuns(std::max(options.runs, 5), [&] {
        for (const QString &key : std::as_const(fifty))
            (void)library.tickerSummary(key, now);
    });
    report.figure(QStringLiteral("the same for the 50 most popular tickers"), median(sidebar), QStringLiteral("ms"));
    // What the sidebar asks for: the buzz alone (31 days counted) of each watchlist ticker.
    Storage::TickerStats stats(library.connection());
    const QList<double> badges = timeRuns(std::max(options.runs, 21), [&] {
        for (const QString &key : std::as_const(fifty))
            (void)stats.buzz(key, now, {});
    });
    report.figure(QStringLiteral("buzz alone for the 50 most popular tickers (the sidebar's badges)"), median(badges),
        QStringLiteral("ms"), QStringLiteral("< 20 ms"), median(badges) < 20);
    // What the sidebar asks for now: each entry's buzz and 14-day sparkline (TickerStats::glance,
    // the same 31 days counted once for both).
    const QList<double> glances = timeRuns(std::max(options.runs, 21), [&] {
        for (const QString &key : std::as_const(fifty))
            (void)stats.glance(key, now, {});
    });
    report.figure(QStringLiteral("sparklines and buzz for the 50 most popular tickers (the sidebar's entries)"),
        median(glances), QStringLiteral("ms"), QStringLiteral("< 20 ms"), median(glances) < 20);
    // The same as the sidebar asks for it: one request to the runner's thread and its answer back.
    Storage::TickerStatsRunner runner(cached);
    QEventLoop loop;
    QObject::connect(&runner, &Storage::TickerStatsRunner::summarized, &loop, &QEventLoop::quit);
    const QList<double> requests = timeRuns(std::max(options.runs, 21), [&] {
        runner.summarize(fifty, now, {}, Storage::TickerStatsRunner::Depth::Glance);
        loop.exec();
    });
    report.figure(QStringLiteral("the same through TickerStatsRunner, request to answer"), median(requests),
        QStringLiteral("ms"), QStringLiteral("< 20 ms"), median(requests) < 20);
    importWithAndWithoutTriggers(options, report);
}

} // namespace Newsdesk::Bench
