#include "storage/connection.h"
#include "storage/library.h"
#include "storageimport.h"
#include "syntheticnews.h"

#include <QFileInfo>

#include <sqlite3.h>
#include <zdict.h>
#include <zstd.h>

// What each way of shrinking the library would give at 10k articles: the full-text index rebuilt
// with other options (positions, prefix indexes, column sizes) before the import, each into a new
// file through Library::storeAll as `newsdesk import` does; then the packed texts with a zstd
// dictionary trained on the corpus beside today's packing. Nothing here changes the shipped schema:
// each variant replaces the index of a freshly made library before the first article.
namespace Newsdesk::Bench {

namespace {

constexpr int sizeDocuments = 3334; // × 3 locales ≈ 10,000 articles, as the import part
const QDateTime sizeStart = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);

struct Variant
{
    QString name;
    QString options; // appended to the fts5(...) arguments
};

// NEWSDESK_BENCH_FTS="name=options;name=options" replaces the list (options such as
// "detail=column, prefix='4'").
QList<Variant> variants()
{
    const QString custom = qEnvironmentVariable("NEWSDESK_BENCH_FTS");
    if (!custom.isEmpty()) {
        QList<Variant> list;
        for (const QString &item : custom.split(u';', Qt::SkipEmptyParts)) {
            const qsizetype equals = item.indexOf(u'=');
            list.append({item.left(equals), item.mid(equals + 1)});
        }
        return list;
    }
    return {
        {u"full, prefix 3 4 5 (shipped)"_qs, u"prefix = '3 4 5'"_qs},
        {u"full, no prefix"_qs, {}},
        {u"full, prefix 4"_qs, u"prefix = '4'"_qs},
        {u"full, prefix 3 4 5, columnsize=0"_qs, u"prefix = '3 4 5', columnsize = 0"_qs},
        {u"full, no prefix, columnsize=0"_qs, u"columnsize = 0"_qs},
        {u"column, prefix 3 4 5"_qs, u"detail = column, prefix = '3 4 5'"_qs},
        {u"column, no prefix, columnsize=0"_qs, u"detail = column, columnsize = 0"_qs},
        {u"none, prefix 4"_qs, u"detail = none, prefix = '4', columnsize = 0"_qs},
        {u"none, no prefix, columnsize=0"_qs, u"detail = none, columnsize = 0"_qs},
    };
}

void execOrDie(Storage::Connection &connection, const QString &sql)
{
    if (const Result<void> done = connection.exec(sql); !done)
        qFatal("%s: %s", qPrintable(sql), qPrintable(done.error().message));
}

// A new library at `path` whose full-text index has `options`; the triggers as shipped.
void makeLibrary(const QString &path, const QString &options)
{
    removeLibraryFiles(path);
    Storage::Library library;
    if (const Result<void> opened = library.open(path); !opened)
        qFatal("%s", qPrintable(opened.error().message));
    Storage::Connection &connection = library.connection();
    QStringList triggers;
    {
        Result<Storage::Rows> rows
            = connection.select(u"SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'articles'"_qs);
        while (rows && rows->next())
            triggers.append(rows->text(0));
    }
    execOrDie(connection, u"BEGIN"_qs);
    for (const char *trigger : {"articles_fts_insert", "articles_fts_delete", "articles_fts_update"})
        execOrDie(connection, u"DROP TRIGGER "_qs + QLatin1StringView(trigger));
    execOrDie(connection, u"DROP TABLE article_fts"_qs);
    execOrDie(connection,
        u"CREATE VIRTUAL TABLE article_fts USING fts5(title, summary, body, content = 'article_text', "
        "content_rowid = 'id', tokenize = 'newsdesk'%1)"_qs.arg(options.isEmpty() ? QString() : u", "_qs + options));
    execOrDie(connection, u"INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', 16)"_qs);
    execOrDie(connection, u"INSERT INTO article_fts(article_fts, rank) VALUES ('hashsize', 8388608)"_qs);
    for (const QString &trigger : triggers)
        execOrDie(connection, trigger);
    execOrDie(connection, u"COMMIT"_qs);
}

// Bytes per table or index (dbstat), the full-text index's shadow tables summed as one.
struct Space
{
    qint64 file = 0, fts = 0, articles = 0, rest = 0, free = 0;
};

Space spaceOf(const QString &path)
{
    Space space;
    space.file = QFileInfo(path).size() + QFileInfo(path + u"-wal"_qs).size();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT name, sum(pgsize) FROM dbstat GROUP BY name", -1, &statement, nullptr)
            == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW) {
                const QByteArray name(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
                const qint64 bytes = sqlite3_column_int64(statement, 1);
                if (name.startsWith("article_fts"))
                    space.fts += bytes;
                else if (name == "articles")
                    space.articles += bytes;
                else
                    space.rest += bytes;
            }
        }
        sqlite3_finalize(statement);
        if (sqlite3_prepare_v2(db,
                "SELECT (SELECT freelist_count FROM pragma_freelist_count) * "
                "(SELECT page_size FROM pragma_page_size)",
                -1, &statement, nullptr)
                == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            space.free = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return space;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1);
}

