// The "refresh" section: one subscription whose news index lists 500 articles the library does
// not have, served by the test HTTP server from its own thread; the time FetchService takes to
// fetch, parse and store them, and what the caller's (GUI) thread pays meanwhile.

#include "benchmark.h"
#include "net/fetchservice.h"
#include "serverthread.h"
#include "storage/library.h"
#include "storage/subscriptionstore.h"
#include "syntheticnews.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <ctime>

namespace Newsdesk::Bench {

namespace {

constexpr int documents = 500;

struct RunFigures
{
    double ms = 0;
    int stored = 0;
    int fresh = 0;
    double longestStallMs = 0;
    double callerCpuMs = 0;
    double fetchThreadCpuMs = 0;
    bool ok = false;
};

// A field of /proc/self/status in kB ("VmHWM", "VmRSS"); -1 when unreadable.
qint64 procStatusKb(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_qs);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Peak resident memory above the process before it, while an endless chunked body is refused at
// the 10 MB limit (Linux resets the peak when "5" is written to clear_refs).
std::optional<double> endlessBodyPeakMb(const Options &options, ServerThread &site)
{
    QTemporaryDir dir(options.workDir + u"/endless-XXXXXX");
    Net::FetchSettings settings;
    settings.followSystemNetworkState = false;
    Net::FetchService service(dir.filePath(u"library.sqlite"_qs), settings);
    (void)service.waitFor(service.refresh({QUrl(u"http://unsubscribed.invalid/"_qs)})); // the worker is up
    const qint64 before = procStatusKb("VmRSS");
    QFile clear(u"/proc/self/clear_refs"_qs);
    if (before < 0 || !clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
        return std::nullopt;
    clear.close();
    const Net::RequestOutcome outcome = service.waitFor(service.fetchArticle(site.url(u"/endless.md"_qs)));
    if (outcome.ok || outcome.error.kind != Error::Kind::TooLarge)
        return std::nullopt;
    return double(procStatusKb("VmHWM") - before) / 1024.0;
}

RunFigures refreshOnce(const Options &options, ServerThread &site, const QUrl &index, bool variants)
{
    RunFigures figures;
    QTemporaryDir dir(options.workDir + u"/refresh-XXXXXX");
    const QString path = dir.filePath(u"library.sqlite"_qs);
    {
        Storage::Library library;
        if (!library.open(path) || !library.subscriptions().add(index).ok())
            return figures;
    }
    Net::FetchSettings settings;
    settings.fetchVariants = variants;
    settings.followSystemNetworkState = false;
    Net::FetchService service(path, settings);
    (void)service.waitFor(service.refresh({QUrl(u"http://unsubscribed.invalid/"_qs)})); // the worker is up

    // The caller's event loop keeps turning while it waits: a 5 ms timer shows the longest stall.
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        figures.longestStallMs = std::max(figures.longestStallMs, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });

    site.requests();
    const double processBefore = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
    const double callerBefore = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    const double serverBefore = site.cpuMs();
    QElapsedTimer timer;
    timer.start();
    sinceTick.start();
    ticker.start();
    const Net::RequestOutcome outcome = service.waitFor(service.refresh());
    figures.ms = double(timer.nsecsElapsed()) / 1e6;
    ticker.stop();
    figures.callerCpuMs = cpuMs(CLOCK_THREAD_CPUTIME_ID) - callerBefore;
    const double serverCpu = site.cpuMs() - serverBefore;
    figures.fetchThreadCpuMs = cpuMs(CLOCK_PROCESS_CPUTIME_ID) - processBefore - figures.callerCpuMs - serverCpu;
    figures.stored = int(outcome.stored.size());
    figures.fresh = outcome.subscriptions.value(0).newCount;
    figures.ok = outcome.ok && figures.fresh == documents;
    return figures;
}

} // namespace

void refreshBenchmark(const Options &options, Report &report)
{
    // 500 documents in three locales, every URL pointing at the local server.
    ServerThread site;
    const QByteArray base = site.url(u"/"_qs).toString(QUrl::StripTrailingSlash).toUtf8();
    QHash<QString, Test::Route> routes;
    SyntheticNews news(11);
    const QList<SyntheticArticle> articles
        = news.articles(295000001, documents, QDateTime::currentDateTimeUtc().addDays(-1), 60);
    QByteArray index = "# Longbridge News\n\n";
    qint64 bytes = 0;
    for (const SyntheticArticle &article : articles) {
        const QString path = u'/' + article.locale + u"/news/" + article.key + u".md";
        QByteArray markdown = article.markdown;
        markdown.replace("https://longbridge.com", base);
        routes.insert(path, Test::Route::markdown(markdown));
        if (article.locale == u"en") {
            index += "- [" + article.title.toUtf8() + "](" + base + path.toUtf8() + ")\n";
            bytes += markdown.size();
        }
    }
    routes.insert(u"/en/news.md"_qs, Test::Route::markdown(index));
    Test::Route endless;
    endless.behaviour = Test::Route::Behaviour::Stream;
    endless.chunked = true;
    endless.streamBytes = qint64(64) * 1024 * 1024 * 1024;
    routes.insert(u"/endless.md"_qs, endless);
    site.setRoutes(routes);
    const QUrl indexUrl = site.url(u"/en/news.md"_qs);

    report.note(QStringLiteral("%1 articles of %2 KB on average, %3 runs per figure, at most 2 requests at a time "
                               "to the server (the per-host limit)")
                    .arg(documents)
                    .arg(bytes / documents / 1024)
                    .arg(options.runs));

    for (const bool variants : {false, true}) {
        QList<double> rates;
        QList<double> stalls;
        QList<double> callerCpu;
        QList<double> fetchCpu;
        bool allOk = true;
        int stored = 0;
        for (int run = 0; run < options.runs; ++run) {
            const RunFigures f = refreshOnce(options, site, indexUrl, variants);
            allOk = allOk && f.ok;
            stored = f.stored;
            rates.append(f.ms > 0 ? 1000.0 * f.stored / f.ms : 0);
            stalls.append(f.longestStallMs);
            callerCpu.append(f.callerCpuMs);
            fetchCpu.append(f.fetchThreadCpuMs);
        }
        const QString what = variants ? QStringLiteral("refresh: 500 new, each with its 2 other locales")
                                      : QStringLiteral("refresh: 500 new articles (variants off)");
        report.figure(what, median(rates), QStringLiteral("articles/s"), {}, std::nullopt,
            allOk ? QStringLiteral("%1 articles stored per run").arg(stored)
                  : QStringLiteral("WARNING: a run did not store all of them"));
        const double stall = median(stalls);
        report.figure(QStringLiteral("  caller (GUI) thread: longest stall meanwhile"), stall, QStringLiteral("ms"),
            QStringLiteral("< 50 ms"), stall < 50.0);
        report.figure(QStringLiteral("  caller thread CPU vs fetch thread CPU"), median(callerCpu),
            QStringLiteral("ms"), {}, std::nullopt,
            QStringLiteral(
                "the other threads (fetch worker, Qt's HTTP) %1 ms: fetching, parsing and storing happen there")
                .arg(qRound(median(fetchCpu))));
    }

    QList<double> peaks;
    for (int run = 0; run < options.runs; ++run) {
        if (const std::optional<double> peak = endlessBodyPeakMb(options, site))
            peaks.append(*peak);
    }
    if (peaks.isEmpty()) {
        report.note(QStringLiteral("endless body: WARNING: not measured (no /proc/self/clear_refs, or not refused)"));
        return;
    }
    const double peak = median(peaks);
    report.figure(QStringLiteral("endless chunked body refused at the 10 MB limit: peak memory above idle"), peak,
        QStringLiteral("MB"), QStringLiteral("< 40 MB"), peak < 40.0);
}

} // namespace Newsdesk::Bench
