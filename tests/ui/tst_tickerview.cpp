// The ticker view by real input over a real library file: a watchlist ticker clicked in the sidebar
// shows its header with the library's numbers; the watch toggle, the buzz badge (and its setting),
// the company's names, often-together tickers and the news-volume timeline (a click on a day's bar
// lists that day). "Today" is a fixed clock.

#include "controller/tickerinsight.h"
#include "ui/aliasdialog.h"
#include "ui/articlelistmodel.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/settingsdialog.h"
#include "ui/sidebar.h"
#include "ui/tickerheader.h"
#include "ui/tickerlistfilter.h"
#include "ui/tickerpanel.h"
#include "ui/tickertimeline.h"
#include "ui/tickertogether.h"
#include "uifixture.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace Newsdesk;
using Ui::MainWindow;

namespace {

const QDateTime now(QDate(2026, 6, 15), QTime(15, 0), Qt::UTC);

} // namespace

class TestTickerView final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Library> m_library;
    std::unique_ptr<Ui::Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    int m_next = 0;
    QTranslator m_english;

    void store(const QDateTime &published, const QStringList &tickers, const QStringList &mentions = {})
    {
        const QString id = QString::number(310000000 + ++m_next);
        Core::Article article = UiTest::article(id, QStringLiteral("en"), u"Story "_qs + id, published, tickers);
        article.mentions = mentions;
        QVERIFY(m_library->store(article).ok());
    }

    QTreeWidgetItem *watchlistItem(const QString &ticker) const
    {
        const auto found = m_window->sidebar()->tree()->findItems(ticker, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? nullptr : found.first();
    }

    void clickWatchlistTicker(const QString &ticker)
    {
        QTreeWidget *tree = m_window->sidebar()->tree();
        QTreeWidgetItem *item = watchlistItem(ticker);
        QVERIFY(item);
        const QRect rect = tree->visualItemRect(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    }

    void addToWatchlistByTyping(const QString &ticker)
    {
        QLineEdit *field = m_window->sidebar()->addField();
        field->setFocus();
        QTest::keyClicks(field, ticker);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(watchlistItem(ticker));
    }

    Ui::TickerHeader *header() const { return m_window->tickerHeader(); }

private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms, as the reader loads them.
        QVERIFY(m_english.load(QStringLiteral(NEWSDESK_EN_QM)));
        QCoreApplication::installTranslator(&m_english);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        UiTest::useTemporarySettings(m_dir->filePath(QStringLiteral("settings")));
        m_library = std::make_unique<Storage::Library>();
        QVERIFY(m_library->open(m_dir->filePath(QStringLiteral("library.sqlite"))).ok());
        m_next = 0;
        const QStringList aaa{QStringLiteral("AAA.US")};
        // AAA.US: four today (two of them with BBB.US, one with CCC.US), one 10 days ago, one
        // 200 days ago (a week's bar of the timeline). BBB.US: one of its own yesterday, so two
        // today: under the three articles a buzz needs.
        store(now.addSecs(-3600), {QStringLiteral("AAA.US"), QStringLiteral("BBB.US")});
        store(now.addSecs(-7200), {QStringLiteral("AAA.US"), QStringLiteral("BBB.US")});
        store(now.addSecs(-9000), {QStringLiteral("AAA.US"), QStringLiteral("CCC.US")});
        store(now.addSecs(-10000), aaa);
        store(now.addDays(-10), aaa);
        store(now.addDays(-200), aaa);
        store(now.addDays(-1), {QStringLiteral("BBB.US")});
        // CCC.US: related in the third (second of its Related Stocks), mentioned only in this one.
        store(now.addDays(-3), {QStringLiteral("DDD.US")}, {QStringLiteral("CCC.US")});
        // The first is also stored in Simplified Chinese.
        QVERIFY(m_library
                    ->store(UiTest::article(QStringLiteral("310000001"), QStringLiteral("zh-CN"), u"报道"_qs,
                        now.addSecs(-3600), {QStringLiteral("AAA.US"), QStringLiteral("BBB.US")}))
                    .ok());
        // One read: the header's unread count differs from its total.
        QVERIFY(m_library->setRead(*m_library->findDocument(QStringLiteral("310000004")), true).ok());
        m_settings = std::make_unique<Ui::Settings>();
        m_settings->setPreferredLocale(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(m_library.get(), m_settings.get());
        m_window->setClock([] { return now; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_library.reset();
        m_dir.reset();
    }

    void watchlistClickShowsTheHeaderWithTheLibrarysNumbers()
    {
        addToWatchlistByTyping(QStringLiteral("AAA.US"));
        clickWatchlistTicker(QStringLiteral("AAA.US"));
        QCOMPARE(m_window->controller()->view().kind, Ui::SidebarEntry::Kind::Ticker);
        QVERIFY(header()->isVisible());
        QVERIFY(
            header()->findChild<QLabel *>(QStringLiteral("tickerTitle"))->text().contains(QStringLiteral("AAA.US")));
        QTRY_COMPARE(
            header()->numbersLabel()->text(), QStringLiteral("6 stored articles · 5 unread · 4 in the last 7 days"));
        QCOMPARE(m_window->listModel()->rowCount(), 6);
        // Four today against a mean of 1/30 over the 30 days before: a buzz.
        QVERIFY(header()->buzzBadge()->isVisible());
        QVERIFY(header()->buzzBadge()->toolTip().startsWith(QStringLiteral("4 articles today")));
    }

    void watchToggleAddsAndRemovesTheSidebarEntry()
    {
        m_window->showTicker(QStringLiteral("BBB.US"));
        QVERIFY(header()->isVisible());
        QVERIFY(!watchlistItem(QStringLiteral("BBB.US")));
        QTest::mouseClick(header()->watchButton(), Qt::LeftButton);
        QTRY_VERIFY(watchlistItem(QStringLiteral("BBB.US")));
        QCOMPARE(m_window->sidebar()->watchlistTickers(), QStringList{QStringLiteral("BBB.US")});
        QCOMPARE(header()->watchButton()->text(), QStringLiteral("Remove from Watchlist"));
        QTest::mouseClick(header()->watchButton(), Qt::LeftButton);
        QTRY_VERIFY(!watchlistItem(QStringLiteral("BBB.US")));
        QCOMPARE(header()->watchButton()->text(), QStringLiteral("Add to Watchlist"));
    }

    // The sidebar's badge: on AAA.US (4 today), not on BBB.US (2 today: under 3 articles).
    void buzzBadgeOnWatchlistEntriesFollowsTheSetting()
    {
        addToWatchlistByTyping(QStringLiteral("AAA.US"));
        addToWatchlistByTyping(QStringLiteral("BBB.US"));
        QTRY_VERIFY(!watchlistItem(QStringLiteral("AAA.US"))->icon(1).isNull());
        QVERIFY(watchlistItem(QStringLiteral("BBB.US"))->icon(1).isNull());
        QVERIFY(watchlistItem(QStringLiteral("AAA.US"))
                    ->data(0, Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("buzz")));
        QVERIFY(watchlistItem(QStringLiteral("AAA.US"))->toolTip(0).contains(QStringLiteral("Buzz: 4 articles today")));
        clickWatchlistTicker(QStringLiteral("AAA.US"));
        QTRY_VERIFY(header()->buzzBadge()->isVisible());

        // At least 5 articles: four are no longer a buzz, in the sidebar and the header.
        Ui::SettingsDialog dialog(m_settings.get(), m_window.get());
        auto *minimum = dialog.findChild<QSpinBox *>(QStringLiteral("buzzMinimum"));
        QVERIFY(minimum);
        QCOMPARE(minimum->value(), 3);
        minimum->setFocus();
        minimum->selectAll();
        QTest::keyClicks(minimum, QStringLiteral("5"));
        QTest::keyClick(minimum, Qt::Key_Tab);
        dialog.apply();
        QCOMPARE(m_settings->buzzMinimumArticles(), 5);
        QTRY_VERIFY(watchlistItem(QStringLiteral("AAA.US"))->icon(1).isNull());
        QTRY_VERIFY(!header()->buzzBadge()->isVisible());
    }

    void oftenTogetherOpensTheOtherTicker()
    {
        m_window->showTicker(QStringLiteral("AAA.US"));
        Ui::TickerTogether *together = m_window->tickerPanel()->together();
        QTRY_COMPARE(together->buttons().size(), 2);
        QCOMPARE(together->buttons().at(0)->text(), QStringLiteral("BBB.US 2"));
        QCOMPARE(together->buttons().at(1)->text(), QStringLiteral("CCC.US 1"));
        QTest::mouseClick(together->buttons().at(0), Qt::LeftButton);
        QCOMPARE(m_window->controller()->view().kind, Ui::SidebarEntry::Kind::Ticker);
        QCOMPARE(m_window->controller()->view().value, QStringLiteral("BBB.US"));
        QVERIFY(
            header()->findChild<QLabel *>(QStringLiteral("tickerTitle"))->text().contains(QStringLiteral("BBB.US")));
        QTRY_COMPARE(
            header()->numbersLabel()->text(), QStringLiteral("3 stored articles · 3 unread · 3 in the last 7 days"));
        QCOMPARE(m_window->listModel()->rowCount(), 3);
        QVERIFY(!header()->buzzBadge()->isVisible());
    }

    void clickingADayOnTheTimelineListsThatDay()
    {
        m_window->showTicker(QStringLiteral("AAA.US"));
        Ui::TickerTimeline *timeline = m_window->tickerPanel()->timeline();
        QTRY_VERIFY(!timeline->bars().isEmpty());
        const QList<Ui::TimelineBar> bars = timeline->bars();
        QCOMPARE(bars.last().from, now.date());
        QCOMPARE(bars.last().count, 4);
        const int tenDaysAgo = int(bars.size()) - 11;
        QCOMPARE(bars.at(tenDaysAgo).from, now.date().addDays(-10));
        QCOMPARE(bars.at(tenDaysAgo).count, 1);

        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, timeline->barCentre(int(bars.size()) - 1));
        QCOMPARE(m_window->searchField()->text(), QStringLiteral("after:2026-06-15 before:2026-06-16"));
        QTRY_COMPARE(m_window->listModel()->rowCount(), 4);
        QCOMPARE(m_window->controller()->view().value, QStringLiteral("AAA.US"));

        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, timeline->barCentre(tenDaysAgo));
        QCOMPARE(m_window->searchField()->text(), QStringLiteral("after:2026-06-05 before:2026-06-06"));
        QTRY_COMPARE(m_window->listModel()->rowCount(), 1);
    }

    void namesAreAddedAndRemovedFromTheHeader()
    {
        m_window->showTicker(QStringLiteral("AAA.US"));
        QTest::mouseClick(header()->aliasesButton(), Qt::LeftButton);
        Ui::AliasDialog *dialog = m_window->tickerPanel()->aliasDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->field(), QStringLiteral("Acme Rockets"));
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QTRY_VERIFY(m_library->tickerAliases(QStringLiteral("AAA.US")).contains(QStringLiteral("Acme Rockets")));
        QTRY_VERIFY(header()->aliasesLabel()->text().contains(QStringLiteral("Acme Rockets")));
        const auto items = dialog->list()->findItems(QStringLiteral("Acme Rockets"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QTest::mouseClick(
            dialog->list()->viewport(), Qt::LeftButton, {}, dialog->list()->visualItemRect(items.first()).center());
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_library->tickerAliases(QStringLiteral("AAA.US")).contains(QStringLiteral("Acme Rockets")));
        QTRY_VERIFY(!header()->aliasesLabel()->text().contains(QStringLiteral("Acme Rockets")));
    }

    void roleAndLanguageNarrowTheList()
    {
        m_window->showTicker(QStringLiteral("CCC.US"));
        QCOMPARE(m_window->listModel()->rowCount(), 2);
        Ui::TickerListFilter *filter = m_window->tickerPanel()->listFilter();
        QComboBox *role = filter->roleBox();
        role->setFocus();
        QTest::keyClick(role, Qt::Key_Down); // Primary
        QCOMPARE(role->currentText(), QStringLiteral("Primary"));
        QCOMPARE(m_window->listModel()->rowCount(), 0);
        QTest::keyClick(role, Qt::Key_Down); // Related
        QCOMPARE(m_window->listModel()->rowCount(), 1);
        QCOMPARE(m_window->listModel()->index(0).data(Ui::ArticleListModel::KeyRole).toString(),
            QStringLiteral("310000003"));
        QTest::keyClick(role, Qt::Key_Down); // Mentioned only
        QCOMPARE(m_window->listModel()->rowCount(), 1);
        QCOMPARE(m_window->listModel()->index(0).data(Ui::ArticleListModel::KeyRole).toString(),
            QStringLiteral("310000008"));
        QCOMPARE(m_window->countLabel()->text(), QStringLiteral("1 article"));

        // Another ticker's view starts with every role again; the language narrows it.
        m_window->showTicker(QStringLiteral("AAA.US"));
        QCOMPARE(role->currentIndex(), 0);
        QCOMPARE(m_window->listModel()->rowCount(), 6);
        QComboBox *language = filter->languageBox();
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down); // English
        QCOMPARE(m_window->listModel()->rowCount(), 6);
        QTest::keyClick(language, Qt::Key_Down); // 简体中文
        QCOMPARE(m_window->listModel()->rowCount(), 1);
        QCOMPARE(
            m_window->listModel()->index(0).data(Ui::ArticleListModel::LocaleRole).toString(), QStringLiteral("zh-CN"));
    }

    // The watchlist's articles narrow by role as one ticker's do: primary, related or only
    // mentioned for any watched ticker; the ticker's own header stays away.
    void watchlistNarrowsByRole()
    {
        addToWatchlistByTyping(QStringLiteral("CCC.US"));
        clickWatchlistTicker(QStringLiteral("CCC.US"));
        QTRY_VERIFY(m_window->tickerPanel()->together()->isVisible()); // AAA.US, in 310000003
        clickWatchlistTicker(QStringLiteral("Watchlist"));
        QCOMPARE(m_window->controller()->view().kind, Ui::SidebarEntry::Kind::Watchlist);
        QTRY_COMPARE(m_window->listModel()->rowCount(), 2);
        QVERIFY(m_window->tickerPanel()->isVisible());
        QVERIFY(!header()->isVisible());
        QComboBox *role = m_window->tickerPanel()->listFilter()->roleBox();
        QVERIFY(role->isVisible());
        role->setFocus();
        QTest::keyClick(role, Qt::Key_Down); // Primary
        QCOMPARE(m_window->listModel()->rowCount(), 0);
        QTest::keyClick(role, Qt::Key_Down); // Related
        QCOMPARE(m_window->listModel()->rowCount(), 1);
        QCOMPARE(m_window->listModel()->index(0).data(Ui::ArticleListModel::KeyRole).toString(),
            QStringLiteral("310000003"));
        QTest::keyClick(role, Qt::Key_Down); // Mentioned only
        QCOMPARE(m_window->listModel()->rowCount(), 1);
        QCOMPARE(m_window->listModel()->index(0).data(Ui::ArticleListModel::KeyRole).toString(),
            QStringLiteral("310000008"));

        // A watched ticker's own view starts with every role again, its header back.
        clickWatchlistTicker(QStringLiteral("CCC.US"));
        QCOMPARE(m_window->controller()->view().kind, Ui::SidebarEntry::Kind::Ticker);
        QCOMPARE(role->currentIndex(), 0);
        QCOMPARE(m_window->listModel()->rowCount(), 2);
        QVERIFY(header()->isVisible());
        QVERIFY(m_window->tickerPanel()->together()->isVisible()); // its numbers in hand, not counted again
        // And back in the watchlist, every role again too.
        QTest::keyClick(role, Qt::Key_Down); // Primary
        QCOMPARE(m_window->listModel()->rowCount(), 0);
        clickWatchlistTicker(QStringLiteral("Watchlist"));
        QCOMPARE(role->currentIndex(), 0);
        QTRY_COMPARE(m_window->listModel()->rowCount(), 2);
    }

    // Weeks before the 90 days, from the first with articles, then every day to today.
    void timelineBarsAreWeeksThenDays()
    {
        Storage::TickerSummary summary;
        summary.daily = {{now.date().addDays(-10), 1}, {now.date(), 4}};
        const QDate firstDaily = now.date().addDays(-89);
        summary.weekly = {{firstDaily.addDays(-21), 2}, {firstDaily.addDays(-7), 5}};
        const QList<Ui::TimelineBar> bars = Ui::TickerInsight::timeline(summary, now.date());
        QCOMPARE(bars.size(), 3 + 90);
        QCOMPARE(bars.at(0).from, firstDaily.addDays(-21));
        QCOMPARE(bars.at(0).days, 7);
        QCOMPARE(bars.at(0).count, 2);
        QCOMPARE(bars.at(1).count, 0);
        QCOMPARE(bars.at(2).count, 5);
        QCOMPARE(bars.at(3).from, firstDaily);
        QCOMPARE(bars.at(3).days, 1);
        QCOMPARE(bars.last().count, 4);
        QCOMPARE(Ui::TickerInsight::barSearch(bars.at(0)),
            u"after:"_qs + firstDaily.addDays(-21).toString(Qt::ISODate) + u" before:"_qs
                + firstDaily.addDays(-14).toString(Qt::ISODate));
    }
};

QTEST_MAIN(TestTickerView)
#include "tst_tickerview.moc"
