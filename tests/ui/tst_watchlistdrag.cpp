// Reordering the watchlist (and the saved searches) by dragging in the sidebar, with a real mouse: the test runs
// on the xcb platform under Xvfb (CTest starts it through xvfb-run), and xdotool moves the X
// pointer, so Qt's own drag loop runs as it does on a desktop. The offscreen platform has no drag
// loop, and Qt delivers drops only to a real drag's target, so this cannot be done offscreen.
// The order is read back from the library file: the drop must have been stored.
#include "controller/savedsearchlist.h"
#include "storage/library.h"
#include "storage/savedsearches.h"
#include "ui/sidebar.h"
#include "ui/uilanguage.h"
#include "xpointerdrag.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Newsdesk;

namespace {

const QStringList startOrder{u"AAPL.US"_qs, u"00700.HK"_qs, u"NVDA.US"_qs, u"TSLA.US"_qs};
const QStringList savedStart{u"Today"_qs, u"Watchlist, last 24 hours"_qs, u"Rates"_qs, u"Chips"_qs};

// The watchlist's tickers, then the saved searches' names, as stored.
QStringList storedOrder(Storage::Library &library)
{
    QStringList order;
    for (const Storage::WatchItem &item : library.watchlist())
        order.append(item.ticker);
    for (const Storage::SavedSearch &saved : library.savedSearches().all())
        order.append(Ui::SavedSearchList::label(saved));
    return order;
}

} // namespace

class TestWatchlistDrag final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != u"xcb")
            QSKIP("needs the xcb platform (CTest runs this test under xvfb-run)");
        QVERIFY2(
            !QStandardPaths::findExecutable(u"xdotool"_qs).isEmpty(), "xdotool is missing (packaging/build-deps.txt)");
        Ui::UiLanguage::install(u"en"_qs);
    }

    void dragReorders_data()
    {
        QTest::addColumn<QString>("dragged");
        QTest::addColumn<QString>("onto"); // empty: the Watchlist heading
        QTest::addColumn<bool>("upperEdge");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nominal: last dragged above the first")
            << u"TSLA.US"_qs << u"AAPL.US"_qs << true
            << QStringList{u"TSLA.US"_qs, u"AAPL.US"_qs, u"00700.HK"_qs, u"NVDA.US"_qs} + savedStart;
        QTest::newRow("nominal: first dragged below the third")
            << u"AAPL.US"_qs << u"NVDA.US"_qs << false
            << QStringList{u"00700.HK"_qs, u"NVDA.US"_qs, u"AAPL.US"_qs, u"TSLA.US"_qs} + savedStart;
        QTest::newRow("edge: dropped on the Watchlist heading changes nothing")
            << u"NVDA.US"_qs << QString() << false << startOrder + savedStart;
        QTest::newRow("saved search: last dragged above the first")
            << u"Chips"_qs << u"Today"_qs << true
            << startOrder + QStringList{u"Chips"_qs, u"Today"_qs, u"Watchlist, last 24 hours"_qs, u"Rates"_qs};
        QTest::newRow("edge: a saved search dropped among the tickers changes nothing")
            << u"Rates"_qs << u"NVDA.US"_qs << false << startOrder + savedStart;
    }

    void dragReorders()
    {
        QFETCH(QString, dragged);
        QFETCH(QString, onto);
        QFETCH(bool, upperEdge);
        QFETCH(QStringList, expected);

        QTemporaryDir dir;
        Storage::Library library;
        QVERIFY(library.open(dir.filePath(u"library.sqlite"_qs)).ok());
        for (const QString &ticker : startOrder)
            QVERIFY(library.addToWatchlist(ticker).ok());
        QVERIFY(library.savedSearches().add(u"Rates"_qs, u"\"rate cut\""_qs).ok());
        QVERIFY(library.savedSearches().add(u"Chips"_qs, u"chips"_qs).ok());
        Ui::Sidebar sidebar;
        sidebar.setLibrary(&library);
        sidebar.setGeometry(40, 40, 320, 520);
        sidebar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
        sidebar.activateWindow();
        QTest::qWait(200);

        QTreeWidget *tree = sidebar.tree();
        const auto itemFor = [tree](const QString &text) -> QTreeWidgetItem * {
            const QList<QTreeWidgetItem *> found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
            return found.isEmpty() ? nullptr : found.first();
        };
        QTreeWidgetItem *source = itemFor(dragged);
        QVERIFY(source);
        QTreeWidgetItem *target = onto.isEmpty() ? source->parent() : itemFor(onto);
        QVERIFY(target);
        const QRect from = tree->visualItemRect(source);
        const QRect to = tree->visualItemRect(target);
        const QPoint start = tree->viewport()->mapToGlobal(from.center());
        const QPoint end = tree->viewport()->mapToGlobal(QPoint(to.left() + 30,
            upperEdge            ? to.top() + 2
                : onto.isEmpty() ? to.center().y()
                                 : to.bottom() - 2));

        QVERIFY(UiTest::dragWithXPointer(start, end));

        QTRY_COMPARE_WITH_TIMEOUT(storedOrder(library), expected, 5000);
        QCOMPARE(sidebar.watchlistTickers(), expected.mid(0, startOrder.size()));
        QTest::qWait(300); // an unchanged order must stay unchanged, not merely be late
        QCOMPARE(storedOrder(library), expected);
    }
};

QTEST_MAIN(TestWatchlistDrag)
#include "tst_watchlistdrag.moc"
