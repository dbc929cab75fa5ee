#include "benchmark.h"
#include "storage/connection.h"
#include "storage/library.h"
#include "storageimport.h"
#include "syntheticnews.h"

#include <QFile>
#include <QFileInfo>

// The import rate into a library of a million articles. Generating one through Library::storeAll
// would take hours; instead the cached 100k library is copied and its documents, articles and
// ticker rows are written nine more times, each copy moved back in time by the library's span (so
// the new articles of a fetch are still the newest) and given other keys, through the library's own
// connection: the triggers build the full-text index, the per-day ticker counts and every other
// derived row exactly as for imported articles.
namespace Newsdesk::Bench {

QString cachedLargeLibrary(const Options &options, Report &report); // storagebench.cpp

namespace {

constexpr int copies = 9; // beside the original: 10 × 100,002 articles
constexpr qint64 batchDocuments = 1000; // per transaction (about 3,000 articles)
constexpr int newDocuments = 334; // × 3 locales ≈ 1,000 articles per run

void execOrDie(Storage::Connection &connection, const QString &sql, const QVariantList &values = {})
{
    const Result<void> done = values.isEmpty() ? connection.exec(sql) : connection.run(sql, values);
    if (!done)
        qFatal("%s: %s", qPrintable(sql.left(200)), qPrintable(done.error().message));
}

qint64 scalarOrDie(Storage::Connection &connection, const QString &sql)
{
    const Result<QVariant> value = connection.scalar(sql);
    if (!value)
        qFatal("%s: %s", qPrintable(sql), qPrintable(value.error().message));
    return value->toLongLong();
}

// "INSERT INTO table (columns) SELECT expressions FROM table WHERE condition", every column copied
// as it is unless `changed` gives its expression.
QString copyStatement(Storage::Connection &connection, const QString &table, const QHash<QString, QString> &changed,
    const QString &condition)
{
    QStringList columns, expressions;
    Result<Storage::Rows> rows = connection.select(u"SELECT name FROM pragma_table_info('%1')"_qs.arg(table));
    while (rows && rows->next()) {
        const QString column = rows->text(0);
        columns.append(column);
        expressions.append(changed.value(column, column));
    }
    return u"INSERT INTO %1 (%2) SELECT %3 FROM %1 WHERE %4"_qs.arg(
        table, columns.join(u", "), expressions.join(u", "), condition);
}

// The original's document id range, from the cached 100k file itself (the copy grows around it).
std::pair<qint64, qint64> originalRange(const QString &from)
{
    Storage::Library original;
    if (const Result<void> opened = original.open(from); !opened)
        qFatal("%s", qPrintable(opened.error().message));
    return {scalarOrDie(original.connection(), u"SELECT min(id) FROM documents"_qs),
        scalarOrDie(original.connection(), u"SELECT max(id) FROM documents"_qs)};
}

// Writes copies 1..`lastCopy` into `partial` (made from `from` if missing). Each batch is one
// transaction and is skipped when its rows are there, so an interrupted generation resumes.
void generate(const QString &from, const QString &partial, int lastCopy, Report &report)
{
    QElapsedTimer timer;
    timer.start();
    if (!QFile::exists(partial)) {
        report.note(u"copying %1 to %2…"_qs.arg(from, partial));
        if (!QFile::copy(from, partial))
            qFatal("cannot copy %s", qPrintable(from));
    }
    const auto [first, last] = originalRange(from);
    Storage::Library library;
    if (const Result<void> opened = library.open(partial); !opened)
        qFatal("%s", qPrintable(opened.error().message));
    Storage::Connection &connection = library.connection();
    // A larger page cache for the generation only (the measured imports open it anew).
    execOrDie(connection, u"PRAGMA cache_size = -1048576"_qs);
    // Whole seconds, a step beyond the span: copy k lies entirely before copy k - 1.
    const qint64 spanSeconds = ((last >> 8) - (first >> 8)) + 300;
    for (int copy = 1; copy <= lastCopy; ++copy) {
        const qint64 seconds = spanSeconds * copy;
        const qint64 documentShift = seconds << 8;
        const qint64 articleShift = documentShift * 64;
        const QString ms = QString::number(seconds * 1000);
        const QString suffix = u"'~%1'"_qs.arg(copy);
        const QString documents = copyStatement(connection, u"documents"_qs,
            {{u"id"_qs, u"id - "_qs + QString::number(documentShift)}, {u"key"_qs, u"key || "_qs + suffix},
                {u"published"_qs, u"published - "_qs + ms}, {u"added"_qs, u"added - "_qs + ms}},
            u"id BETWEEN ? AND ?"_qs);
        const QString articles = copyStatement(connection, u"articles"_qs,
            {{u"id"_qs, u"id - "_qs + QString::number(articleShift)},
                {u"doc_id"_qs, u"doc_id - "_qs + QString::number(documentShift)}, {u"url"_qs, u"url || "_qs + suffix},
                {u"published"_qs, u"published - "_qs + ms}},
            u"doc_id BETWEEN ? AND ?"_qs);
        const QString tickers = copyStatement(connection, u"article_tickers"_qs,
            {{u"article_id"_qs, u"article_id - "_qs + QString::number(articleShift)},
                {u"doc_id"_qs, u"doc_id - "_qs + QString::number(documentShift)}},
            u"doc_id BETWEEN ? AND ?"_qs);
        // Batches by document id over the original's range, oldest first.
        const qint64 step = ((last - first) / 33334 + 1) * batchDocuments;
        int written = 0;
        for (qint64 low = first; low <= last; low += step) {
            const qint64 high = std::min(last, low + step - 1);
            const Result<QVariant> done
                = connection.scalar(u"SELECT EXISTS (SELECT 1 FROM documents WHERE id BETWEEN ? AND ?)"_qs,
                    {low - documentShift, high - documentShift});
            if (done && done->toBool())
                continue;
            execOrDie(connection, u"BEGIN IMMEDIATE"_qs);
            for (const QString &statement : {documents, articles, tickers})
                execOrDie(connection, statement, {low, high});
            execOrDie(connection, u"COMMIT"_qs);
            ++written;
        }
        // What the reader's writer does once idle (the upkeep merges what the writes added).
        QElapsedTimer tidying;
        tidying.start();
        const int steps = tidyToEnd(library);
        if (written > 0)
            report.note(u"    upkeep: %1 steps, %2 s"_qs.arg(steps).arg(double(tidying.elapsed()) / 1000, 0, 'f', 0));
        report.note(u"  copy %1 of %2: %3 documents, %4 s (%5 batches written)"_qs.arg(copy)
                        .arg(copies)
                        .arg(scalarOrDie(connection, u"SELECT count(*) FROM documents"_qs))
                        .arg(double(timer.elapsed()) / 1000, 0, 'f', 0)
                        .arg(written));
    }
    execOrDie(connection, u"PRAGMA wal_checkpoint(TRUNCATE)"_qs);
}

// Bytes this process read from and wrote to the disk so far (/proc/self/io; reads served by the
// page cache do not count), for where an import's time goes.
std::pair<qint64, qint64> diskBytes()
{
    QFile io(u"/proc/self/io"_qs);
    qint64 read = 0, written = 0;
    if (io.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : io.readAll().split('\n')) {
            if (line.startsWith("read_bytes: "))
                read = line.mid(12).toLongLong();
            else if (line.startsWith("write_bytes: "))
                written = line.mid(13).toLongLong();
        }
    }
    return {read, written};
}

} // namespace

