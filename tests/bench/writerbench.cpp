// The "writer" section: what the GUI thread pays for its writes (mark read, the watchlist) while a
// refresh of 1,000 new articles (the fetch thread) and an import of 10,000 files (a thread of its
// own) write the same library: through the library's one writer, and, for comparison, each
// connection writing itself and waiting on SQLite's lock (the shape before the writer).

#include "benchmark.h"
#include "net/fetchservice.h"
#include "serverthread.h"
#include "storage/fileimport.h"
#include "storage/library.h"
#include "storage/librarywriter.h"
#include "storage/subscriptionstore.h"
#include "syntheticnews.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

namespace Newsdesk::Bench {

namespace {

// The calling thread's time spent ready to run but waiting for a core, from the kernel's
// schedstat (Linux); 0 where it cannot be read.
double runQueueMs()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.size() >= 2 ? fields.at(1).toDouble() / 1e6 : 0;
}

constexpr int refreshed = 1000;
constexpr int importedFiles = 10000;
constexpr int guiDocuments = 200;

struct RunFigures
{
    double longestStallMs = 0; // between two turns of the GUI thread's event loop (5 ms timer)
    double p99StallMs = 0;
    double longestStallCpuMs = 0; // the GUI thread's CPU time in its longest turn: the rest it waited
    double longestStallQueuedMs = 0; // of that wait, the time it was ready to run but had no core
    double longestWriteMs = 0; // one write call on the GUI thread, until it returned
    int guiWrites = 0;
    double totalMs = 0;
    bool ok = false;
};

RunFigures runOnce(const Options &options, const QUrl &index, const QString &files, bool withWriter)
{
    RunFigures figures;
    QTemporaryDir dir(options.workDir + u"/writer-XXXXXX");
    const QString path = dir.filePath(u"library.sqlite"_qs);
    std::unique_ptr<Storage::LibraryWriter> writer;
    if (withWriter) {
        writer = std::make_unique<Storage::LibraryWriter>();
        if (!writer->open(path))
            return figures;
    }
    Storage::Library gui;
    if (!gui.open(path) || !gui.subscriptions().add(index))
        return figures;
    QList<Core::Article> toRead;
    for (int i = 0; i < guiDocuments; ++i) {
        Core::Article article;
        article.key = QString::number(390000000 + i);
        article.locale = u"en"_qs;
        article.title = u"To read %1"_qs.arg(i);
        article.url = QUrl(u"https://longbridge.com/en/news/"_qs + article.key + u".md");
        article.published = QDateTime::currentDateTimeUtc().addDays(-2).addSecs(i);
        article.body = u"Body."_qs;
        toRead.append(article);
    }
    QList<Storage::DocId> docs;
    for (const Result<Storage::StoreOutcome> &stored : gui.storeAll(toRead)) {
        if (!stored)
            return figures;
        docs.append(stored->docId);
    }

    Net::FetchSettings settings;
    settings.fetchVariants = false;
    settings.followSystemNetworkState = false;
    Net::FetchService service(path, settings);
    (void)service.waitFor(service.refresh({QUrl(u"http://unsubscribed.invalid/"_qs)})); // the worker is up

    std::atomic<int> inserted{0};
    std::atomic<bool> importDone{false};
    QThread *import = QThread::create([&] {
        Storage::Library library;
        if (library.open(path)) {
            Storage::FileImport fileImport(library);
            for (const QString &file : fileImport.expand({files}))
                fileImport.addFile(file);
            fileImport.flush();
            inserted = fileImport.inserted();
        }
        importDone = true;
    });

    QEventLoop loop;
    bool refreshDone = false;
    Net::RequestId refresh = 0;
    QObject::connect(&service, &Net::FetchService::requestFinished, &loop, [&](Net::RequestId id) {
        if (id == refresh)
            refreshDone = true;
    });
    QElapsedTimer sinceTick;
    QElapsedTimer total;
    QTimer turns;
    turns.setInterval(5);
    int step = 0;
    int failures = 0;
    QList<double> gaps;
    double longestGap = 0;
    double cpuAtTick = 0;
    double queuedAtTick = 0;
    QObject::connect(&turns, &QTimer::timeout, &loop, [&] {
        // From one turn's start to the next: the write a turn makes counts.
        const double gap = double(sinceTick.nsecsElapsed()) / 1e6;
        const double cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        const double queued = runQueueMs();
        if (gap > longestGap) {
            longestGap = gap;
            figures.longestStallCpuMs = cpu - cpuAtTick;
            figures.longestStallQueuedMs = queued - queuedAtTick;
        }
        cpuAtTick = cpu;
        queuedAtTick = queued;
        gaps.append(gap);
        sinceTick.restart();
        // One GUI write a turn, as the reader's code makes it.
        QElapsedTimer call;
        call.start();
        const Storage::DocId doc = docs.at(step % guiDocuments);
        const QString ticker = u"T%1.US"_qs.arg(step % 40);
        auto job = [doc, ticker, step](Storage::Library &library) -> Result<void> {
            switch (step % 3) {
            case 0:
                return library.setRead(doc, (step / guiDocuments) % 2 == 0);
            case 1:
                return library.addToWatchlist(ticker);
            default: {
                // Not on the list (yet) is no failure here.
                Result<void> removed = library.removeFromWatchlist(ticker);
                return removed || removed.error().kind == Error::Kind::NotFound ? Result<void>() : removed;
            }
            }
        };
        gui.submit(job, &loop, [&failures](const Result<void> &r) {
            if (!r)
                ++failures;
        });
        figures.longestWriteMs = std::max(figures.longestWriteMs, double(call.nsecsElapsed()) / 1e6);
        ++step;
        if (refreshDone && importDone)
            loop.quit();
    });

    total.start();
    cpuAtTick = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    queuedAtTick = runQueueMs();
    sinceTick.start();
    turns.start();
    refresh = service.refresh({index});
    import->start();
    loop.exec();
    turns.stop();
    import->wait();
    delete import;
    if (writer)
        writer->run([](Storage::Library &) {}); // the GUI's last writes are done
    figures.totalMs = double(total.nsecsElapsed()) / 1e6;
    figures.guiWrites = step;
    std::sort(gaps.begin(), gaps.end());
    if (!gaps.isEmpty()) {
        figures.longestStallMs = gaps.last();
        figures.p99StallMs = gaps.at(qsizetype(double(gaps.size() - 1) * 0.99));
    }
    figures.ok
        = failures == 0 && inserted == importedFiles && gui.documentCount() >= guiDocuments + refreshed + inserted / 3;
    return figures;
}

} // namespace

