#include "benchmark.h"
#include "core/articleparser.h"
#include "storage/connection.h"
#include "storage/library.h"
#include "storageimport.h"
#include "syntheticnews.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Newsdesk::Bench {

namespace {

constexpr int importDocuments = 3334; // × 3 locales ≈ 10,000 articles
constexpr int largeDocuments = 33334; // × 3 locales ≈ 100,000 articles
constexpr int newDocuments = 334; // × 3 locales ≈ 1,000 articles
constexpr int queryRuns = 21;
const QDateTime libraryStart = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);

// What RSS Guard keeps of the same articles: title and contents (summary and body) as plain text,
// with no full-text index and no original document; the size the library is compared with.
qint64 rssGuardTextBytes(const QList<SyntheticArticle> &articles)
{
    qint64 bytes = 0;
    for (const SyntheticArticle &article : articles)
        bytes += article.title.toUtf8().size() + article.summary.toUtf8().size() + article.body.toUtf8().size();
    return bytes;
}

qint64 librarySize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_qs).size();
}

void reportSize(Report &report, const QString &name, qint64 libraryBytes, qint64 textBytes)
{
    report.figure(name, double(libraryBytes) / 1e6, u"MB"_qs, u"≤ %1 MB"_qs.arg(double(textBytes) / 1e6, 0, 'f', 0),
        libraryBytes <= textBytes,
        u"%1× the RSS Guard-equivalent text (%2 MB)"_qs.arg(double(libraryBytes) / double(textBytes), 0, 'f', 2)
            .arg(double(textBytes) / 1e6, 0, 'f', 0));
}

QString fresh(const Options &options, const QString &name)
{
    const QString path = options.workDir + u'/' + name;
    removeLibraryFiles(path);
    return path;
}

// Import of 10,000 articles: Newsdesk (parse, store, index) against bare SQLite on the same texts.
void importThroughput(const Options &options, Report &report)
{
    SyntheticNews news(1);
    const QList<SyntheticArticle> articles = news.articles(100000000, importDocuments, libraryStart, 300);
    qint64 bytes = 0;
    for (const SyntheticArticle &article : articles)
        bytes += article.markdown.size();
    report.note(u"%1 articles, %2 MB of markdown; %3 runs each"_qs.arg(articles.size())
                    .arg(double(bytes) / 1e6, 0, 'f', 1)
                    .arg(options.runs));
    QList<double> ours, bare, oursCpu, bareCpu, upkeepMs;
    qint64 withLog = 0;
    qint64 checkpointed = 0;
    for (int run = 0; run < options.runs; ++run) {
        const QString path = fresh(options, u"import.sqlite"_qs);
        Duration upkeep;
        const Duration newsdesk = newsdeskImport(path, articles, nullptr, &upkeep);
        withLog = librarySize(path); // after the upkeep, whose merges are in the log until a checkpoint
        {
            Storage::Library library;
            if (library.open(path))
                (void)library.connection().execToEnd(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs);
        }
        checkpointed = librarySize(path);
        upkeepMs.append(upkeep.wallMs);
        const Duration sqlite = bareSqliteInsert(fresh(options, u"bare.sqlite"_qs), articles);
        ours.append(double(articles.size()) / (newsdesk.wallMs / 1000));
        bare.append(double(articles.size()) / (sqlite.wallMs / 1000));
        oursCpu.append(double(articles.size()) / (newsdesk.cpuMs / 1000));
        bareCpu.append(double(articles.size()) / (sqlite.cpuMs / 1000));
    }
    const double ratio = median(ours) / median(bare);
    const QString cpu = u"CPU time: %1 vs %2 articles/s, %3%"_qs.arg(median(oursCpu), 0, 'f', 0)
                            .arg(median(bareCpu), 0, 'f', 0)
                            .arg(100 * median(oursCpu) / median(bareCpu), 0, 'f', 1);
    report.figure(u"import 10k articles: Newsdesk (parse, store, index)"_qs, median(ours), u"articles/s"_qs);
    report.figure(u"import 10k articles: bare SQLite, same FTS index"_qs, median(bare), u"articles/s"_qs);
    report.figure(
        u"import 10k articles: Newsdesk / bare SQLite"_qs, ratio * 100, u"%"_qs, u"≥ 60%"_qs, ratio >= 0.6, cpu);
    report.figure(u"import 10k articles: then the index's upkeep (merges, free pages returned)"_qs,
        median(upkeepMs) / 1000, u"s"_qs, {}, std::nullopt,
        u"after it: %1 MB with its log, %2 MB checkpointed"_qs.arg(double(withLog) / 1e6, 0, 'f', 1)
            .arg(double(checkpointed) / 1e6, 0, 'f', 1));
    reportSize(report, u"library file, 10k articles"_qs, checkpointed, rssGuardTextBytes(articles));
    report.note(u"where it goes: "_qs + spaceByTable(options.workDir + u"/import.sqlite"));
}

