#include "core/articleparser.h"
#include "core/ticker.h"
#include "storage/articlecodec.h"
#include "storage/connection.h"
#include "storage/library.h"
#include "storage/migrations.h"
#include "testarticles.h"
#include "tickerdayscheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Storage;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs statements on a plain connection of the test's own, outside the Library.
void rawExec(const QString &path, const QStringList &statements)
{
    Connection raw;
    QVERIFY(raw.open(path).ok());
    for (const QString &statement : statements)
        QVERIFY2(raw.exec(statement).ok(), qPrintable(statement));
}

QVariant pragma(Library &library, const QString &name)
{
    const Result<QVariant> value = library.connection().scalar(u"PRAGMA "_qs + name);
    return value ? value.value() : QVariant();
}

// Lays out the schema as an older release left it: the migration steps up to and including
// version, and that user_version.
void createSchemaUpTo(Connection &connection, int version)
{
    QVERIFY(connection.exec(u"PRAGMA foreign_keys = ON"_qs).ok());
    for (const MigrationStep &step : migrationSteps()) {
        if (step.version > version)
            break;
        for (const char *statement : step.statements)
            QVERIFY2(connection.exec(QString::fromUtf8(statement)).ok(), statement);
    }
    QVERIFY(connection.exec(u"PRAGMA user_version = %1"_qs.arg(version)).ok());
}

} // namespace

