// The "feed" section: an ordinary RSS feed of 1,000 items whose links are web pages (2–10 KB HTML
// descriptions), refreshed into an empty library and into the 100k library: items stored per
// second, the caller's (GUI) thread's longest stall meanwhile, and what the second refresh costs.

#include "benchmark.h"
#include "net/fetchservice.h"
#include "serverthread.h"
#include "storage/library.h"
#include "storage/subscriptionstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

namespace Newsdesk::Bench {

QString cachedLargeLibrary(const Options &options, Report &report); // storagebench.cpp

namespace {

constexpr int items = 1000;

QByteArray ordinaryFeed(const QByteArray &site, const QString &prefix)
{
    const QByteArray tag = prefix.toUtf8();
    QByteArray xml
        = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Market wire</title>";
    const QDateTime newest = QDateTime::currentDateTimeUtc();
    for (int n = 0; n < items; ++n) {
        QByteArray html = "<p>Item " + QByteArray::number(n)
            + " <b>opens</b> &amp; <a href=\"https://example.com/\">links</a>.</p>";
        const int paragraphs = 20 + (n * 7) % 80; // ~100 bytes each: 2–10 KB
        for (int p = 0; p < paragraphs; ++p)
            html += "<p>Shares of the company rose " + QByteArray::number(p)
                + " after results beat estimates; guidance raised.</p>";
        xml += "<item><title>" + tag + " item " + QByteArray::number(n) + "</title><link>" + site + "/" + tag + "/"
            + QByteArray::number(n) + ".html</link><guid isPermaLink=\"false\">" + tag + QByteArray::number(n)
            + "</guid><pubDate>" + newest.addSecs(-60 * n).toString(Qt::RFC2822Date).toLatin1()
            + "</pubDate><description><![CDATA[" + html + "]]></description></item>\n";
    }
    return xml + "</channel></rss>";
}

struct Run
{
    double itemsPerSecond = 0;
    double longestStallMs = 0;
    int stored = 0;
    int secondRequests = 0;
    double secondMs = 0;
};

Run refreshFeed(const QString &libraryPath, ServerThread &site, const QString &prefix)
{
    Run run;
    const QByteArray base = site.url(u"/"_qs).toString(QUrl::StripTrailingSlash).toUtf8();
    QHash<QString, Test::Route> routes;
    Test::Route feed;
    feed.contentType = "application/rss+xml";
    feed.body = ordinaryFeed(base, prefix);
    feed.etag = '"' + prefix.toUtf8() + '"';
    routes.insert(u"/"_qs + prefix + u".xml", feed);
    for (int n = 0; n < items; ++n)
        routes.insert(u"/%1/%2.html"_qs.arg(prefix).arg(n), Test::Route::html("<html><body>a web page</body></html>"));
    site.setRoutes(routes);
    const QUrl feedUrl = site.url(u"/"_qs + prefix + u".xml");
    {
        Storage::Library library;
        if (!library.open(libraryPath) || !library.subscriptions().add(feedUrl).ok())
            return run;
    }
    Net::FetchSettings settings;
    settings.followSystemNetworkState = false;
    Net::FetchService service(libraryPath, settings);
    (void)service.waitFor(service.refresh({QUrl(u"http://unsubscribed.invalid/"_qs)})); // the worker is up

    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        run.longestStallMs = std::max(run.longestStallMs, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    site.requests();
    QElapsedTimer timer;
    timer.start();
    sinceTick.start();
    ticker.start();
    const Net::RequestOutcome first = service.waitFor(service.refresh({feedUrl}));
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    ticker.stop();
    run.stored = first.subscriptions.value(0).newCount;
    run.itemsPerSecond = ms > 0 ? 1000.0 * run.stored / ms : 0;
    site.requests();
    timer.restart();
    (void)service.waitFor(service.refresh({feedUrl}));
    run.secondMs = double(timer.nsecsElapsed()) / 1e6;
    run.secondRequests = site.requests();
    return run;
}

void reportRuns(Report &report, const QString &what, const QList<Run> &runs)
{
    QList<double> rates, stalls, seconds;
    int requests = 0;
    bool allStored = true;
    for (const Run &r : runs) {
        rates.append(r.itemsPerSecond);
        stalls.append(r.longestStallMs);
        seconds.append(r.secondMs);
        requests = std::max(requests, r.secondRequests);
        allStored = allStored && r.stored == items;
    }
    report.figure(what, median(rates), u"items/s"_qs, {}, std::nullopt,
        allStored ? u"1,000 feed-excerpt articles stored per run"_qs : u"WARNING: a run did not store all 1,000"_qs);
    const double stall = median(stalls);
    report.figure(u"  caller (GUI) thread: longest stall meanwhile"_qs, stall, u"ms"_qs, u"< 50 ms"_qs, stall < 50.0);
    report.figure(u"  second refresh of the unchanged feed"_qs, median(seconds), u"ms"_qs, {}, std::nullopt,
        u"%1 request(s) at most (the feed, answered 304)"_qs.arg(requests));
}

} // namespace

void feedBenchmark(const Options &options, Report &report)
{
    ServerThread site;
    report.note(
        u"an RSS feed of %1 items linking to web pages, 2-10 KB HTML descriptions; %2 runs per figure"_qs.arg(items)
            .arg(options.runs));
    QList<Run> empty;
    for (int run = 0; run < options.runs; ++run) {
        QTemporaryDir dir(options.workDir + u"/feed-XXXXXX");
        empty.append(refreshFeed(dir.filePath(u"library.sqlite"_qs), site, u"empty%1"_qs.arg(run)));
    }
    reportRuns(report, u"refresh: 1,000 feed items into an empty library"_qs, empty);

    const QString cached = cachedLargeLibrary(options, report);
    const QString copy = options.workDir + u"/feed-library-100k.sqlite";
    removeLibraryFiles(copy);
    if (!QFile::copy(cached, copy))
        qFatal("cannot copy %s", qPrintable(cached));
    QList<Run> large;
    for (int run = 0; run < options.runs; ++run)
        large.append(refreshFeed(copy, site, u"large%1"_qs.arg(run)));
    reportRuns(report, u"refresh: 1,000 feed items into the 100k library"_qs, large);
    removeLibraryFiles(copy);
}

} // namespace Newsdesk::Bench
