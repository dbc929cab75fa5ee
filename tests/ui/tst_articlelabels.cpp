// Labels from the article's header, by real input: Add Label… clicked, the label typed and Enter;
// the chip in the header, the label in the sidebar's Labels with its unread count, `label:NAME`
// typed into the search field finding the article; a chip's × removing it; Esc giving up.
#include "controller/readdelay.h"
#include "storage/labelstore.h"
#include "ui/articlelabelsbar.h"
#include "ui/articlelistmodel.h"
#include "ui/mainwindow.h"
#include "ui/readerpane.h"
#include "ui/searchfield.h"
#include "ui/settings.h"
#include "ui/sidebar.h"
#include "ui/statusarea.h"
#include "ui/uilanguage.h"
#include "uifixture.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace Newsdesk;
using namespace Qt::StringLiterals;

class TestArticleLabels final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Library> m_library;
    std::unique_ptr<Ui::Settings> m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;
    Storage::DocId m_first = 0;

    QWidget *bar() const { return m_window->readerPane()->findChild<QWidget *>(u"articleLabels"_s); }
    QToolButton *addButton() const { return bar()->findChild<QToolButton *>(u"addArticleLabel"_s); }
    QLineEdit *labelField() const { return bar()->findChild<QLineEdit *>(u"articleLabelField"_s); }

    // The chips on screen, by the text they show.
    QStringList chips() const
    {
        QStringList shown;
        for (const QLabel *name : bar()->findChildren<QLabel *>(u"labelChipName"_s)) {
            if (name->isVisibleTo(bar()))
                shown.append(name->text());
        }
        return shown;
    }

    QTreeWidgetItem *sidebarItem(const QString &text) const
    {
        QTreeWidget *tree = m_window->sidebar()->tree();
        const QList<QTreeWidgetItem *> found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return found.isEmpty() ? nullptr : found.first();
    }

    QStringList listedTitles() const
    {
        QStringList titles;
        for (int row = 0; row < m_window->listModel()->rowCount(); ++row)
            titles.append(m_window->listModel()->index(row).data(Qt::DisplayRole).toString());
        return titles;
    }

    // Types into the focused widget as a person does: Chinese committed by an input method.
    static void type(const QString &text)
    {
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        for (const QChar c : text) {
            if (c.unicode() < 128) {
                QTest::keyClicks(focused, QString(c));
                continue;
            }
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(focused, &commit);
        }
    }

    void addLabelByHand(const QString &text)
    {
        QVERIFY(addButton()->isVisible());
        QTest::mouseClick(addButton(), Qt::LeftButton);
        QTRY_VERIFY(labelField()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), labelField());
        type(text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!labelField()->isVisible());
    }

    void search(const QString &text)
    {
        auto *field = qobject_cast<Ui::SearchField *>(m_window->searchField());
        QVERIFY(field);
        m_window->activateWindow();
        QTest::keyClick(m_window->listView(), Qt::Key_Slash);
        QTRY_VERIFY(field->hasFocus());
        field->selectAll();
        type(text);
        QTest::keyClick(field, Qt::Key_Return);
    }

    void clearSearch()
    {
        auto *field = qobject_cast<Ui::SearchField *>(m_window->searchField());
        QTest::keyClick(field, Qt::Key_Escape);
        QTRY_COMPARE(m_window->listModel()->rowCount(), 3);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Ui::UiLanguage::install(u"en"_s);
        UiTest::useTemporarySettings(m_dir.filePath(u"settings"_s));
        m_library = std::make_unique<Storage::Library>();
        QVERIFY(m_library->open(m_dir.filePath(u"library.sqlite"_s)).ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto first = m_library->store(UiTest::article(u"290000801"_s, u"en"_s, u"Payrolls surprise"_s, now));
        QVERIFY(first.ok());
        m_first = first->docId;
        QVERIFY(m_library->store(UiTest::article(u"290000802"_s, u"en"_s, u"Oil slips"_s, now.addSecs(-60))).ok());
        QVERIFY(m_library->store(UiTest::article(u"290000803"_s, u"en"_s, u"Yen firms"_s, now.addSecs(-120))).ok());
        m_settings = std::make_unique<Ui::Settings>();
        m_settings->setPreferredLocale(u"en"_s);
        m_window = std::make_unique<Ui::MainWindow>(m_library.get(), m_settings.get());
        // Passing a row with the keys reads nothing until the delay elapses, which it never does
        // here: the article stays unread and its label counts it.
        m_window->controller()->setReadDelay(std::make_unique<Ui::ManualReadDelay>());
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        QCOMPARE(m_window->listModel()->rowCount(), 3);
        QVERIFY(!bar()->isVisible()); // no article open, no labels to show
        // The list's first row is current, not open: down to the second and back up opens it.
        m_window->listView()->setFocus();
        QTest::keyClick(m_window->listView(), Qt::Key_Down);
        QTest::keyClick(m_window->listView(), Qt::Key_Up);
        QTRY_COMPARE(m_window->controller()->currentDocument(), std::optional<Storage::DocId>(m_first));
        QTRY_VERIFY(bar()->isVisible());
        QVERIFY(!m_library->row(m_first)->read);
        QCOMPARE(chips(), QStringList());
    }

    void typedLabelIsAddedEverywhere_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("label");
        QTest::newRow("nominal: a word") << u"Macro"_s << u"Macro"_s;
        QTest::newRow("nominal: a Chinese word") << u"财报"_s << u"财报"_s;
        QTest::newRow("nominal: spaces around it are dropped") << u"  rates "_s << u"rates"_s;
    }

    void typedLabelIsAddedEverywhere()
    {
        QFETCH(QString, typed);
        QFETCH(QString, label);
        addLabelByHand(typed);
        QTRY_VERIFY(chips().contains(label));
        QCOMPARE(m_library->labels().labelsOf(m_first), chips());
        // The sidebar's Labels, with the unread article counted.
        QTRY_VERIFY(sidebarItem(label));
        QTRY_COMPARE(sidebarItem(label)->text(1), u"1"_s);
        // label:NAME finds it, and only it.
        search(u"label:"_s + label);
        QTRY_COMPARE(listedTitles(), QStringList{u"Payrolls surprise"_s});
        clearSearch();
    }

    void chipRemovesItsLabel()
    {
        const QStringList before = chips();
        QVERIFY(before.contains(u"Macro"_s));
        QToolButton *remove = nullptr;
        for (QToolButton *button : bar()->findChildren<QToolButton *>(u"removeArticleLabel"_s)) {
            if (button->isVisibleTo(bar()) && button->toolTip() == u"Remove Label “Macro”"_s)
                remove = button;
        }
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QStringList after = before;
        after.removeAll(u"Macro"_s);
        QTRY_COMPARE(chips(), after);
        QVERIFY(!m_library->labels().labelsOf(m_first).contains(u"Macro"_s));
        // No article carries it any more: gone from the sidebar.
        QTRY_VERIFY(!sidebarItem(u"Macro"_s));
        search(u"label:Macro"_s);
        QTRY_COMPARE(m_window->listModel()->rowCount(), 0);
        clearSearch();
    }

    void escapeGivesUp()
    {
        const QStringList before = chips();
        QTest::mouseClick(addButton(), Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), labelField());
        QTest::keyClicks(labelField(), u"never"_s);
        QTest::keyClick(labelField(), Qt::Key_Escape);
        QTRY_VERIFY(!labelField()->isVisible());
        QVERIFY(addButton()->isVisible());
        QTest::qWait(200);
        QCOMPARE(chips(), before);
        QCOMPARE(m_library->labels().labelsOf(m_first), before);
    }

    void badLabelIsRefusedWithAReason()
    {
        const QStringList before = chips();
        addLabelByHand(u"two words"_s);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"cannot be a label"_s));
        QCOMPARE(chips(), before);
        QCOMPARE(m_library->labels().labelsOf(m_first), before);
    }

    // Another article shows its own labels (none), and the first's come back with it.
    void chipsFollowTheArticle()
    {
        const QStringList first = chips();
        QVERIFY(!first.isEmpty());
        m_window->listView()->setFocus();
        QTest::keyClick(m_window->listView(), Qt::Key_Down);
        QTRY_VERIFY(m_window->controller()->currentDocument() != std::optional<Storage::DocId>(m_first));
        QTRY_COMPARE(chips(), QStringList());
        QTest::keyClick(m_window->listView(), Qt::Key_Up);
        QTRY_COMPARE(m_window->controller()->currentDocument(), std::optional<Storage::DocId>(m_first));
        QTRY_COMPARE(chips(), first);
    }
};

QTEST_MAIN(TestArticleLabels)
#include "tst_articlelabels.moc"