// The packed bodies: today's frames (level 3, no dictionary) against frames with a dictionary
// trained on a tenth of the bodies, and against level 19. Titles and summaries are stored as text.
void packing(Report &report, const QList<SyntheticArticle> &articles, qint64 textBytes)
{
    QList<QByteArray> bodies;
    for (const SyntheticArticle &article : articles)
        bodies.append(article.body.toUtf8());
    QByteArray samples;
    std::vector<size_t> sampleSizes;
    for (qsizetype i = 0; i < bodies.size(); i += 10) {
        samples.append(bodies.at(i));
        sampleSizes.push_back(size_t(bodies.at(i).size()));
    }
    struct Packing
    {
        QString name;
        int level;
        qsizetype dictionaryBytes;
    };
    const QList<Packing> packings{{u"level 3, no dictionary (shipped)"_qs, 3, 0},
        {u"level 19, no dictionary"_qs, 19, 0}, {u"level 3, 112 KB dictionary"_qs, 3, 112 * 1024},
        {u"level 19, 112 KB dictionary"_qs, 19, 112 * 1024}, {u"level 3, 1 MB dictionary"_qs, 3, 1024 * 1024},
        {u"level 19, 1 MB dictionary"_qs, 19, 1024 * 1024}};
    qint64 raw = 0;
    for (const QByteArray &body : bodies)
        raw += body.size();
    report.note(u"bodies: %1 MB of UTF-8 (of %2 MB RSS Guard-equivalent text)"_qs.arg(megabytes(raw))
                    .arg(megabytes(textBytes)));
    ZSTD_CCtx *context = ZSTD_createCCtx();
    for (const Packing &packing : packings) {
        QByteArray dictionary;
        if (packing.dictionaryBytes) {
            dictionary.resize(packing.dictionaryBytes);
            const size_t size = ZDICT_trainFromBuffer(dictionary.data(), size_t(dictionary.size()), samples.constData(),
                sampleSizes.data(), unsigned(sampleSizes.size()));
            if (ZDICT_isError(size)) {
                report.note(packing.name + u": no dictionary: "_qs + QString::fromUtf8(ZDICT_getErrorName(size)));
                continue;
            }
            dictionary.truncate(qsizetype(size));
        }
        ZSTD_CDict *cdict = dictionary.isEmpty()
            ? nullptr
            : ZSTD_createCDict(dictionary.constData(), size_t(dictionary.size()), packing.level);
        QElapsedTimer timer;
        timer.start();
        qint64 packed = 0;
        QByteArray frame;
        for (const QByteArray &body : bodies) {
            frame.resize(qsizetype(ZSTD_compressBound(size_t(body.size()))));
            const size_t written = cdict ? ZSTD_compress_usingCDict(context, frame.data(), size_t(frame.size()),
                                       body.constData(), size_t(body.size()), cdict)
                                         : ZSTD_compressCCtx(context, frame.data(), size_t(frame.size()),
                                             body.constData(), size_t(body.size()), packing.level);
            packed += ZSTD_isError(written) ? body.size() : qint64(written);
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        ZSTD_freeCDict(cdict);
        report.note(u"bodies packed, %1: %2 MB (%3:1), %4 ms for all"_qs.arg(packing.name, megabytes(packed))
                        .arg(double(raw) / double(packed), 0, 'f', 2)
                        .arg(ms, 0, 'f', 0));
    }
    ZSTD_freeCCtx(context);
}

// Without positions the index cannot match a phrase; the nearest it can do is match its words and
// check each candidate's text for the phrase (here a plain substring of the lower-cased text, an
// upper bound on the work a real check would do less of). The cost is the candidates', not the
// matches': every article with both words is unpacked until 50 have the phrase.
void verifiedPhrases(Report &report, Storage::Library &library)
{
    struct Phrase
    {
        QString name, match, text;
    };
    const QList<Phrase> phrases{{u"\"data center\""_qs, u"\"data\" AND \"center\""_qs, u"data center"_qs},
        {u"投资者"_qs, u"\"投资\" AND \"资者\""_qs, u"投资者"_qs}};
    for (const Phrase &phrase : phrases) {
        int found = 0;
        const QList<double> times = timeRuns(5, [&] {
            found = 0;
            Result<Storage::Rows> rows = library.connection().select(
                u"SELECT a.id FROM article_fts JOIN articles a ON a.id = article_fts.rowid "
                "WHERE article_fts MATCH ? AND instr(lower(a.title || ' ' || a.summary || ' ' || "
                "newsdesk_text(a.body)), ?) > 0 ORDER BY article_fts.rowid DESC LIMIT 50"_qs,
                {phrase.match, phrase.text});
            while (rows && rows->next())
                ++found;
        });
        const Result<QVariant> candidates = library.connection().scalar(
            u"SELECT count(*) FROM article_fts WHERE article_fts MATCH ?"_qs, {phrase.match});
        report.figure(u"phrase %1 by words, then each text checked: newest 50"_qs.arg(phrase.name), median(times),
            u"ms"_qs, u"< 20 ms"_qs, median(times) < 20,
            u"%1 articles found of %2 candidates"_qs.arg(found).arg(candidates ? candidates->toLongLong() : -1));
    }
}

} // namespace

