// Search as people type it: letters typed into the focused search field update the list (off the
// GUI thread, the typing pause fired by the test), the word being typed is a prefix, tickers and
// company names find their articles, a hit opens in the language that matched, Esc clears.
// Checked by what is on screen: the list's rows, the status bar's count, the article shown.
#include "controller/readdelay.h"
#include "support/pagescript.h"
#include "ui/articlelistmodel.h"
#include "ui/mainwindow.h"
#include "ui/readerpane.h"
#include "ui/searchfield.h"
#include "ui/settings.h"
#include "ui/uilanguage.h"
#include "uifixture.h"
#include "web/readerview.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Newsdesk;
using Ui::ArticleListModel;

class TestSearchTyping final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Library> m_library;
    std::unique_ptr<Ui::Settings> m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::ManualReadDelay *m_pause = nullptr;

    Ui::SearchField *field() const { return qobject_cast<Ui::SearchField *>(m_window->searchField()); }

    QStringList listedKeys() const
    {
        QStringList keys;
        for (int row = 0; row < m_window->listModel()->rowCount(); ++row)
            keys.append(m_window->listModel()->index(row).data(ArticleListModel::KeyRole).toString().section(u'/', -1));
        return keys;
    }

    // Types into the focused field as a person does (Chinese committed by an input method, as
    // an IME does), then lets the typing pause end.
    void type(const QString &text)
    {
        QVERIFY(field()->hasFocus());
        QWidget *focused = QApplication::focusWidget();
        QString ascii;
        const auto flush = [&] {
            QTest::keyClicks(focused, ascii);
            ascii.clear();
        };
        for (const QChar c : text) {
            if (c.unicode() < 128) {
                ascii += c;
                continue;
            }
            flush();
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(focused, &commit);
        }
        flush();
        QVERIFY(m_pause->isRunning());
        m_pause->fire();
    }

    // Clicks the list's row as a person does and waits for its page.
    bool openRowAndWait(int row)
    {
        QSignalSpy loaded(m_window->readerPane()->view(), &Ui::ReaderView::pageLoaded);
        const QModelIndex index = m_window->listModel()->index(row);
        const QRect rect = m_window->listView()->visualRect(index);
        QTest::mouseClick(
            m_window->listView()->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 40, rect.top() + 8));
        return loaded.wait(20000) && loaded.last().at(1).toBool();
    }

    QVariant page(const QString &script) const
    {
        return Test::evaluate(m_window->readerPane()->view()->page(), script);
    }

    void clearField()
    {
        QTest::keyClick(field(), Qt::Key_Escape);
        QTRY_COMPARE(m_window->listModel()->rowCount(), 4);
        field()->setFocus();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Ui::UiLanguage::install(QStringLiteral("en"));
        m_dir = std::make_unique<QTemporaryDir>();
        UiTest::useTemporarySettings(m_dir->path());
        const QString db = m_dir->filePath(QStringLiteral("library.sqlite"));
        QCOMPARE(UiTest::importAndWait(db, {UiTest::sampleDir()}).inserted, 12);
        m_library = std::make_unique<Storage::Library>();
        QVERIFY(m_library->open(db).ok());
        m_settings = std::make_unique<Ui::Settings>();
        m_settings->setPreferredLocale(QStringLiteral("en"));
        m_window = std::make_unique<Ui::MainWindow>(m_library.get(), m_settings.get());
        auto pause = std::make_unique<Ui::ManualReadDelay>();
        m_pause = pause.get();
        field()->setTypingDelay(std::move(pause));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->listModel()->rowCount(), 4);
    }

    void init()
    {
        m_window->activateWindow();
        QTest::keyClick(m_window->listView(), Qt::Key_Slash);
        QVERIFY(field()->hasFocus());
    }

    void cleanup() { clearField(); }

    void theWordBeingTypedIsAPrefix()
    {
        // "estima" is the start of "estimates" (290000101's title), no word of its own.
        type(QStringLiteral("estima"));
        QTRY_COMPARE(listedKeys(), QStringList{QStringLiteral("290000101")});
        QCOMPARE(m_window->countLabel()->text(), QStringLiteral("1 article"));
        // Enter searches the text as it is: a whole word, which nothing has.
        QTest::keyClick(field(), Qt::Key_Return);
        QCOMPARE(listedKeys(), QStringList());
        QCOMPARE(m_window->countLabel()->text(), QStringLiteral("0 articles"));
    }

    void eachKeyNarrowsTheList()
    {
        type(QStringLiteral("sha"));
        QTRY_VERIFY(m_window->listModel()->rowCount() > 0);
        const int broad = m_window->listModel()->rowCount();
        type(QStringLiteral("res"));
        QTRY_COMPARE(field()->text(), QStringLiteral("shares"));
        QTRY_VERIFY(m_window->listModel()->rowCount() <= broad);
        QVERIFY(listedKeys().contains(QStringLiteral("290000102")));
    }

    void operatorsNarrow()
    {
        type(QStringLiteral("lang:zh-CN 储能"));
        QTRY_COMPARE(listedKeys(), QStringList{QStringLiteral("290000103")});
        clearField();
        type(QStringLiteral("is:unread -orders"));
        QTRY_COMPARE(listedKeys(), (QStringList{QStringLiteral("290000103"), QStringLiteral("290000104")}));
    }

    void tickersAndCompanyNames_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("key");
        QTest::newRow("ticker as written") << QStringLiteral("06688.HK") << QStringLiteral("290000102");
        QTest::newRow("ticker, shorter spelling") << QStringLiteral("6688.HK") << QStringLiteral("290000102");
        QTest::newRow("company name") << QStringLiteral("Jade Peak") << QStringLiteral("290000102");
        QTest::newRow("company name in Chinese") << QStringLiteral(u"北风电网") << QStringLiteral("290000103");
    }

    void tickersAndCompanyNames()
    {
        QFETCH(QString, typed);
        QFETCH(QString, key);
        type(typed);
        QTRY_VERIFY2(listedKeys().contains(key), qPrintable(listedKeys().join(u' ')));
    }

    void aHitOpensInTheLanguageThatMatched()
    {
        type(QStringLiteral(u"储能"));
        QTRY_COMPARE(listedKeys(), QStringList{QStringLiteral("290000103")});
        const QModelIndex index = m_window->listModel()->index(0);
        QCOMPARE(index.data(ArticleListModel::LocaleRole).toString(), QStringLiteral("zh-CN"));
        const QRect rect = m_window->listView()->visualRect(index);
        QTest::mouseClick(
            m_window->listView()->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 40, rect.top() + 8));
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000103"));
        QCOMPARE(m_window->controller()->currentLocale(), QStringLiteral("zh-CN"));
    }

    // The page marks the words that found it, outside links and code; it opens at the first and
    // F3 / Shift+F3 step through them.
    void matchesAreMarkedInThePage()
    {
        type(QStringLiteral("warehou"));
        QTRY_VERIFY(listedKeys().contains(QStringLiteral("290000101")));
        QVERIFY(openRowAndWait(int(listedKeys().indexOf(QStringLiteral("290000101")))));
        const int marks = page(QStringLiteral("document.querySelectorAll('mark.search-match').length")).toInt();
        QVERIFY2(marks >= 2, qPrintable(QString::number(marks)));
        QCOMPARE(
            page(QStringLiteral("document.querySelectorAll('a mark, pre mark, code mark, h1 mark').length")).toInt(),
            0);
        QVERIFY(page(QStringLiteral("document.querySelector('mark.search-match').textContent"))
                    .toString()
                    .startsWith(QStringLiteral("warehou"), Qt::CaseInsensitive));
        QCOMPARE(page(QStringLiteral("location.hash")).toString(), QStringLiteral("#search-match-1"));
        QCOMPARE(page(QStringLiteral("document.querySelectorAll('script').length")).toInt(), 0);

        m_window->listView()->setFocus();
        QTest::keyClick(m_window->listView(), Qt::Key_F3);
        QTRY_COMPARE(page(QStringLiteral("(document.querySelector('mark.current') || {}).id")).toString(),
            QStringLiteral("search-match-2"));
        QTest::keyClick(m_window->listView(), Qt::Key_F3, Qt::ShiftModifier);
        QTRY_COMPARE(page(QStringLiteral("(document.querySelector('mark.current') || {}).id")).toString(),
            QStringLiteral("search-match-1"));
        QTest::keyClick(m_window->listView(), Qt::Key_F3, Qt::ShiftModifier);
        QTRY_COMPARE(page(QStringLiteral("(document.querySelector('mark.current') || {}).id")).toString(),
            QStringLiteral("search-match-%1").arg(marks));
        field()->setFocus();
    }

    void chineseMatchesAreMarked()
    {
        type(QStringLiteral(u"资本开支"));
        QTRY_COMPARE(listedKeys(), QStringList{QStringLiteral("290000102")});
        QVERIFY(openRowAndWait(0));
        QCOMPARE(m_window->controller()->currentLocale(), QStringLiteral("zh-CN"));
        QVERIFY(page(QStringLiteral("document.querySelectorAll('mark.search-match').length")).toInt() >= 1);
        QCOMPARE(page(QStringLiteral("document.querySelector('mark.search-match').textContent")).toString(),
            QStringLiteral(u"资本开支"));
        field()->setFocus();
    }

    void escClearsAndGivesTheViewBack()
    {
        type(QStringLiteral("Clearwater"));
        QTRY_VERIFY(m_window->listModel()->rowCount() < 4 && listedKeys().contains(QStringLiteral("290000104")));
        QTest::keyClick(field(), Qt::Key_Escape);
        QVERIFY(field()->text().isEmpty());
        QCOMPARE(m_window->listModel()->rowCount(), 4);
        QCOMPARE(m_window->countLabel()->text(), QStringLiteral("4 articles"));
        QVERIFY(m_window->listView()->hasFocus());
        field()->setFocus();
    }

    void malformedInputIsNeverAnError()
    {
        type(QStringLiteral("\"unclosed ticker: lang: before:soon -"));
        QTRY_COMPARE(m_window->countLabel()->text(), QStringLiteral("0 articles"));
        QVERIFY(m_window->isVisible());
    }
};

QTEST_MAIN(TestSearchTyping)
#include "tst_searchtyping.moc"