// The library file: created on first use, upgraded stepwise, never touched when it is newer
// than this code or not a Newsdesk library.
class TestLibrarySchema final : public QObject
{
    Q_OBJECT

private slots:
    void createsNewLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/folder/library.sqlite"_qs);
        Library library;
        const Result<void> opened = library.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QVERIFY(QFile::exists(path));
        QCOMPARE(library.schemaVersion(), Library::latestSchemaVersion());
        QCOMPARE(pragma(library, u"user_version"_qs).toInt(), Library::latestSchemaVersion());
        QCOMPARE(pragma(library, u"journal_mode"_qs).toString(), u"wal"_qs);
        QCOMPARE(pragma(library, u"foreign_keys"_qs).toInt(), 1);
        QCOMPARE(pragma(library, u"synchronous"_qs).toInt(), 1); // NORMAL
        QCOMPARE(library.documentCount(), 0);
    }

    void migrationStepsAreOrdered()
    {
        int expected = 1;
        for (const MigrationStep &step : migrationSteps()) {
            QCOMPARE(step.version, expected++);
            QVERIFY(!step.statements.empty());
        }
        QCOMPARE(latestSchemaVersion(), expected - 1);
    }

    void upgradesVersionZero_data()
    {
        QTest::addColumn<QStringList>("setup");
        QTest::newRow("nominal: zero-byte file") << QStringList();
        QTest::newRow("nominal: empty database, version 0")
            << QStringList{u"CREATE TABLE scratch (a)"_qs, u"DROP TABLE scratch"_qs};
    }

    void upgradesVersionZero()
    {
        QFETCH(QStringList, setup);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        rawExec(path, setup);
        Library library;
        QVERIFY(library.open(path).ok());
        QCOMPARE(library.schemaVersion(), Library::latestSchemaVersion());
        QVERIFY(library.store(Tests::article(u"1"_qs, u"en"_qs, u"First"_qs, Tests::utc("2026-03-12T08:30:00Z"))).ok());
        QCOMPARE(library.documentCount(), 1);
    }

    void upgradesVersionOneWithItsArticles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v1.sqlite"_qs);
        {
            // A library as version 1 left it, written with version 1's own statements.
            Connection connection;
            QVERIFY(connection.open(path).ok());
            QVERIFY(connection.exec(u"PRAGMA foreign_keys = ON"_qs).ok());
            for (const char *statement : migrationSteps().front().statements)
                QVERIFY2(connection.exec(QString::fromUtf8(statement)).ok(), statement);
            QVERIFY(connection.exec(u"PRAGMA user_version = 1"_qs).ok());
            for (const char *statement : {"INSERT INTO documents (id, key, published, added, read) VALUES (100, 'a', "
                                          "0, 0, 0), (200, 'b', 0, 0, 1)",
                     "INSERT INTO articles (id, doc_id, locale, title, content_hash, stored, body) VALUES "
                     "(6400, 100, 'en', 'Semiconductor orders', x'00', 0, 'Orders for chips doubled.'), "
                     "(12800, 200, 'zh-CN', '半导体订单', x'00', 0, '芯片订单翻倍。')",
                     "INSERT INTO article_tickers (article_id, key, doc_id, ticker, related) VALUES "
                     "(6400, '700.HK', 100, '0700.HK', 1), (12800, '700.HK', 200, '00700.HK', 1)"}) {
                QVERIFY2(connection.exec(QString::fromUtf8(statement)).ok(), statement);
            }
        }
        Library library;
        const Result<void> opened = library.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(library.schemaVersion(), Library::latestSchemaVersion());
        QVERIFY2(library.checkIntegrity().ok(), qPrintable(library.checkIntegrity().error().message));
        QCOMPARE(library.rows({ListFilter::View::All, {}, u"semicond*"_qs}, 10).size(), 1);
        QCOMPARE(library.rows({ListFilter::View::All, {}, u"芯片"_qs}, 10).size(), 1);
        QVERIFY(library.addToWatchlist(u"700.HK"_qs).ok());
        QCOMPARE(library.watchlist().first().unread, 1); // b was read before the upgrade
        QCOMPARE(library.rows({ListFilter::View::Unread, {u"700.HK"_qs}, {}}, 10).size(), 1);
    }

    // A library as version 4 left it (plain bodies and sources) is packed on upgrade and compacted:
    // the article reads back unchanged, the index still finds its body, and the file shrinks.
    void packsTheTextsOfAnOlderLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v4.sqlite"_qs);
        const QString body
            = u"Orders for zirconium chips doubled again this quarter, the company said. "_qs.repeated(300);
        const QString source = u"---\ntitle: \"Chips\"\n---\n\n"_qs + body;
        {
            Connection connection;
            QVERIFY(connection.open(path).ok());
            createSchemaUpTo(connection, 4);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(
                connection.run(u"INSERT INTO documents (id, key, published, added) VALUES (100, 'a', 0, 0)"_qs).ok());
            for (int i = 0; i < 20; ++i) {
                QVERIFY(
                    connection
                        .run(u"INSERT INTO articles (id, doc_id, locale, title, content_hash, stored, body, source) "
                             u"VALUES (?, 100, ?, 'Chips', x'00', 0, ?, ?)"_qs,
                            {6400 + i, u"l%1"_qs.arg(i), body, source})
                        .ok());
            }
        }
        const qint64 before = QFileInfo(path).size() + QFileInfo(path + u"-wal"_qs).size();
        Library library;
        const Result<void> opened = library.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(library.schemaVersion(), Library::latestSchemaVersion());
        QVERIFY2(library.checkIntegrity().ok(), qPrintable(library.checkIntegrity().error().message));
        const Result<Core::Article> article = library.article(library.findDocument(u"a"_qs).value(), u"l3"_qs);
        QVERIFY(article.ok());
        QCOMPARE(article->body, body);
        QCOMPARE(article->source, source);
        QCOMPARE(library.connection().scalar(u"SELECT typeof(body) FROM articles WHERE id = 6403"_qs)->toString(),
            u"blob"_qs);
        QCOMPARE(library.rows({ListFilter::View::All, {}, u"zirconium"_qs}, 10).size(), 1);
        QCOMPARE(pragma(library, u"auto_vacuum"_qs).toInt(), 2); // incremental
        const qint64 after = QFileInfo(path).size() + QFileInfo(path + u"-wal"_qs).size();
        // The tables and indexes added since version 4 take pages of their own, empty or not.
        const auto emptySize = [&](int version) -> qint64 {
            const QString empty = dir.filePath(u"empty%1.sqlite"_qs.arg(version));
            {
                Connection connection;
                if (!connection.open(empty).ok())
                    return -1;
                createSchemaUpTo(connection, version);
            }
            return QFileInfo(empty).size() + QFileInfo(empty + u"-wal"_qs).size();
        };
        const qint64 addedSchema = emptySize(Library::latestSchemaVersion()) - emptySize(4);
        QVERIFY(addedSchema >= 0);
        QVERIFY2((after - addedSchema) * 3 < before,
            qPrintable(u"%1 → %2 bytes (%3 of them new empty tables)"_qs.arg(before).arg(after).arg(addedSchema)));
    }

    // A library as version 5 left it (origins and offline-copy state, plain texts): packing its
    // texts keeps where each document came from and whether its offline copy is whole.
    void packingKeepsOriginsAndOfflineCopies()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v5.sqlite"_qs);
        const QString body = u"Gallium export curbs tightened again, the ministry said. "_qs.repeated(200);
        const QString source = u"---\ntitle: \"Gallium\"\n---\n\n"_qs + body;
        {
            Connection connection;
            QVERIFY(connection.open(path).ok());
            createSchemaUpTo(connection, 5);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(
                connection
                    .run(u"INSERT INTO documents (id, key, published, added, bookmarked, origin_host, offline_copy) "
                         u"VALUES (100, 'news.example.com/news/77', 0, 0, 5, 'news.example.com', 0), "
                         u"(200, 'b', 0, 0, NULL, NULL, NULL)"_qs)
                    .ok());
            QVERIFY(connection
                        .run(u"INSERT INTO articles (id, doc_id, locale, title, content_hash, stored, body, source) "
                             u"VALUES (6400, 100, 'en', 'Gallium', x'00', 0, ?, ?), "
                             u"(12800, 200, 'en', 'Plain', x'00', 0, 'A short note.', '')"_qs,
                            {body, source})
                        .ok());
        }
        Library library;
        const Result<void> opened = library.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(library.schemaVersion(), Library::latestSchemaVersion());
        QVERIFY2(library.checkIntegrity().ok(), qPrintable(library.checkIntegrity().error().message));
        const DocId fetched = library.findDocument(u"news.example.com/news/77"_qs).value();
        const DocId local = library.findDocument(u"b"_qs).value();
        QCOMPARE(library.originHost(fetched), u"news.example.com"_qs);
        QCOMPARE(library.originHost(local), QString());
        QCOMPARE(library.offlineCopy(fetched), OfflineCopy::Incomplete);
        QCOMPARE(library.offlineCopy(local), OfflineCopy::None);
        const Result<Core::Article> article = library.article(fetched, u"en"_qs);
        QVERIFY(article.ok());
        QCOMPARE(article->body, body);
        QCOMPARE(article->source, source);
        QCOMPARE(library.connection().scalar(u"SELECT typeof(body) FROM articles WHERE id = 6400"_qs)->toString(),
            u"blob"_qs);
        QCOMPARE(library.rows({ListFilter::View::All, {}, u"gallium"_qs}, 10).size(), 1);
        QCOMPARE(library.rows({ListFilter::View::Bookmarked, {}, {}}, 10).size(), 1);
        QCOMPARE(pragma(library, u"auto_vacuum"_qs).toInt(), 2); // incremental, after the one compaction
    }

    // A library as version 7 left it, holding real articles (the sample library's, in two locales):
    // the upgrade classifies each article's tickers, lists the primary one first, and takes every
    // locale's Related Stocks names as aliases.
    void classifiesTheTickersOfAnOlderLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v7.sqlite"_qs);
        {
            Connection connection;
            QVERIFY(connection.open(path).ok());
            createSchemaUpTo(connection, 7);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(
                connection.run(u"INSERT INTO documents (id, key, published, added) VALUES (100, '290000103', 0, 0)"_qs)
                    .ok());
            qint64 id = 6400;
            for (const char *file : {"290000103-en.md", "290000103-zh-CN.md"}) {
                QFile source(QStringLiteral(NEWSDESK_SOURCE_DIR "/resources/sample/") + QLatin1StringView(file));
                QVERIFY(source.open(QIODevice::ReadOnly));
                const Core::Article a = Core::parseArticle(source.readAll());
                // As version 7's writer stored them: related stocks, then mentions, in the article's order.
                QStringList tickers;
                for (const Core::RelatedStock &s : a.relatedStocks)
                    tickers.append(s.ticker);
                QVERIFY(connection
                            .run(u"INSERT INTO articles (id, doc_id, locale, title, tickers, content_hash, stored, "
                                 u"related_stocks, mentions) VALUES (?, 100, ?, ?, ?, x'00', 0, ?, ?)"_qs,
                                {id, a.locale, a.title, tickers.join(u' '), Codec::stocksToJson(a.relatedStocks),
                                    Codec::stringsToJson(a.mentions)})
                            .ok());
                for (const Core::RelatedStock &s : a.relatedStocks) {
                    QVERIFY(connection
                                .run(u"INSERT INTO article_tickers (article_id, key, doc_id, ticker, name, related) "
                                     u"VALUES (?, ?, 100, ?, ?, 1)"_qs,
                                    {id, s.key, s.ticker, s.name})
                                .ok());
                }
                for (const QString &mention : a.mentions) {
                    QVERIFY(connection
                                .run(u"INSERT INTO article_tickers (article_id, key, doc_id, ticker, related) "
                                     u"VALUES (?, ?, 100, ?, 0) ON CONFLICT DO NOTHING"_qs,
                                    {id, Core::Ticker::keyFor(mention), mention})
                                .ok());
                }
                ++id;
            }
        }
        Library library;
        const Result<void> opened = library.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(library.schemaVersion(), Library::latestSchemaVersion());
        QVERIFY2(library.checkIntegrity().ok(), qPrintable(library.checkIntegrity().error().message));
        Result<Rows> roles = library.connection().select(
            u"SELECT key, role FROM article_tickers WHERE article_id = 6400 ORDER BY role, key"_qs);
        QVERIFY(roles.ok());
        QStringList found;
        while (roles->next())
            found.append(roles->text(0) + u':' + QString::number(roles->integer(1)));
        // Northwind Grid is first and in the title; Jade Peak related; Clearwater only in the text.
        QCOMPARE(found, (QStringList{u"NWGD.US:0"_qs, u"6688.HK:1"_qs, u"CLRX.US:2"_qs}));
        const std::optional<ListRow> row = library.row(library.findDocument(u"290000103"_qs).value(), u"en"_qs);
        QVERIFY(row);
        QCOMPARE(row->tickers, (QStringList{u"NWGD.US"_qs, u"06688.HK"_qs, u"CLRX.US"_qs}));
        QCOMPARE(library.tickerAliases(u"06688.HK"_qs), (QStringList{u"Jade Peak Semiconductor"_qs, u"翠峰半导体"_qs}));
        QCOMPARE(library.tickerAliases(u"NWGD.US"_qs), (QStringList{u"Northwind Grid"_qs, u"北风电网"_qs}));
        QCOMPARE(library.tickerAliases(u"CLRX.US"_qs), QStringList());
    }

    // Version 10 adds labels, rules and the muted flag: an older library's documents stay in All
    // and Unread, carry no label, and take labels at once.
    void upgradesVersionNineToLabelsAndRules()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v9.sqlite"_qs);
        {
            Connection connection;
            QVERIFY(connection.open(path).ok());
            createSchemaUpTo(connection, 9);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(
                connection.run(u"INSERT INTO documents (id, key, published, added) VALUES (100, '290000103', 0, 0)"_qs)
                    .ok());
            QVERIFY(connection
                        .run(u"INSERT INTO articles (id, doc_id, locale, title, content_hash, stored) "
                             u"VALUES (6400, 100, 'en', 'Old', x'00', 0)"_qs)
                        .ok());
        }
        Library library;
        const Result<void> opened = library.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(library.schemaVersion(), Library::latestSchemaVersion());
        ListFilter unread;
        unread.view = ListFilter::View::Unread;
        QCOMPARE(library.count(ListFilter()), 1);
        QCOMPARE(library.count(unread), 1);
        QVERIFY(library.connection().run(u"INSERT INTO labels (name, added) VALUES ('macro', 0)"_qs).ok());
        QVERIFY(library.connection().run(u"INSERT INTO article_labels (label_id, doc_id) VALUES (1, 100)"_qs).ok());
        ListFilter labelled;
        labelled.labels = {u"MACRO"_qs};
        QCOMPARE(library.count(labelled), 1);
        QVERIFY(library.checkIntegrity().ok());
    }

    // Version 11 counts documents per ticker, day and role from the rows already there: a document
    // in three locales counts once, in its strongest role; a second document the same day adds one;
    // and the triggers keep the counts from then on.
    void backfillsTickerDaysOfAVersionTenLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v10.sqlite"_qs);
        constexpr qint64 day = 20600; // 2026-05-27, UTC days since the epoch
        const auto doc = [](qint64 d, qint64 seconds, int n) {
            return ((d * 86400 + seconds) << 8) + n;
        };
        // (document, locale slot, key, role): doc A in three locales (mentioned, related, primary),
        // doc B the same day (related), doc C the day after (mentioned), doc D only another ticker.
        const qint64 a = doc(day, 3600, 0), b = doc(day, 7200, 0), c = doc(day + 1, 60, 0), d = doc(day + 1, 61, 0);
        const QList<std::tuple<qint64, int, QString, int>> rows{{a, 0, u"NVDA.US"_qs, 2}, {a, 1, u"NVDA.US"_qs, 1},
            {a, 2, u"NVDA.US"_qs, 0}, {a, 0, u"700.HK"_qs, 1}, {b, 0, u"NVDA.US"_qs, 1}, {c, 0, u"NVDA.US"_qs, 2},
            {c, 1, u"NVDA.US"_qs, 2}, {d, 0, u"700.HK"_qs, 0}};
        {
            Connection connection;
            QVERIFY(connection.open(path).ok());
            createSchemaUpTo(connection, 10);
            if (QTest::currentTestFailed())
                return;
            for (const qint64 id : {a, b, c, d}) {
                QVERIFY(connection
                            .run(u"INSERT INTO documents (id, key, published, added) VALUES (?, ?, 0, 0)"_qs,
                                {id, QString::number(id)})
                            .ok());
            }
            for (const auto &[id, slot, key, role] : rows) {
                QVERIFY(connection
                            .run(u"INSERT INTO articles (id, doc_id, locale, title, content_hash, stored) "
                                 u"VALUES (?, ?, ?, 'Old', x'00', 0) ON CONFLICT DO NOTHING"_qs,
                                {id * 64 + slot, id, QString::number(slot)})
                            .ok());
                QVERIFY(connection
                            .run(u"INSERT INTO article_tickers (article_id, key, doc_id, ticker, related, role) "
                                 u"VALUES (?, ?, ?, ?, ?, ?)"_qs,
                                {id * 64 + slot, key, id, key, role < 2 ? 1 : 0, role})
                            .ok());
            }
        }
        Library library;
        const Result<void> opened = library.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(library.schemaVersion(), Library::latestSchemaVersion());
        const Tests::TickerDays expected{{{u"NVDA.US"_qs, day}, {2, 1, 1}}, {{u"NVDA.US"_qs, day + 1}, {1, 0, 0}},
            {{u"700.HK"_qs, day}, {1, 0, 1}}, {{u"700.HK"_qs, day + 1}, {1, 1, 0}}};
        QCOMPARE(Tests::storedTickerDays(library.connection()), expected);
        QCOMPARE(Tests::tickerDayDifferences(library.connection()), QStringList());
        const TickerSummary nvda
            = library.tickerSummary(u"NVDA.US"_qs, QDateTime::fromSecsSinceEpoch((day + 1) * 86400 + 3600, Qt::UTC))
                  .value();
        QCOMPARE(nvda.total, 3);
        QCOMPARE(nvda.primary, 1);
        QCOMPARE(nvda.related, 1);
        QCOMPARE(nvda.mentioned, 1);
        QCOMPARE(nvda.daily.size(), 2);
        QCOMPARE(nvda.daily.at(0).count, 2);
        // From now on the triggers count: a stored article, then a document deleted.
        Core::Article later = Tests::article(
            u"290000104"_qs, u"en"_qs, u"New"_qs, QDateTime::fromSecsSinceEpoch((day + 1) * 86400 + 600, Qt::UTC));
        later.relatedStocks = {Tests::stock(u"NVDA.US"_qs, u"NVIDIA Corporation"_qs)};
        QVERIFY(library.store(later).ok());
        QVERIFY(library.connection().run(u"DELETE FROM documents WHERE id = ?"_qs, {a}).ok());
        QCOMPARE(Tests::tickerDayDifferences(library.connection()), QStringList());
        QCOMPARE(Tests::storedTickerDays(library.connection()).value({u"NVDA.US"_qs, day + 1}),
            (Tests::TickerDayCounts{2, 1, 0}));
        QCOMPARE(Tests::storedTickerDays(library.connection()).value({u"NVDA.US"_qs, day}),
            (Tests::TickerDayCounts{1, 0, 1}));
        QVERIFY(library.checkIntegrity().ok());
    }

    void refusesNewerSchema_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("robustness: newer library in WAL mode") << u"wal"_qs;
        QTest::newRow("robustness: newer library with a rollback journal") << u"delete"_qs;
    }

    void refusesNewerSchema()
    {
        QFETCH(QString, journalMode);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_qs);
        {
            Library library;
            QVERIFY(library.open(path).ok());
            QVERIFY(
                library.store(Tests::article(u"1"_qs, u"en"_qs, u"Kept"_qs, Tests::utc("2026-03-12T08:30:00Z"))).ok());
        }
        const int newer = Library::latestSchemaVersion() + 1;
        rawExec(path, {u"PRAGMA journal_mode = "_qs + journalMode, u"PRAGMA user_version = %1"_qs.arg(newer)});
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        Library library;
        const Result<void> opened = library.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::SchemaTooNew);
        QVERIFY2(opened.error().message.contains(u"newer"), qPrintable(opened.error().message));
        QVERIFY(!library.isOpen());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!library.store(Tests::article(u"2"_qs, u"en"_qs, u"x"_qs, {})).ok());
        QCOMPARE(fileHash(path), before);
    }

    void refusesOtherFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("setup");
        QTest::addColumn<Error::Kind>("kind");
        QTest::newRow("robustness: another program's database")
            << QByteArray() << QStringList{u"CREATE TABLE notes (text)"_qs, u"INSERT INTO notes VALUES ('mine')"_qs}
            << Error::Kind::InvalidInput;
        QTest::newRow("robustness: another program's application id")
            << QByteArray() << QStringList{u"PRAGMA application_id = 42"_qs} << Error::Kind::InvalidInput;
        QTest::newRow("robustness: not a database")
            << QByteArray("This is a text file, long enough to have a header of sorts.\n").repeated(20) << QStringList()
            << Error::Kind::Database;
    }

    void refusesOtherFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, setup);
        QFETCH(Error::Kind, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.db"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        if (!setup.isEmpty())
            rawExec(path, setup);
        const QByteArray before = fileHash(path);
        Library library;
        const Result<void> opened = library.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, kind);
        QVERIFY(!opened.error().message.isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    void reopensWithoutMigrating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_qs);
        {
            Library library;
            QVERIFY(library.open(path).ok());
            QVERIFY(
                library.store(Tests::article(u"7"_qs, u"en"_qs, u"Seven"_qs, Tests::utc("2026-03-12T08:30:00Z"))).ok());
            QVERIFY(library.addToWatchlist(u"700.HK"_qs).ok());
        }
        Library library;
        QVERIFY(library.open(path).ok());
        QCOMPARE(library.documentCount(), 1);
        QCOMPARE(library.watchlist().size(), 1);
        QVERIFY(library.checkIntegrity().ok());
    }

    void twoConnectionsShareTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_qs);
        Library writer;
        Library reader;
        QVERIFY(writer.open(path).ok());
        QVERIFY(reader.open(path).ok());
        QVERIFY(&writer.connection() != &reader.connection());
        QVERIFY(writer.store(Tests::article(u"9"_qs, u"en"_qs, u"Nine"_qs, Tests::utc("2026-03-12T08:30:00Z"))).ok());
        QCOMPARE(reader.documentCount(), 1);
        QVERIFY(reader.findDocument(u"9"_qs).has_value());
    }

    void resolvesPath()
    {
        qputenv("NEWSDESK_DB", "/tmp/from-env.sqlite");
        QCOMPARE(Library::resolvePath(u"/tmp/option.sqlite"_qs), u"/tmp/option.sqlite"_qs);
        QCOMPARE(Library::resolvePath(QString()), u"/tmp/from-env.sqlite"_qs);
        qunsetenv("NEWSDESK_DB");
        QCOMPARE(Library::resolvePath(QString()), Library::defaultPath());
        QVERIFY(Library::defaultPath().endsWith(u"/Newsdesk/library.sqlite"));
    }
};

QTEST_GUILESS_MAIN(TestLibrarySchema)
#include "tst_library_schema.moc"