// NEWSDESK_BENCH_STORAGE=million: 1,000 new articles into the 1M library against the same into an
// empty one. The runs write into the cached file itself (a 26 GB copy per invocation would not fit
// beside it), each run's articles newer than everything in it, so the file grows by 1,000 articles
// a run. NEWSDESK_BENCH_MILLION_COPIES=N stops the generation after N of the 9 copies and measures
// the unfinished file (library-1m-….sqlite.partial) as it is; a later run resumes it.
void importIntoMillion(const Options &options, Report &report)
{
    const QString complete
        = options.cacheDir + u"/library-1m-seed2-schema%1.sqlite"_qs.arg(Storage::Library::latestSchemaVersion());
    const QString partial = complete + u".partial"_qs;
    const int lastCopy = std::clamp(qEnvironmentVariableIntValue("NEWSDESK_BENCH_MILLION_COPIES"), 0, copies);
    QString path = complete;
    if (!QFile::exists(complete)) {
        const int target = qEnvironmentVariableIsSet("NEWSDESK_BENCH_MILLION_COPIES") ? lastCopy : copies;
        report.note(u"generating copies 1 to %1 of the 100k library into %2 (resumable)"_qs.arg(target).arg(partial));
        generate(cachedLargeLibrary(options, report), partial, target, report);
        if (target == copies)
            QFile::rename(partial, complete);
        else
            path = partial;
    }
    qint64 documents = 0;
    qint64 newestSeconds = 0;
    {
        Storage::Library library;
        if (const Result<void> opened = library.open(path); !opened)
            qFatal("%s", qPrintable(opened.error().message));
        documents = library.documentCount();
        newestSeconds = scalarOrDie(library.connection(), u"SELECT max(id) FROM documents"_qs) >> 8;
    }
    report.note(u"large library: %1, %2 documents (%3 articles), %4 MB"_qs.arg(path)
                    .arg(documents)
                    .arg(documents * 3)
                    .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 0));
    SyntheticNews news(4);
    QList<double> large, empty, largeCpu, emptyCpu, largeUpkeep, emptyUpkeep;
    for (int run = 0; run < options.runs; ++run) {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(newestSeconds + 60, Qt::UTC);
        const QList<SyntheticArticle> articles
            = news.articles(400000000 + documents + qint64(run) * newDocuments, newDocuments, start, 60);
        newestSeconds += qint64(newDocuments) * 60;
        // Alternating which goes first, so that neither always meets a cold cache.
        // Each import is followed by the upkeep the reader runs once idle, timed apart.
        Duration intoLarge, intoEmpty, upkeepLarge, upkeepEmpty;
        const QString emptyPath = options.workDir + u"/empty-1m.sqlite"_qs;
        removeLibraryFiles(emptyPath);
        std::pair<qint64, qint64> largeDisk;
        QList<double> batches;
        auto intoLargeCounted = [&] {
            const auto before = diskBytes();
            intoLarge = newsdeskImport(path, articles, &batches, &upkeepLarge);
            const auto after = diskBytes();
            largeDisk = {after.first - before.first, after.second - before.second};
        };
        if (run % 2 == 0) {
            intoLargeCounted();
            intoEmpty = newsdeskImport(emptyPath, articles, nullptr, &upkeepEmpty);
        } else {
            intoEmpty = newsdeskImport(emptyPath, articles, nullptr, &upkeepEmpty);
            intoLargeCounted();
        }
        report.note(u"  run %1: large %2 ms (CPU %3 ms; disk read %6 MB, written %7 MB), empty %4 ms (CPU %5 ms)"_qs
                        .arg(run + 1)
                        .arg(intoLarge.wallMs, 0, 'f', 0)
                        .arg(intoLarge.cpuMs, 0, 'f', 0)
                        .arg(intoEmpty.wallMs, 0, 'f', 0)
                        .arg(intoEmpty.cpuMs, 0, 'f', 0)
                        .arg(double(largeDisk.first) / 1e6, 0, 'f', 1)
                        .arg(double(largeDisk.second) / 1e6, 0, 'f', 1));
        QStringList batchTimes;
        for (const double ms : batches)
            batchTimes.append(QString::number(ms, 'f', 0));
        report.note(u"    its batches of 100, ms: "_qs + batchTimes.join(u' '));
        report.note(u"    then the upkeep: large %1 ms, empty %2 ms"_qs.arg(upkeepLarge.wallMs, 0, 'f', 0)
                        .arg(upkeepEmpty.wallMs, 0, 'f', 0));
        largeUpkeep.append(upkeepLarge.wallMs);
        emptyUpkeep.append(upkeepEmpty.wallMs);
        large.append(double(articles.size()) / (intoLarge.wallMs / 1000));
        empty.append(double(articles.size()) / (intoEmpty.wallMs / 1000));
        largeCpu.append(double(articles.size()) / (intoLarge.cpuMs / 1000));
        emptyCpu.append(double(articles.size()) / (intoEmpty.cpuMs / 1000));
    }
    const double ratio = median(large) / median(empty);
    report.figure(u"import 1,000 articles into an empty library"_qs, median(empty), u"articles/s"_qs);
    report.figure(
        u"import 1,000 articles into the %1k library"_qs.arg(documents * 3 / 1000), median(large), u"articles/s"_qs);
    report.figure(u"import 1,000: %1k library / empty library"_qs.arg(documents * 3 / 1000), ratio * 100, u"%"_qs,
        u"≥ 80%"_qs, ratio >= 0.8,
        u"CPU time: %1 vs %2 articles/s, %3%"_qs.arg(median(largeCpu), 0, 'f', 0)
            .arg(median(emptyCpu), 0, 'f', 0)
            .arg(100 * median(largeCpu) / median(emptyCpu), 0, 'f', 1));
    report.figure(u"then the index's upkeep, once idle: %1k library"_qs.arg(documents * 3 / 1000),
        median(largeUpkeep) / 1000, u"s"_qs, {}, std::nullopt,
        u"empty library: %1 s"_qs.arg(median(emptyUpkeep) / 1000, 0, 'f', 2));
}

} // namespace Newsdesk::Bench
