#include "benchmark.h"
#include "storage/library.h"
#include "storageimport.h"
#include "syntheticnews.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace Newsdesk::Bench {

namespace {

constexpr int documents = 3334; // × 3 locales ≈ 10,000 articles
const QDateTime start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);

QString fresh(const Options &options, const QString &name)
{
    const QString path = options.workDir + u'/' + name;
    removeLibraryFiles(path);
    return path;
}

// The file as a reader would copy it: the database and its write-ahead log.
qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_qs).size();
}

struct PruneRun
{
    int deleted = 0;
    qint64 bytesAfter = 0;
    double ms = 0;
};

// Deletes the older half of `path`; `merge` false stops before the full-text merge (as prune did
// before it merged: a limit larger than the library does the same deleting without it).
PruneRun pruneHalf(const QString &path, bool merge)
{
    PruneRun run;
    QElapsedTimer timer;
    {
        Storage::Library library;
        if (const Result<void> opened = library.open(path); !opened)
            qFatal("%s", qPrintable(opened.error().message));
        Storage::PruneOptions options;
        options.olderThan = start.addSecs(qint64(documents / 2) * 300);
        options.limit = merge ? 0 : 1000000;
        timer.start();
        const Result<Storage::PruneOutcome> pruned = library.prune(options);
        run.ms = double(timer.nsecsElapsed()) / 1e6;
        if (!pruned)
            qFatal("%s", qPrintable(pruned.error().message));
        run.deleted = pruned->documents;
    }
    // Closed: the log is checkpointed into the file, which is what a copy or a backup would see.
    run.bytesAfter = fileBytes(path);
    return run;
}

} // namespace

// Retention on 10,000 articles: the older half deleted, the file's size before and after, with
// and without the full-text merge that follows a prune.
void pruneBenchmark(const Options &options, Report &report)
{
    const QList<SyntheticArticle> articles = SyntheticNews(1).articles(100000000, documents, start, 300);
    const QString generated = fresh(options, u"prune-source.sqlite"_qs);
    (void)newsdeskImport(generated, articles);
    {
        Storage::Library closing; // checkpoint the log into the file
        (void)closing.open(generated);
    }
    const qint64 before = fileBytes(generated);
    report.note(u"%1 articles, library file %2 MB; %3 runs each"_qs.arg(articles.size())
                    .arg(double(before) / 1e6, 0, 'f', 1)
                    .arg(options.runs));
    QList<double> withMerge, withoutMerge, msWith, msWithout;
    int deleted = 0;
    for (int run = 0; run < options.runs; ++run) {
        for (const bool merge : {false, true}) {
            const QString copy = fresh(options, u"prune.sqlite"_qs);
            if (!QFile::copy(generated, copy))
                qFatal("cannot copy %s", qPrintable(generated));
            const PruneRun result = pruneHalf(copy, merge);
            deleted = result.deleted;
            (merge ? withMerge : withoutMerge).append(double(result.bytesAfter) / 1e6);
            (merge ? msWith : msWithout).append(result.ms);
        }
    }
    report.note(u"deleted %1 documents (the older half) in each run"_qs.arg(deleted));
    report.figure(u"library file before the prune"_qs, double(before) / 1e6, u"MB"_qs);
    report.figure(u"after the prune, without the full-text merge"_qs, median(withoutMerge), u"MB"_qs, {}, std::nullopt,
        u"%1 s"_qs.arg(median(msWithout) / 1000, 0, 'f', 1));
    report.figure(u"after the prune with the full-text merge"_qs, median(withMerge), u"MB"_qs, {}, std::nullopt,
        u"%1 s"_qs.arg(median(msWith) / 1000, 0, 'f', 1));
}

} // namespace Newsdesk::Bench
