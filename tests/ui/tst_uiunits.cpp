// Small pieces of the reader: the list's time column, the reading history, the saved sidebar
// selection, what the importer refuses, and offline for one run.
#include "controller/importer.h"
#include "controller/readerhistory.h"
#include "controller/sidebarentry.h"
#include "ui/settings.h"
#include "ui/sidebar.h"
#include "ui/timeformat.h"
#include "ui/uilanguage.h"
#include "uifixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Newsdesk;
using Ui::ReaderHistory;
using Ui::SidebarEntry;

class TestUiUnits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Ui::UiLanguage::install(QStringLiteral("en")); }

    void listTime_data()
    {
        QTest::addColumn<QDateTime>("published");
        QTest::addColumn<QString>("expected");
        const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(15, 0)).toUTC();
        QTest::newRow("nominal: seconds ago") << now.addSecs(-20) << QStringLiteral("just now");
        QTest::newRow("nominal: one minute") << now.addSecs(-60) << QStringLiteral("1 min ago");
        QTest::newRow("nominal: minutes") << now.addSecs(-25 * 60) << QStringLiteral("25 min ago");
        QTest::newRow("nominal: hours, same day") << now.addSecs(-3 * 3600) << QStringLiteral("3 h ago");
        QTest::newRow("nominal: yesterday, a date")
            << QDateTime(QDate(2026, 11, 24), QTime(23, 0)).toUTC() << QStringLiteral("Nov 24");
        QTest::newRow("nominal: another year") << QDateTime(QDate(2024, 3, 5), QTime(9, 0)).toUTC()
                                               << QLocale().toString(QDate(2024, 3, 5), QLocale::ShortFormat);
        QTest::newRow("robustness: no time") << QDateTime() << QString();
    }

    void listTime()
    {
        QFETCH(QDateTime, published);
        QFETCH(QString, expected);
        const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(15, 0)).toUTC();
        QCOMPARE(Ui::listTime(published, now), expected);
    }

    void historyIsLikeABrowsers()
    {
        ReaderHistory history;
        QVERIFY(!history.canGoBack());
        history.visit({QStringLiteral("a"), QStringLiteral("en")});
        history.visit({QStringLiteral("b"), QStringLiteral("en")});
        history.visit({QStringLiteral("b"), QStringLiteral("zh-CN")}); // a variant: same place
        history.visit({QStringLiteral("c"), QStringLiteral("en")});
        QCOMPARE(history.back()->key, QStringLiteral("b"));
        QCOMPARE(history.current()->locale, QStringLiteral("zh-CN"));
        QCOMPARE(history.back()->key, QStringLiteral("a"));
        QVERIFY(!history.back());
        QCOMPARE(history.forward()->key, QStringLiteral("b"));
        // A new visit from the middle drops what was ahead.
        history.visit({QStringLiteral("d"), QStringLiteral("en")});
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.back()->key, QStringLiteral("b"));
        for (int i = 0; i < 2 * ReaderHistory::limit; ++i)
            history.visit({QString::number(i), QStringLiteral("en")});
        int steps = 0;
        while (history.back())
            ++steps;
        QCOMPARE(steps, ReaderHistory::limit - 1);
    }

    void sidebarEntryRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("nominal: all") << QStringLiteral("all") << int(SidebarEntry::Kind::All);
        QTest::newRow("nominal: unread") << QStringLiteral("unread") << int(SidebarEntry::Kind::Unread);
        QTest::newRow("nominal: bookmarks") << QStringLiteral("bookmarks") << int(SidebarEntry::Kind::Bookmarks);
        QTest::newRow("nominal: watchlist") << QStringLiteral("watchlist") << int(SidebarEntry::Kind::Watchlist);
        QTest::newRow("nominal: a ticker") << QStringLiteral("ticker:00700.HK") << int(SidebarEntry::Kind::Ticker);
        QTest::newRow("robustness: unknown") << QStringLiteral("garbage") << int(SidebarEntry::Kind::All);
        QTest::newRow("robustness: ticker without a value")
            << QStringLiteral("ticker:") << int(SidebarEntry::Kind::All);
    }

    void sidebarEntryRoundTrips()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        const SidebarEntry entry = SidebarEntry::fromString(text);
        QCOMPARE(int(entry.kind), kind);
        QCOMPARE(SidebarEntry::fromString(entry.toString()), entry);
    }

    void emptyWatchlistFiltersEverythingOut()
    {
        const SidebarEntry empty{SidebarEntry::Kind::Watchlist, {}};
        const Storage::ListFilter filter = empty.filter({});
        QCOMPARE(filter.tickers.size(), 1); // a key no ticker has, not "no filter"
        const SidebarEntry watchlist{SidebarEntry::Kind::Watchlist, {}};
        QCOMPARE(watchlist.filter({QStringLiteral("AAPL.US")}).tickers, QStringList{QStringLiteral("AAPL.US")});
    }

    void sourceFailingThreeTimesCarriesAWarningBadge()
    {
        Ui::Sidebar sidebar;
        sidebar.setSources({{u"Wire"_qs, u"https://example.com/wire.xml"_qs, u"Last error: HTTP 500"_qs, true, 3},
            {u"Blog"_qs, u"https://example.com/blog.xml"_qs, u"Last error: timeout"_qs, true, 2},
            {u"Fine"_qs, u"https://example.com/fine.xml"_qs, {}, false, 0}});
        auto *tree = sidebar.findChild<QTreeWidget *>();
        QVERIFY(tree);
        const QList<QTreeWidgetItem *> wire = tree->findItems(u"Wire"_qs, Qt::MatchExactly | Qt::MatchRecursive);
        const QList<QTreeWidgetItem *> blog = tree->findItems(u"Blog"_qs, Qt::MatchExactly | Qt::MatchRecursive);
        const QList<QTreeWidgetItem *> fine = tree->findItems(u"Fine"_qs, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(wire.size(), 1);
        QVERIFY(!wire.first()->icon(1).isNull());
        QCOMPARE(wire.first()->data(1, Qt::AccessibleTextRole).toString(), u"Failing: 3 attempts in a row"_qs);
        QVERIFY(wire.first()->toolTip(0).contains(u"HTTP 500"_qs));
        QVERIFY(blog.first()->icon(1).isNull()); // two failures: red, no badge yet
        QVERIFY(fine.first()->icon(1).isNull());
    }

    // `newsdesk --offline`: offline in this run only; Work Offline unchecked ends it.
    void offlineForOneRun()
    {
        QTemporaryDir dir;
        UiTest::useTemporarySettings(dir.path());
        Ui::Settings settings;
        QSignalSpy changed(&settings, &Ui::Settings::changed);
        QVERIFY(!settings.offline());
        settings.setOfflineThisSession();
        QVERIFY(settings.offline());
        QCOMPARE(changed.count(), 1); // the fetch service follows
        QVERIFY(!Ui::Settings().offline()); // the next run is online
        settings.setOffline(true); // the settings dialog saved with its box checked
        QVERIFY(!Ui::Settings().offline());
        settings.setOffline(false); // Work Offline unchecked
        QVERIFY(!settings.offline());
        QCOMPARE(changed.count(), 2);
        settings.setOffline(true); // and checked again: now it is the setting
        QVERIFY(Ui::Settings().offline());
    }
};

QTEST_MAIN(TestUiUnits)
#include "tst_uiunits.moc"