// The 100k-article library, generated once through Library::storeAll and kept in the cache.
QString largeLibrary(const Options &options, Report &report)
{
    const QString path
        = options.cacheDir + u"/library-100k-seed2-schema%1.sqlite"_qs.arg(Storage::Library::latestSchemaVersion());
    const QString textBytesPath = path + u".textbytes"_qs;
    if (QFile::exists(path)) {
        report.note(u"100k library: "_qs + path + u" (cached)");
        QFile textBytes(textBytesPath);
        if (textBytes.open(QIODevice::ReadOnly))
            reportSize(report, u"library file, 100k articles"_qs, librarySize(path),
                textBytes.readAll().trimmed().toLongLong());
        return path;
    }
    const QString partial = path + u".partial";
    removeLibraryFiles(partial);
    report.note(u"generating the 100k library once into "_qs + path + u" (a few minutes)…");
    QElapsedTimer timer;
    timer.start();
    qint64 textBytes = 0;
    {
        SyntheticNews news(2);
        Storage::Library library;
        if (const Result<void> opened = library.open(partial); !opened)
            qFatal("%s", qPrintable(opened.error().message));
        constexpr int chunk = 500;
        for (int first = 0; first < largeDocuments; first += chunk) {
            const int count = std::min(chunk, largeDocuments - first);
            const QList<SyntheticArticle> articles
                = news.articles(200000000 + first, count, libraryStart.addSecs(qint64(first) * 300), 300);
            textBytes += rssGuardTextBytes(articles);
            QList<Core::Article> batch;
            for (const SyntheticArticle &article : articles) {
                batch.append(Core::parseArticle(article.markdown));
                if (batch.size() == 500) {
                    (void)library.storeAll(batch);
                    batch.clear();
                }
            }
            (void)library.storeAll(batch);
            if ((first / chunk) % 10 == 9)
                report.note(u"  %1 of %2 documents"_qs.arg(first + count).arg(largeDocuments));
        }
        report.note(u"  %1 documents, integrity %2"_qs.arg(library.documentCount())
                        .arg(library.checkIntegrity().ok() ? u"ok"_qs : u"FAILED"_qs));
    }
    QFile::rename(partial, path);
    report.note(u"generated in %1 s"_qs.arg(double(timer.elapsed()) / 1000, 0, 'f', 0));
    if (QFile textBytesFile(textBytesPath); textBytesFile.open(QIODevice::WriteOnly))
        textBytesFile.write(QByteArray::number(textBytes));
    reportSize(report, u"library file, 100k articles"_qs, librarySize(path), textBytes);
    return path;
}

} // namespace

void storageQueries(const Options &options, Report &report, Storage::Library &library, const QStringList &watchlist)
{
    using Storage::ListFilter;
    const QString phraseQuery = u"\"data center\""_qs;
    const QString chinesePhrase = u"投资者"_qs;
    struct Query
    {
        QString name;
        ListFilter filter;
        int limit;
    };
    const QList<Query> queries{
        {u"full-text, common word (%1): newest 50"_qs.arg(SyntheticNews::commonWord()),
            {ListFilter::View::All, {}, SyntheticNews::commonWord()}, 50},
        {u"full-text, rare word (%1): newest 50"_qs.arg(SyntheticNews::rareWord()),
            {ListFilter::View::All, {}, SyntheticNews::rareWord()}, 50},
        {u"full-text, prefix (%1): newest 50"_qs.arg(SyntheticNews::prefixQuery()),
            {ListFilter::View::All, {}, SyntheticNews::prefixQuery()}, 50},
        {u"full-text, two Chinese characters (%1): newest 50"_qs.arg(SyntheticNews::chineseQuery()),
            {ListFilter::View::All, {}, SyntheticNews::chineseQuery()}, 50},
        // Phrases need the index's positions: two English words, and three Chinese characters (two
        // overlapping bigrams).
        {u"full-text, phrase (%1): newest 50"_qs.arg(phraseQuery), {ListFilter::View::All, {}, phraseQuery}, 50},
        {u"full-text, three Chinese characters (%1): newest 50"_qs.arg(chinesePhrase),
            {ListFilter::View::All, {}, chinesePhrase}, 50},
        {u"watchlist filter, 10 tickers: newest 50"_qs, {ListFilter::View::All, watchlist, {}}, 50},
        {u"list: newest 200 rows"_qs, {}, 200},
    };
    for (const Query &query : queries) {
        int returned = 0;
        const QList<double> times = timeRuns(
            std::max(options.runs, queryRuns), [&] { returned = int(library.rows(query.filter, query.limit).size()); });
        const double ms = median(times);
        report.figure(query.name, ms, u"ms"_qs, u"< 20 ms"_qs, ms < 20,
            u"%1 of %2 documents"_qs.arg(returned).arg(library.count(query.filter)));
    }

    // Not targets of the issue, but what the reader does often.
    const Storage::DocId deep = library.rows({}, 15000).last().docId;
    report.figure(u"list: a page of 200 rows 15,000 documents down"_qs,
        median(timeRuns(queryRuns, [&] { (void)library.rows({}, 200, deep); })), u"ms"_qs);
    for (const QString &ticker : watchlist)
        (void)library.addToWatchlist(ticker);
    report.figure(u"watchlist: 10 tickers with unread counts"_qs,
        median(timeRuns(queryRuns, [&] { (void)library.watchlist(); })), u"ms"_qs);
    report.figure(u"count of common-word matches"_qs,
        median(timeRuns(5,
            [&] {
                (void)library.count({ListFilter::View::All, {}, SyntheticNews::commonWord()});
            })),
        u"ms"_qs);
}