// NEWSDESK_BENCH_STORAGE=sizes: the variants' sizes and import times at 10k; with
// NEWSDESK_BENCH_SIZES_QUERIES=1 also the query figures on each 10k library.
void storageSizes(const Options &options, Report &report)
{
    SyntheticNews news(1);
    const QList<SyntheticArticle> articles = news.articles(100000000, sizeDocuments, sizeStart, 300);
    qint64 textBytes = 0;
    for (const SyntheticArticle &article : articles)
        textBytes += article.title.toUtf8().size() + article.summary.toUtf8().size() + article.body.toUtf8().size();
    report.note(u"%1 articles, %2 MB of RSS Guard-equivalent text"_qs.arg(articles.size()).arg(megabytes(textBytes)));
    if (qEnvironmentVariable("NEWSDESK_BENCH_SIZES_PACKING", u"1"_qs) == u"1")
        packing(report, articles, textBytes);
    const bool withQueries = qEnvironmentVariableIntValue("NEWSDESK_BENCH_SIZES_QUERIES") == 1;
    for (const Variant &variant : variants()) {
        const QString path = options.workDir + u"/sizes.sqlite"_qs;
        makeLibrary(path, variant.options);
        const Duration import = newsdeskImport(path, articles);
        const Space space = spaceOf(path);
        report.note(
            u"%1 | file %2 MB (%3×) | full-text %4 MB | articles %5 MB | rest %6 MB | free pages %9 MB | import %7/s (CPU %8/s)"_qs
                .arg(variant.name, megabytes(space.file))
                .arg(double(space.file) / double(textBytes), 0, 'f', 2)
                .arg(megabytes(space.fts), megabytes(space.articles), megabytes(space.rest))
                .arg(double(articles.size()) / (import.wallMs / 1000), 0, 'f', 0)
                .arg(double(articles.size()) / (import.cpuMs / 1000), 0, 'f', 0)
                .arg(megabytes(space.free)));
        if (withQueries) {
            Storage::Library library;
            if (const Result<void> opened = library.open(path); !opened)
                qFatal("%s", qPrintable(opened.error().message));
            storageQueries(options, report, library, SyntheticNews(1).watchlist());
            if (variant.options.contains(u"detail"))
                verifiedPhrases(report, library);
        }
    }
}

} // namespace Newsdesk::Bench
