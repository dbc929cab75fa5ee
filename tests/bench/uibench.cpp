// The "ui" section: the reader's window on a library of 100,000 articles, measured by
// newsdesk-bench-ui in a process of its own (offscreen), several times.
#include "benchmark.h"
#include "core/article.h"
#include "core/ticker.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>

namespace Newsdesk::Bench {

namespace {

constexpr int uiDocuments = 100000;

// 100,000 documents, one article each (the list shows documents: this is the larger list), with
// tickers drawn from a pool and a body of about 2 KB; generated once into the cache.
QString uiLibrary(const Options &options, Report &report)
{
    const QString path = options.cacheDir
        + QStringLiteral("/ui-library-100k-schema%1.sqlite").arg(Storage::Library::latestSchemaVersion());
    if (QFile::exists(path)) {
        report.note(QStringLiteral("100k-article library: %1 (cached)").arg(path));
        return path;
    }
    const QString partial = path + QStringLiteral(".partial");
    removeLibraryFiles(partial);
    report.note(QStringLiteral("generating the 100k-article library once into %1…").arg(path));
    QElapsedTimer timer;
    timer.start();
    {
        Storage::Library library;
        if (const Result<void> opened = library.open(partial); !opened)
            qFatal("%s", qPrintable(opened.error().message));
        QRandomGenerator random(7);
        const QStringList pool{QStringLiteral("AAPL.US"), QStringLiteral("MSFT.US"), QStringLiteral("00700.HK"),
            QStringLiteral("9988.HK"), QStringLiteral("NVDA.US"), QStringLiteral("TSLA.US"),
            QStringLiteral("600519.SH"), QStringLiteral("000001.SZ"), QStringLiteral("D05.SG"),
            QStringLiteral("AMZN.US"), QStringLiteral("BRK.B.US"), QStringLiteral("3690.HK")};
        const QString paragraph = QStringLiteral(
            "Shares moved after the company reported quarterly results and guided for the next quarter. Analysts "
            "pointed to margins, orders and the outlook for demand, while the stock traded on heavy volume. ");
        const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        QList<Core::Article> batch;
        for (int i = 0; i < uiDocuments; ++i) {
            Core::Article a;
            a.key = QString::number(400000000 + i);
            a.locale = QStringLiteral("en");
            a.type = QStringLiteral("News");
            a.title = QStringLiteral("Market update %1: results, guidance and what analysts expect next").arg(i);
            a.summary = QStringLiteral("Summary of market update %1.").arg(i);
            a.url = QUrl(QStringLiteral("https://news.example.com/en/news/%1.md").arg(a.key));
            a.published = start.addSecs(qint64(i) * 600);
            for (const char *l : {"en", "zh-CN", "zh-HK"})
                a.variants.append({QLatin1StringView(l),
                    QUrl(QStringLiteral("https://news.example.com/%1/news/%2.md").arg(QLatin1StringView(l), a.key))});
            const int tickers = 1 + int(random.bounded(3));
            for (int t = 0; t < tickers; ++t) {
                const QString ticker = pool.at(int(random.bounded(qsizetype(pool.size()))));
                if (std::none_of(a.relatedStocks.cbegin(), a.relatedStocks.cend(),
                        [&](const Core::RelatedStock &s) { return s.ticker == ticker; }))
                    a.relatedStocks.append({ticker, Core::Ticker::keyFor(ticker), ticker + QStringLiteral(" Corp"),
                        QUrl(QStringLiteral("https://news.example.com/en/quote/%1.md").arg(ticker))});
            }
            a.body = paragraph.repeated(10);
            a.source = a.body;
            batch.append(a);
            if (batch.size() == 1000) {
                (void)library.storeAll(batch);
                batch.clear();
            }
        }
        (void)library.storeAll(batch);
        report.note(QStringLiteral("  %1 documents").arg(library.documentCount()));
    }
    QFile::rename(partial, path);
    report.note(QStringLiteral("generated in %1 s").arg(double(timer.elapsed()) / 1000, 0, 'f', 0));
    return path;
}

QString probeProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/newsdesk-bench-ui");
}

} // namespace