void writerBenchmark(const Options &options, Report &report)
{
    // 1,000 new articles on the local server, listed by one news index.
    ServerThread site;
    const QByteArray base = site.url(u"/"_qs).toString(QUrl::StripTrailingSlash).toUtf8();
    QHash<QString, Test::Route> routes;
    SyntheticNews news(17);
    QByteArray index = "# Longbridge News\n\n";
    for (const SyntheticArticle &article :
        news.articles(396000001, refreshed, QDateTime::currentDateTimeUtc().addDays(-1), 60)) {
        if (article.locale != u"en")
            continue;
        const QString path = u"/en/news/" + article.key + u".md";
        QByteArray markdown = article.markdown;
        markdown.replace("https://longbridge.com", base);
        routes.insert(path, Test::Route::markdown(markdown));
        index += "- [" + article.title.toUtf8() + "](" + base + path.toUtf8() + ")\n";
    }
    routes.insert(u"/en/news.md"_qs, Test::Route::markdown(index));
    site.setRoutes(routes);

    // 10,000 files to import (3,334 documents in three languages).
    QTemporaryDir files(options.workDir + u"/writer-files-XXXXXX");
    int written = 0;
    for (const SyntheticArticle &article :
        news.articles(397000001, (importedFiles + 2) / 3, QDateTime::currentDateTimeUtc().addDays(-3), 60)) {
        if (written == importedFiles)
            break;
        QFile file(files.filePath(u"%1-%2.md"_qs.arg(article.key, article.locale)));
        if (!file.open(QIODevice::WriteOnly) || file.write(article.markdown) != article.markdown.size())
            return report.note(QStringLiteral("writer: WARNING: could not write the files to import"));
        ++written;
    }
    report.note(QStringLiteral("a refresh of %1 new articles and an import of %2 files at once, while the GUI thread "
                               "makes a write (mark read, watchlist add or remove) every 5 ms; %3 runs per figure")
                    .arg(refreshed)
                    .arg(importedFiles)
                    .arg(options.runs));

    // The control: the same 5 ms timer in this process with nothing else running, as long as a run
    // takes. Its longest gap is the machine's own (the scheduler, the hypervisor), not the library's.
    {
        QEventLoop idle;
        QTimer turns;
        turns.setInterval(5);
        QElapsedTimer sinceTick;
        double longest = 0;
        QObject::connect(&turns, &QTimer::timeout, &idle, [&] {
            longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
            sinceTick.restart();
        });
        QTimer::singleShot(25000, &idle, &QEventLoop::quit);
        sinceTick.start();
        turns.start();
        idle.exec();
        report.figure(QStringLiteral("control: the same 5 ms timer alone for 25 s, longest gap"), longest,
            QStringLiteral("ms"), {}, std::nullopt,
            QStringLiteral("no library, no other thread busy: the machine's own jitter"));
    }

    for (const bool withWriter : {true, false}) {
        QList<double> stalls;
        QList<double> p99s;
        QList<double> stallCpu;
        QList<double> stallQueued;
        QList<double> writes;
        QList<double> totals;
        bool allOk = true;
        int guiWrites = 0;
        for (int run = 0; run < options.runs; ++run) {
            const RunFigures f = runOnce(options, site.url(u"/en/news.md"_qs), files.path(), withWriter);
            allOk = allOk && f.ok;
            stalls.append(f.longestStallMs);
            p99s.append(f.p99StallMs);
            stallCpu.append(f.longestStallCpuMs);
            stallQueued.append(f.longestStallQueuedMs);
            writes.append(f.longestWriteMs);
            totals.append(f.totalMs);
            guiWrites = f.guiWrites;
        }
        const QString how
            = withWriter ? QStringLiteral("through the writer") : QStringLiteral("each connection writing (before)");
        const double stall = median(stalls);
        report.figure(u"GUI thread's longest stall, " + how, stall, QStringLiteral("ms"),
            withWriter ? QStringLiteral("< 16 ms") : QString(),
            withWriter ? std::optional<bool>(stall < 16.0) : std::nullopt,
            allOk ? QStringLiteral("%1 GUI writes, all done; everything stored").arg(guiWrites)
                  : QStringLiteral("WARNING: a write failed or an article is missing"));
        report.figure(u"  the GUI thread's CPU time in that longest turn, " + how, median(stallCpu),
            QStringLiteral("ms"), {}, std::nullopt,
            QStringLiteral("the rest of the turn it waited: for a lock, or for a core"));
        report.figure(u"  of the rest, ready to run but without a core, " + how, median(stallQueued),
            QStringLiteral("ms"), {}, std::nullopt,
            QStringLiteral("the kernel's run-queue wait (schedstat); the remainder it slept: a lock or the timer"));
        report.figure(u"  99th percentile of the GUI thread's turns, " + how, median(p99s), QStringLiteral("ms"));
        report.figure(u"  the longest GUI write call, " + how, median(writes), QStringLiteral("ms"));
        report.figure(u"  refresh and import, " + how, median(totals) / 1000.0, QStringLiteral("s"));
    }
}

} // namespace Newsdesk::Bench
