#include "benchmark.h"
#include "storage/library.h"
#include "storage/searchrunner.h"
#include "storageimport.h"
#include "syntheticnews.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>

namespace Newsdesk::Bench {

namespace {

constexpr int searchDocuments = 3334; // × 3 locales ≈ 10,000 articles

// A keystroke in the search field, once the typing pause is over, to the list's first page in
// hand: the search runner's round trip (its thread, its connection) with the filter the reader
// sends while typing (the last word a prefix), as the list receives it.
double keystrokeToRows(Storage::SearchRunner &runner, const QString &typed)
{
    Storage::ListFilter filter;
    filter.search = typed;
    filter.typing = true;
    QEventLoop loop;
    double elapsed = -1;
    QElapsedTimer timer;
    const auto done = QObject::connect(&runner, &Storage::SearchRunner::finished, &loop,
        [&](quint64, const Storage::ListFilter &, const QList<Storage::ListRow> &, int) {
            elapsed = double(timer.nsecsElapsed()) / 1e6;
            loop.quit();
        });
    const auto failed = QObject::connect(&runner, &Storage::SearchRunner::failed, &loop, [&] { loop.quit(); });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    timer.start();
    runner.search(filter, 100, QStringLiteral("en"));
    loop.exec();
    QObject::disconnect(done);
    QObject::disconnect(failed);
    return elapsed;
}

// Each keystroke of 1-, 2- and 3-word queries typed a key at a time, on the library at `path`.
void typeQueries(
    const Options &options, Report &report, const QString &path, const QStringList &watchlist, const QString &size)
{
    Storage::SearchRunner runner(path);
    const QList<QStringList> queries{
        {SyntheticNews::commonWord()},
        {SyntheticNews::rareWord()},
        {QStringLiteral("semiconductor"), QStringLiteral("guidance")},
        {SyntheticNews::chineseQuery(), QStringLiteral("增长")},
        {QStringLiteral("market"), QStringLiteral("quarter"), QStringLiteral("orders")},
        {watchlist.value(0)},
    };
    (void)keystrokeToRows(runner, SyntheticNews::commonWord()); // opens the runner's connection
    for (int words = 1; words <= 3; ++words) {
        QList<double> times;
        for (int run = 0; run < options.runs; ++run) {
            for (const QStringList &query : queries) {
                if (query.size() != words)
                    continue;
                const QString text = query.join(u' ');
                for (qsizetype typed = 1; typed <= text.size(); ++typed) {
                    if (text.at(typed - 1).isSpace())
                        continue;
                    const double ms = keystrokeToRows(runner, text.left(typed));
                    if (ms >= 0)
                        times.append(ms);
                }
            }
        }
        if (times.isEmpty())
            continue;
        QList<double> sorted = times;
        std::sort(sorted.begin(), sorted.end());
        const double worst = sorted.last();
        const double p90 = sorted.at(qsizetype(double(sorted.size() - 1) * 0.9));
        report.figure(QStringLiteral("%1: keystroke to list rows, %2-word queries (%3 keystrokes)")
                          .arg(size)
                          .arg(words)
                          .arg(times.size()),
            median(times), QStringLiteral("ms"), QStringLiteral("< 30 ms"), median(times) < 30,
            QStringLiteral("90th percentile %1 ms, slowest %2 ms; the %3 ms typing pause comes first")
                .arg(p90, 0, 'f', 1)
                .arg(worst, 0, 'f', 1)
                .arg(120));
    }
}

} // namespace

QString cachedLargeLibrary(const Options &options, Report &report); // storagebench.cpp

void searchBenchmark(const Options &options, Report &report)
{
    const QString path = options.workDir + QStringLiteral("/search.sqlite");
    removeLibraryFiles(path);
    SyntheticNews news(3);
    const QList<SyntheticArticle> articles
        = news.articles(300000000, searchDocuments, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC), 300);
    (void)newsdeskImport(path, articles);
    report.note(QStringLiteral("%1 articles (%2 documents in three languages), generated into a scratch library")
                    .arg(articles.size())
                    .arg(searchDocuments));
    typeQueries(options, report, path, news.watchlist(), QStringLiteral("10k"));
    // The same on the cached 100k library (searching only reads it).
    const QString large = cachedLargeLibrary(options, report);
    typeQueries(options, report, large, SyntheticNews(2).watchlist(), QStringLiteral("100k"));
}

} // namespace Newsdesk::Bench
