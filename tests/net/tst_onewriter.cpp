// One writer: a refresh of 1,000 articles (the fetch thread) and an import of 10,000 files (a pool
// thread) run while the GUI-side code marks articles read and edits the watchlist, all on one
// library file whose only writing connection is a LibraryWriter. Nothing is lost, nothing meets
// "database is locked". (How long the GUI thread stalls meanwhile is the benchmark's figure:
// `newsdesk-bench writer`.)

#include "controller/importer.h"
#include "controller/readercontroller.h"
#include "controller/watchlistmodel.h"
#include "netfixture.h"
#include "storage/connection.h"
#include "storage/librarywriter.h"
#include "storage/savedsearches.h"
#include "storage/subscriptionstore.h"

#include <QDir>
#include <QMutex>
#include <QMutexLocker>
#include <QTimer>

using namespace Newsdesk;
using namespace Newsdesk::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr int refreshed = 1000;
constexpr int imported = 10000;
constexpr int readable = 200; // stored up front, marked read by the GUI during the run

// Every warning any thread logs, to find SQLite's "database is locked" (and "busy") in them.
QMutex logMutex;
QStringList logged;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    {
        const QMutexLocker lock(&logMutex);
        logged.append(text);
    }
    if (type != QtDebugMsg && previousHandler)
        previousHandler(type, context, text);
}

QStringList lockMessages()
{
    const QMutexLocker lock(&logMutex);
    QStringList found;
    for (const QString &text : std::as_const(logged)) {
        if (text.contains(u"locked", Qt::CaseInsensitive) || text.contains(u"busy", Qt::CaseInsensitive))
            found.append(text);
    }
    return found;
}

} // namespace