namespace {

// 1,000 new articles into the 100k library against the same into an empty one.
void importIntoLarge(const Options &options, Report &report, const QString &largeCopy)
{
    SyntheticNews news(3);
    QList<double> large, empty, largeCpu, emptyCpu, largeUpkeep, emptyUpkeep;
    for (int run = 0; run < options.runs; ++run) {
        // New articles are the newest, as a fetch brings them.
        const QList<SyntheticArticle> articles = news.articles(300000000 + qint64(run) * newDocuments, newDocuments,
            libraryStart.addSecs(qint64(largeDocuments) * 300 + qint64(run) * newDocuments * 60), 60);
        // Each import is followed by the upkeep the reader runs once idle, timed apart: the next
        // run finds the library as a reader would.
        Duration upkeepLarge, upkeepEmpty;
        const Duration intoLarge = newsdeskImport(largeCopy, articles, nullptr, &upkeepLarge);
        const Duration intoEmpty = newsdeskImport(fresh(options, u"empty.sqlite"_qs), articles, nullptr, &upkeepEmpty);
        largeUpkeep.append(upkeepLarge.wallMs);
        emptyUpkeep.append(upkeepEmpty.wallMs);
        large.append(double(articles.size()) / (intoLarge.wallMs / 1000));
        empty.append(double(articles.size()) / (intoEmpty.wallMs / 1000));
        largeCpu.append(double(articles.size()) / (intoLarge.cpuMs / 1000));
        emptyCpu.append(double(articles.size()) / (intoEmpty.cpuMs / 1000));
    }
    const double ratio = median(large) / median(empty);
    report.figure(u"import 1,000 articles into an empty library"_qs, median(empty), u"articles/s"_qs);
    report.figure(u"import 1,000 articles into the 100k library"_qs, median(large), u"articles/s"_qs);
    report.figure(u"import 1,000: 100k library / empty library"_qs, ratio * 100, u"%"_qs, u"≥ 80%"_qs, ratio >= 0.8,
        u"CPU time: %1%"_qs.arg(100 * median(largeCpu) / median(emptyCpu), 0, 'f', 1));
    report.figure(u"then the index's upkeep, once idle: 100k library / empty library"_qs, median(largeUpkeep) / 1000,
        u"s"_qs, {}, std::nullopt, u"empty library: %1 s"_qs.arg(median(emptyUpkeep) / 1000, 0, 'f', 2));
}

} // namespace

// NEWSDESK_BENCH_STORAGE=import,queries,large picks parts (default: all three).
void storageBenchmark(const Options &options, Report &report)
{
    const QStringList parts = qEnvironmentVariable("NEWSDESK_BENCH_STORAGE", u"import,queries,large"_qs).split(u',');
    if (parts.contains(u"import"))
        importThroughput(options, report);
    if (parts.contains(u"sizes"))
        storageSizes(options, report);
    if (parts.contains(u"million"))
        importIntoMillion(options, report);
    if (!parts.contains(u"queries") && !parts.contains(u"large"))
        return;

    const QString cached = largeLibrary(options, report);
    // Queries and the import run on a copy: the cached library stays as generated.
    const QString copy = fresh(options, u"library-100k.sqlite"_qs);
    if (!QFile::copy(cached, copy))
        qFatal("cannot copy %s", qPrintable(cached));
    if (parts.contains(u"queries")) {
        Storage::Library library;
        if (const Result<void> opened = library.open(copy); !opened)
            qFatal("%s", qPrintable(opened.error().message));
        report.note(u"on %1 documents (%2 articles); medians of %3 runs"_qs.arg(library.documentCount())
                        .arg(library.documentCount() * 3)
                        .arg(std::max(options.runs, queryRuns)));
        storageQueries(options, report, library, SyntheticNews(2).watchlist());
    }
    if (parts.contains(u"large"))
        importIntoLarge(options, report, copy);
}

// The cached 100k library for the other sections (the feed refresh into it).
QString cachedLargeLibrary(const Options &options, Report &report)
{
    return largeLibrary(options, report);
}

} // namespace Newsdesk::Bench
