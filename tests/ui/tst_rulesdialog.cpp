// Edit → Rules…, driven as a user does: the menu clicked, the form typed into, the buttons clicked;
// the rules checked in the library, the preview against the library's own count, and Apply's
// changes in the article list and the sidebar's labels.
#include "storage/labelstore.h"
#include "storage/rules.h"
#include "ui/articlelistmodel.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/sidebar.h"
#include "ui/uilanguage.h"
#include "uifixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <memory>

using namespace Newsdesk;
using namespace Qt::StringLiterals;

class TestRulesDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Library> m_library;
    std::unique_ptr<Ui::Settings> m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;
    QDialog *m_dialog = nullptr;

    template<typename T> T *child(const char *name) const
    {
        return m_dialog ? m_dialog->findChild<T *>(QLatin1StringView(name)) : nullptr;
    }

    void typeInto(const char *name, const QString &text)
    {
        auto *field = child<QLineEdit>(name);
        QVERIFY(field);
        QTest::mouseClick(field, Qt::LeftButton);
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
        QCOMPARE(field->text(), text);
    }

    void click(const char *name)
    {
        auto *button = child<QAbstractButton>(name);
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // On the box's indicator: a check box takes clicks on its box and text only.
    void toggle(const char *name)
    {
        auto *box = child<QCheckBox>(name);
        QVERIFY(box);
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
    }

    QStringList ruleNames() const
    {
        QStringList names;
        for (const Storage::Rule &rule : m_library->rules().all())
            names.append(rule.name);
        return names;
    }

    bool sidebarShows(const QString &text) const
    {
        return !m_window->sidebar()->tree()->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0).isEmpty();
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
        QVERIFY(
            m_library->store(UiTest::article(u"290000701"_s, u"en"_s, u"Apple earnings beat"_s, now.addDays(-1))).ok());
        QVERIFY(m_library->store(UiTest::article(u"290000702"_s, u"en"_s, u"Nvidia earnings date"_s, now.addDays(-2)))
                    .ok());
        QVERIFY(m_library->store(UiTest::article(u"290000703"_s, u"en"_s, u"Fed holds rates"_s, now.addDays(-3))).ok());
        QVERIFY(
            m_library->store(UiTest::article(u"290000704"_s, u"en"_s, u"Old earnings story"_s, now.addDays(-60))).ok());
        m_settings = std::make_unique<Ui::Settings>();
        m_window = std::make_unique<Ui::MainWindow>(m_library.get(), m_settings.get());
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }

    void opensFromTheEditMenu()
    {
        QMenuBar *bar = m_window->menuBar();
        QAction *edit = bar->actions().value(1);
        QVERIFY(edit && edit->menu());
        QCOMPARE(edit->text(), u"&Edit"_s);
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(edit).center());
        QMenu *menu = edit->menu();
        QVERIFY(QTest::qWaitFor([menu] { return menu->isVisible(); }, 5000));
        QAction *rules = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text() == u"&Rules…")
                rules = a;
        }
        QVERIFY(rules);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(rules).center());
        QVERIFY(QTest::qWaitFor(
            [this] {
                m_dialog = m_window->findChild<QDialog *>(u"rulesDialog"_s);
                return m_dialog && m_dialog->isVisible();
            },
            5000));
        QCOMPARE(child<QListWidget>("ruleList")->count(), 0);
    }

    void addsARuleFromTheForm()
    {
        typeInto("ruleName", u"Earnings"_s);
        typeInto("ruleQuery", u"earnings"_s);
        typeInto("ruleLabels", u"results, watch"_s);
        toggle("ruleMarkRead");
        click("addRule");
        QCOMPARE(ruleNames(), QStringList{u"Earnings"_s});
        const Storage::Rule rule = m_library->rules().all().first();
        QCOMPARE(rule.query, u"earnings"_s);
        QCOMPARE(rule.labels, (QStringList{u"results"_s, u"watch"_s}));
        QVERIFY(rule.markRead);
        QVERIFY(!rule.notify);
        QCOMPARE(child<QListWidget>("ruleList")->count(), 1);
    }

    void refusesARuleWithoutAnAction()
    {
        typeInto("ruleName", u"Nothing"_s);
        typeInto("ruleQuery", u"fed"_s);
        typeInto("ruleLabels", QString());
        toggle("ruleMarkRead");
        QVERIFY(!child<QCheckBox>("ruleMarkRead")->isChecked());
        click("addRule");
        QCOMPARE(ruleNames(), QStringList{u"Earnings"_s});
        QVERIFY(child<QLabel>("ruleMessage")->text().contains(u"needs something to do"_s));
    }

    void previewCountsWhatTheLibraryCounts()
    {
        typeInto("ruleQuery", u"earnings"_s);
        click("previewRule");
        const int expected = m_library->count(Storage::previewFilter(u"earnings"_s, QDateTime::currentDateTimeUtc()));
        QCOMPARE(expected, 2); // the 60-day-old story is outside the 30 days
        const QString text = child<QLabel>("rulePreview")->text();
        QVERIFY2(text.contains(u"matched 2 articles"_s), qPrintable(text));
        QVERIFY(text.contains(u"Apple earnings beat"_s));
        QVERIFY(!text.contains(u"Old earnings story"_s));
    }

    void reordersByMoveUp()
    {
        typeInto("ruleName", u"Fed"_s);
        typeInto("ruleQuery", u"fed"_s);
        typeInto("ruleLabels", u"macro"_s);
        click("addRule");
        QCOMPARE(ruleNames(), (QStringList{u"Earnings"_s, u"Fed"_s}));
        auto *list = child<QListWidget>("ruleList");
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
        QCOMPARE(list->currentRow(), 1);
        click("moveRuleUp");
        QCOMPARE(ruleNames(), (QStringList{u"Fed"_s, u"Earnings"_s}));
        QCOMPARE(list->currentRow(), 0);
        QVERIFY(list->item(0)->text().startsWith(u"Fed"_s));
    }

    void appliesAfterSayingHowMany()
    {
        auto *list = child<QListWidget>("ruleList");
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
        QCOMPARE(child<QLineEdit>("ruleName")->text(), u"Earnings"_s);
        QVERIFY(!sidebarShows(u"results"_s));
        click("applyRule");
        QMessageBox *confirm = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                confirm = m_dialog->findChild<QMessageBox *>(u"applyRuleConfirm"_s);
                return confirm && confirm->isVisible();
            },
            5000));
        // Every stored article the search matches, the old one too.
        QVERIFY2(confirm->text().contains(u"change 3 stored articles"_s), qPrintable(confirm->text()));
        QVERIFY(m_library->labels().labelsOf(m_library->rows({}, 10).first().docId).isEmpty());
        QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmApplyRule"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([this] { return sidebarShows(u"results"_s) && sidebarShows(u"watch"_s); }, 5000));
        QVERIFY(!sidebarShows(u"macro"_s));
        QVERIFY(child<QLabel>("ruleMessage")->text().contains(u"Changed 3 articles"_s));
        // The list, as shown: the earnings articles are read now, the Fed one is not.
        QAbstractItemModel *model = m_window->listView()->model();
        QVERIFY(QTest::qWaitFor([model] { return model->rowCount() == 4; }, 5000));
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            QCOMPARE(index.data(Ui::ArticleListModel::ReadRole).toBool(),
                !index.data(Ui::ArticleListModel::KeyRole).toString().endsWith(u"290000703"_s));
        }
    }

    void removesTheSelectedRule()
    {
        click("removeRule");
        QCOMPARE(ruleNames(), QStringList{u"Fed"_s});
        QCOMPARE(child<QListWidget>("ruleList")->count(), 1);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_library.reset();
    }
};

QTEST_MAIN(TestRulesDialog)
#include "tst_rulesdialog.moc"
