// The watchlist's sparklines, checked on screen: a real library whose watched tickers have articles
// on known UTC days (a fixed clock), the sidebar grabbed as it is painted, and in each entry's
// sparkline a bar of the palette's ink on exactly the days with articles, in light and dark. The
// same numbers in words for screen readers; a click on the entry still lists its articles; an
// import brings a new bar.

#include "controller/importer.h"
#include "controller/watchlistmodel.h"
#include "ui/articlelistmodel.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/sidebar.h"
#include "ui/sparklinedelegate.h"
#include "ui/theme.h"
#include "uifixture.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>

using namespace Newsdesk;
using Ui::MainWindow;

namespace {

const QDateTime now(QDate(2026, 6, 15), QTime(15, 0), Qt::UTC);
constexpr int days = Ui::WatchlistModel::sparklineDays;

// AAA.US: documents per day, by days before today; the first two are outside the 14 days.
const QList<QPair<int, int>> aaaDays{{20, 1}, {14, 5}, {13, 1}, {6, 2}, {2, 1}, {0, 3}};

} // namespace

class TestSparklines final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Library> m_library;
    std::unique_ptr<Ui::Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    int m_next = 0;
    QTranslator m_english;

    void store(const QDateTime &published, const QString &ticker, const QString &locale = QStringLiteral("en"))
    {
        const QString id = QString::number(320000000 + ++m_next);
        QVERIFY(m_library->store(UiTest::article(id, locale, u"Story "_qs + id, published, {ticker})).ok());
    }

    QTreeWidget *tree() const { return m_window->sidebar()->tree(); }

    QTreeWidgetItem *entry(const QString &ticker) const
    {
        const auto found = tree()->findItems(ticker, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? nullptr : found.first();
    }

    // The entry's name cell as the view lays it out (the sparkline is at its right end).
    QRect nameCell(QTreeWidgetItem *item) const
    {
        const QRect row = tree()->visualItemRect(item);
        const int right = tree()->header()->sectionViewportPosition(0) + tree()->columnWidth(0) - 1;
        return QRect(QPoint(row.left(), row.top()), QPoint(right, row.bottom()));
    }

    // How many pixels of each day's column in the painted sparkline are `ink`, from the bottom up
    // (the bar's height), and how many are anywhere in the column.
    struct Column
    {
        int fromBottom = 0;
        int anywhere = 0;
    };
    QList<Column> paintedColumns(QTreeWidgetItem *item, const QColor &ink) const
    {
        const QImage image = tree()->viewport()->grab().toImage();
        const QRect area = Ui::SparklineDelegate::area(nameCell(item), days);
        QList<Column> columns;
        for (int day = 0; day < days; ++day) {
            const QRect slot = Ui::SparklineDelegate::slot(area, day);
            Column column;
            bool run = true;
            for (int y = slot.bottom(); y >= slot.top(); --y) {
                // Every pixel of the bar's width must agree: a bar is a solid block.
                bool all = true;
                bool any = false;
                for (int x = slot.left(); x <= slot.right(); ++x) {
                    const bool inked = image.pixelColor(x, y).rgb() == ink.rgb();
                    all = all && inked;
                    any = any || inked;
                }
                column.anywhere += any ? 1 : 0;
                run = run && all;
                column.fromBottom += run ? 1 : 0;
            }
            columns.append(column);
        }
        return columns;
    }

    static QList<int> expectedCounts(const QList<QPair<int, int>> &perDay)
    {
        QList<int> counts(days, 0);
        for (const auto &[age, count] : perDay) {
            if (age < days)
                counts[days - 1 - age] = count;
        }
        return counts;
    }

    // Bars on exactly the days with articles, each as tall as its share of the busiest day.
    static void verifyBars(const QList<Column> &columns, const QList<int> &counts, int fullHeight)
    {
        const int busiest = *std::max_element(counts.cbegin(), counts.cend());
        for (int day = 0; day < days; ++day) {
            const Column &column = columns.at(day);
            const QString where = u"day "_qs + QString::number(day - days + 1);
            if (counts.at(day) == 0) {
                QVERIFY2(column.anywhere == 0, qPrintable(where + u" has ink but no articles"));
                continue;
            }
            QVERIFY2(column.fromBottom > 0, qPrintable(where + u" has articles but no bar"));
            QVERIFY2(column.anywhere == column.fromBottom,
                qPrintable(where + u": the bar is not one block from the bottom"));
            const double expected = double(fullHeight) * counts.at(day) / busiest;
            QVERIFY2(std::abs(column.fromBottom - expected) <= 1.0 || (expected < 2 && column.fromBottom == 2),
                qPrintable(where + u": "_qs + QString::number(column.fromBottom) + u" px for "_qs
                    + QString::number(expected)));
        }
    }

    void showWindow(Ui::Settings::Theme theme)
    {
        m_settings->setTheme(theme);
        m_window = std::make_unique<MainWindow>(m_library.get(), m_settings.get());
        m_window->setClock([] { return now; });
        m_window->resize(1200, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

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
        for (const auto &[age, count] : aaaDays) {
            for (int i = 0; i < count; ++i)
                store(now.addDays(-age).addSecs(-600 * (i + 1)), QStringLiteral("AAA.US"));
        }
        // A document in two languages is one document: today's first again in Simplified Chinese.
        QVERIFY(m_library
                    ->store(UiTest::article(QStringLiteral("320000011"), QStringLiteral("zh-CN"), u"报道"_qs,
                        now.addSecs(-600), {QStringLiteral("AAA.US")}))
                    .ok());
        // BBB.US: nothing in the last 14 days.
        store(now.addDays(-30), QStringLiteral("BBB.US"));
        QVERIFY(m_library->addToWatchlist(QStringLiteral("AAA.US")).ok());
        QVERIFY(m_library->addToWatchlist(QStringLiteral("BBB.US")).ok());
        m_settings = std::make_unique<Ui::Settings>();
        m_settings->setPreferredLocale(QStringLiteral("en"));
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_library.reset();
        m_dir.reset();
    }

    void barsStandOnTheDaysWithArticles_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void barsStandOnTheDaysWithArticles()
    {
        QFETCH(bool, dark);
        showWindow(dark ? Ui::Settings::Theme::Dark : Ui::Settings::Theme::Light);
        QCOMPARE(Ui::Theme::isDark(tree()->palette()), dark);

        // The counts come off the GUI thread; then the entry says them.
        QVERIFY(entry(QStringLiteral("AAA.US")));
        QTRY_COMPARE(entry(QStringLiteral("AAA.US"))->data(0, Qt::AccessibleTextRole).toString(),
            QStringLiteral("AAA.US, 13 unread, buzz, 7 articles in the last 14 days"));
        QCOMPARE(entry(QStringLiteral("BBB.US"))->data(0, Qt::AccessibleTextRole).toString(),
            QStringLiteral("BBB.US, 1 unread, 0 articles in the last 14 days"));
        QVERIFY(entry(QStringLiteral("AAA.US"))->toolTip(0).contains(QStringLiteral("7 articles in the last 14 days")));
        QTreeWidgetItem *aaa = entry(QStringLiteral("AAA.US")); // the entries are rebuilt on each count
        QVERIFY(!aaa->isSelected());

        const QRect area = Ui::SparklineDelegate::area(nameCell(aaa), days);
        QVERIFY2(nameCell(aaa).contains(area), "the sparkline fits the entry");
        const QColor ink = tree()->palette().color(QPalette::Highlight);
        QVERIFY(ink.rgb() != tree()->palette().color(QPalette::Base).rgb());
        verifyBars(paintedColumns(aaa, ink), expectedCounts(aaaDays), area.height());
        if (QTest::currentTestFailed())
            return;
        // No bar at all where no day has an article.
        for (const Column &column : paintedColumns(entry(QStringLiteral("BBB.US")), ink))
            QCOMPARE(column.anywhere, 0);

        // A click on the sparkline is a click on the entry: the list shows the ticker's articles.
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, area.center());
        QCOMPARE(m_window->controller()->view().kind, Ui::SidebarEntry::Kind::Ticker);
        QCOMPARE(m_window->controller()->view().value, QStringLiteral("AAA.US"));
        QTRY_COMPARE(m_window->listModel()->rowCount(), 13);
        QTRY_COMPARE(m_window->countLabel()->text(), QStringLiteral("13 articles"));
        // Selected, the bars take the highlighted text's colour over the highlight.
        aaa = entry(QStringLiteral("AAA.US"));
        QVERIFY(aaa->isSelected());
        verifyBars(paintedColumns(aaa, tree()->palette().color(QPalette::HighlightedText)), expectedCounts(aaaDays),
            area.height());
    }

    // After an import (as after a refresh) the sidebar counts again: BBB.US gets today's bar.
    void anImportAddsItsDay()
    {
        showWindow(Ui::Settings::Theme::Light);
        QTRY_COMPARE(entry(QStringLiteral("BBB.US"))->data(0, Qt::AccessibleTextRole).toString(),
            QStringLiteral("BBB.US, 1 unread, 0 articles in the last 14 days"));

        QFile file(m_dir->filePath(QStringLiteral("new.md")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\ntitle: \"BBB beats\"\nurl: \"https://longbridge.com/en/news/320000900.md\"\n"
                   "datetime: \""
            + now.addSecs(-60).toString(Qt::ISODate).toUtf8()
            + "\"\n---\n\nBBB beats.\n\n### Related Stocks\n\n"
              "- [BBB Inc (BBB.US)](https://longbridge.com/en/quote/BBB.US.md)\n");
        file.close();
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        m_window->importPaths({file.fileName()});
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<Ui::ImportSummary>().inserted, 1);
        QTRY_COMPARE(entry(QStringLiteral("BBB.US"))->data(0, Qt::AccessibleTextRole).toString(),
            QStringLiteral("BBB.US, 2 unread, 1 article in the last 14 days"));
        QTreeWidgetItem *bbb = entry(QStringLiteral("BBB.US"));
        QVERIFY(!bbb->isSelected());
        QList<int> counts(days, 0);
        counts.last() = 1;
        verifyBars(paintedColumns(bbb, tree()->palette().color(QPalette::Highlight)), counts,
            Ui::SparklineDelegate::area(nameCell(bbb), days).height());
    }
};

QTEST_MAIN(TestSparklines)
#include "tst_sparklines.moc"
