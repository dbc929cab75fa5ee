#include "storageimport.h"

#include "core/articleparser.h"
#include "storage/cjktokenizer.h"
#include "storage/connection.h"
#include "storage/library.h"

#include <QElapsedTimer>

#include <ctime>
#include <sqlite3.h>

namespace Newsdesk::Bench {

namespace {

constexpr qsizetype batchSize = 100; // as importcommand.cpp

void execOrDie(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        qFatal("bare SQLite: %s: %s", sql, message);
    }
}

// Starts at construction; both clocks.
class Stopwatch
{
public:
    Stopwatch()
    {
        m_wall.start();
        m_cpu = cpuNow();
    }
    Duration elapsed() const { return {double(m_wall.nsecsElapsed()) / 1e6, (cpuNow() - m_cpu) / 1e6}; }

private:
    static double cpuNow()
    {
        timespec now{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e9 + double(now.tv_nsec);
    }
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

} // namespace

int tidyToEnd(Storage::Library &library)
{
    for (int steps = 0;; ++steps) {
        const Result<bool> more = library.tidySearchIndex();
        if (!more)
            qFatal("upkeep: %s", qPrintable(more.error().message));
        if (!*more)
            return steps;
    }
}

Duration newsdeskImport(
    const QString &path, const QList<SyntheticArticle> &articles, QList<double> *batchMs, Duration *upkeep)
{
    Storage::Library library;
    if (const Result<void> opened = library.open(path); !opened)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error().message));
    // Settings tried against the shipped ones (a pragma per statement, separated by ';').
    for (const QString &sql : qEnvironmentVariable("NEWSDESK_BENCH_IMPORT_SQL").split(u';', Qt::SkipEmptyParts)) {
        if (const Result<void> done = library.connection().exec(sql); !done)
            qFatal("%s: %s", qPrintable(sql), qPrintable(done.error().message));
    }
    const Stopwatch stopwatch;
    QElapsedTimer batchTimer;
    batchTimer.start();
    QList<Core::Article> batch;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        batch.append(Core::parseArticle(articles.at(i).markdown));
        if (batch.size() == batchSize || i + 1 == articles.size()) {
            for (const Result<Storage::StoreOutcome> &result : library.storeAll(batch)) {
                if (!result)
                    qFatal("not stored: %s", qPrintable(result.error().message));
            }
            batch.clear();
            if (batchMs)
                batchMs->append(double(batchTimer.nsecsElapsed()) / 1e6);
            batchTimer.restart();
        }
    }
    const Duration imported = stopwatch.elapsed();
    if (upkeep) {
        const Stopwatch tidying;
        (void)tidyToEnd(library);
        *upkeep = tidying.elapsed();
    }
    return imported;
}

Duration bareSqliteInsert(const QString &path, const QList<SyntheticArticle> &articles)
{
    struct Texts
    {
        QByteArray title, summary, body;
    };
    QList<Texts> texts;
    texts.reserve(articles.size());
    for (const SyntheticArticle &article : articles)
        texts.append({article.title.toUtf8(), article.summary.toUtf8(), article.body.toUtf8()});

    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        qFatal("bare SQLite: cannot open %s", qPrintable(path));
    execOrDie(db, "PRAGMA journal_mode = WAL");
    execOrDie(db, "PRAGMA synchronous = NORMAL");
    execOrDie(db, "PRAGMA cache_size = -32768");
    if (!Storage::registerCjkTokenizer(db).ok())
        qFatal("bare SQLite: no tokenizer");
    execOrDie(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, title TEXT, summary TEXT, body TEXT)");
    execOrDie(db,
        "CREATE VIRTUAL TABLE t_fts USING fts5(title, summary, body, content = 't', content_rowid = 'id', "
        "tokenize = 'newsdesk', prefix = '3 4 5')");
    // The same merge settings as the library (migrations 4 and 14): writes do not merge.
    execOrDie(db, "INSERT INTO t_fts(t_fts, rank) VALUES ('automerge', 0)");
    execOrDie(db, "INSERT INTO t_fts(t_fts, rank) VALUES ('usermerge', 16)");
    execOrDie(db, "INSERT INTO t_fts(t_fts, rank) VALUES ('crisismerge', 64)");
    execOrDie(db, "INSERT INTO t_fts(t_fts, rank) VALUES ('hashsize', 8388608)");
    execOrDie(db,
        "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN INSERT INTO t_fts(rowid, title, summary, body) "
        "VALUES (new.id, new.title, new.summary, new.body); END");
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t (id, title, summary, body) VALUES (?, ?, ?, ?)", -1, &insert, nullptr);

    const Stopwatch stopwatch;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i % batchSize == 0)
            execOrDie(db, "BEGIN IMMEDIATE");
        const Texts &row = texts.at(i);
        sqlite3_bind_int64(insert, 1, i + 1);
        sqlite3_bind_text(insert, 2, row.title.constData(), int(row.title.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, row.summary.constData(), int(row.summary.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 4, row.body.constData(), int(row.body.size()), SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE)
            qFatal("bare SQLite: insert failed: %s", sqlite3_errmsg(db));
        sqlite3_reset(insert);
        if (i % batchSize == batchSize - 1 || i + 1 == texts.size())
            execOrDie(db, "COMMIT");
    }
    const Duration duration = stopwatch.elapsed();
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return duration;
}

QString spaceByTable(const QString &path)
{
    sqlite3 *db = nullptr;
    QStringList parts;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8", -1,
                &statement, nullptr)
            == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW) {
                parts.append(
                    u"%1 %2 MB"_qs
                        .arg(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))))
                        .arg(double(sqlite3_column_int64(statement, 1)) / 1e6, 0, 'f', 1));
            }
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return parts.join(u", ");
}

} // namespace Newsdesk::Bench