class tst_OneWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { previousHandler = qInstallMessageHandler(recordMessage); }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void aLibraryWithAWriterOnlyReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        Storage::LibraryWriter writer;
        QVERIFY(writer.open(path).ok());
        QCOMPARE(Storage::LibraryWriter::forPath(path), &writer);

        Storage::Library gui;
        QVERIFY(gui.open(path).ok());
        QCOMPARE(gui.writer(), &writer);
        // Its writes are the writer's jobs...
        const quint64 before = writer.jobsRun();
        QVERIFY(gui.addToWatchlist(u"NVDA.US"_s).ok());
        QCOMPARE(writer.jobsRun(), before + 1);
        QCOMPARE(gui.watchlist().size(), 1);
        QVERIFY(gui.savedSearches().add(u"Chips"_s, u"semiconductor"_s).ok());
        QVERIFY(gui.subscriptions().add(QUrl(u"https://example.com/feed.xml"_s)).ok());
        QCOMPARE(writer.jobsRun(), before + 3);
        // ...and its own connection refuses SQL that would write behind the writer's back.
        QVERIFY(!gui.connection().run(u"DELETE FROM watchlist"_s).ok());
        QCOMPARE(gui.watchlist().size(), 1);

        // Without a writer a library writes itself, as before.
        Storage::Library alone;
        QVERIFY(alone.open(dir.filePath(u"other.sqlite"_s)).ok());
        QCOMPARE(alone.writer(), nullptr);
        QVERIFY(alone.addToWatchlist(u"AAPL.US"_s).ok());
    }

    void refreshAndImportWhileTheGuiWrites()
    {
        // The site: a news index listing 1,000 articles the library does not have.
        TestSite site;
        QList<ArticleSpec> listed;
        for (int i = 0; i < refreshed; ++i) {
            ArticleSpec article = spec(QString::number(310000000 + i), i, {u"en"_s});
            article.relatedStocks = {u"AMZN.US"_s};
            QVERIFY(site.publish(article));
            listed.append(article);
        }
        QVERIFY(site.put(u"/en/news.md"_s, newsIndexDocument(site.server().baseUrl(), u"en"_s, listed)));
        const QUrl index = site.url(u"/en/news.md"_s);

        // 10,000 files to import.
        QTemporaryDir files;
        const QUrl elsewhere(u"https://longbridge.com"_s);
        for (int i = 0; i < imported; ++i) {
            const ArticleSpec article = spec(QString::number(320000000 + i), i, {u"en"_s});
            QVERIFY(writeFile(files.filePath(u"%1.md"_s.arg(i)), articleDocument(elsewhere, article, u"en"_s)));
        }

        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        Storage::LibraryWriter writer;
        QVERIFY(writer.open(path).ok());
        Storage::Library gui;
        QVERIFY(gui.open(path).ok());
        QVERIFY(gui.writer());

        // Articles for the GUI to mark read while the others write.
        QList<Core::Article> toRead;
        for (int i = 0; i < readable; ++i) {
            Core::Article article;
            article.key = QString::number(330000000 + i);
            article.locale = u"en"_s;
            article.title = u"To read %1"_s.arg(i);
            article.url = QUrl(u"https://longbridge.com/en/news/%1.md"_s.arg(article.key));
            article.published = at(i);
            article.body = u"Body."_s;
            toRead.append(article);
        }
        QList<Storage::DocId> toMark;
        for (const Result<Storage::StoreOutcome> &stored : gui.storeAll(toRead)) {
            QVERIFY(stored.ok());
            toMark.append(stored->docId);
        }
        QVERIFY(gui.subscriptions().add(index).ok());

        // The GUI-side code: the reader's controller marks read, the watchlist model edits.
        Ui::ReaderController controller(&gui, nullptr);
        Ui::WatchlistModel watchlist;
        watchlist.setLibrary(&gui);
        QStringList guiMessages;
        connect(
            &controller, &Ui::ReaderController::message, this, [&](const QString &text) { guiMessages.append(text); });
        connect(&watchlist, &Ui::WatchlistModel::message, this, [&](const QString &text) { guiMessages.append(text); });

        Net::FetchService fetch(path, testSettings());
        Ui::Importer importer(path);
        std::optional<Ui::ImportSummary> importSummary;
        connect(&importer, &Ui::Importer::finished, this,
            [&](const Ui::ImportSummary &summary) { importSummary = summary; });
        const Net::RequestId refresh = fetch.refresh({index});
        QVERIFY(importer.start({files.path()}));

        // While both run: a GUI write every few milliseconds, between the event loop's other work.
        int step = 0;
        QTimer guiWrites;
        guiWrites.setInterval(3);
        connect(&guiWrites, &QTimer::timeout, this, [&] {
            if (step < readable) {
                QVERIFY(controller.setRead(toMark.at(step), true));
            } else if (step < readable + 50) {
                const int n = step - readable;
                // Add T0…T39, then remove T0, T4 … T36.
                if (n < 40)
                    QVERIFY(watchlist.add(u"T%1.US"_s.arg(n)));
                else
                    QVERIFY(watchlist.remove(u"T%1.US"_s.arg((n - 40) * 4)));
            } else {
                guiWrites.stop();
            }
            ++step;
        });
        guiWrites.start();

        const Net::RequestOutcome outcome = fetch.waitFor(refresh);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        QCOMPARE(outcome.subscriptions.value(0).newCount, refreshed);
        QTRY_VERIFY_WITH_TIMEOUT(importSummary.has_value(), 300000);
        QTRY_VERIFY_WITH_TIMEOUT(!guiWrites.isActive(), 60000);
        writer.run([](Storage::Library &) {}); // every queued write done
        QCoreApplication::processEvents(); // and its answers delivered

        QCOMPARE(importSummary->inserted, imported);
        QVERIFY2(importSummary->failures.isEmpty(),
            qPrintable(importSummary->failures.value(0).file + u": "_s + importSummary->failures.value(0).reason));
        QVERIFY2(guiMessages.filter(u"Could not"_s).isEmpty(), qPrintable(guiMessages.join(u'\n')));
        QVERIFY2(lockMessages().isEmpty(), qPrintable(lockMessages().join(u'\n')));

        // Nothing lost: every article, every read mark, the watchlist as edited.
        QCOMPARE(gui.documentCount(), readable + refreshed + imported);
        for (const Storage::DocId doc : std::as_const(toMark))
            QVERIFY(gui.row(doc)->read);
        QStringList expected;
        for (int n = 0; n < 40; ++n) {
            if (n % 4 != 0)
                expected.append(u"T%1.US"_s.arg(n));
        }
        QStringList watched;
        for (const Storage::WatchItem &item : gui.watchlist())
            watched.append(item.ticker);
        QCOMPARE(watched, expected);
        QCOMPARE(watchlist.rowCount(), int(expected.size()));
        Storage::ListFilter amazon;
        amazon.tickers = {u"AMZN.US"_s};
        QCOMPARE(gui.count(amazon), refreshed);
    }
};

QTEST_GUILESS_MAIN(tst_OneWriter)
#include "tst_onewriter.moc"