void uiBenchmark(const Options &options, Report &report)
{
    const QString source = uiLibrary(options, report);
    QHash<QString, QList<double>> values;
    for (int run = 0; run < options.runs; ++run) {
        // A copy per run, so the read state the probe leaves behind does not carry over.
        const QString db = options.workDir + QStringLiteral("/ui-run.sqlite");
        removeLibraryFiles(db);
        QFile::copy(source, db);
        QDir(options.workDir + QStringLiteral("/ui-settings")).removeRecursively();
        QProcess probe;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        env.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--disable-gpu --no-first-run"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;newsdesk.*.info=false"));
        probe.setProcessEnvironment(env);
        probe.start(probeProgram(),
            {QStringLiteral("--db"), db, QStringLiteral("--settings"), options.workDir + QStringLiteral("/ui-settings"),
                QStringLiteral("--switches"), QStringLiteral("30")});
        if (!probe.waitForFinished(180000) || probe.exitCode() != 0) {
            report.note(QStringLiteral("newsdesk-bench-ui failed (exit %1): %2")
                            .arg(probe.exitCode())
                            .arg(QString::fromLocal8Bit(probe.readAllStandardError().right(500))));
            return;
        }
        const QList<QByteArray> lines = probe.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                values[QString::fromLatin1(line.left(eq))].append(line.mid(eq + 1).toDouble());
        }
    }
    const auto med = [&](const char *name) {
        return median(values.value(QLatin1StringView(name)));
    };
    report.note(QStringLiteral("%1 runs of the reader on 100,000 articles, offscreen; %2 rows listed at start")
                    .arg(options.runs)
                    .arg(med("rows_loaded")));
    report.figure(QStringLiteral("start to a visible window with the newest rows"), med("start_ms"),
        QStringLiteral("ms"), QStringLiteral("< 500 ms"), med("start_ms") < 500);
    report.figure(QStringLiteral("first article: J → page loaded"), med("first_loaded_ms"), QStringLiteral("ms"));
    report.figure(QStringLiteral("first article: J → page painted"), med("first_ms"), QStringLiteral("ms"),
        QStringLiteral("≤ 150 ms"), med("first_ms") <= 150);
    report.figure(QStringLiteral("later articles: J → page loaded"), med("switch_ms"), QStringLiteral("ms"));
    report.figure(QStringLiteral("later articles: J → page painted"), med("key_ms"), QStringLiteral("ms"),
        QStringLiteral("≤ 60 ms"), med("key_ms") <= 60);
    report.figure(
        QStringLiteral("runs in which the window was re-created"),
        [&] {
            const QList<double> runs = values.value(QStringLiteral("window_recreated"));
            return double(std::count(runs.cbegin(), runs.cend(), 1.0));
        }(),
        QStringLiteral("runs"), QStringLiteral("0"), !values.value(QStringLiteral("window_recreated")).contains(1.0));
    report.figure(QStringLiteral("later articles: the window's own part of J"), med("open_ms"), QStringLiteral("ms"));
    report.figure(QStringLiteral("scrolling: the next 100 rows"), med("page_ms"), QStringLiteral("ms"));
    report.figure(
        QStringLiteral("rows held after scrolling 40 pages"), med("rows_loaded_after_scroll"), QStringLiteral("rows"));
    const double rssMb = med("rss_kb") / 1024;
    report.figure(QStringLiteral("reader process resident memory, list showing"), rssMb, QStringLiteral("MB"),
        QStringLiteral("< 250 MB"), rssMb < 250);
    report.figure(QStringLiteral("WebEngine's own processes, resident (apart)"), med("webengine_kb") / 1024,
        QStringLiteral("MB"));
}

} // namespace Newsdesk::Bench
