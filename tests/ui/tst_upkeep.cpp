// Retention in the reader: the rule set in the settings dialog by keys and clicks, then a run at a
// fixed "now" over a real library with its writer, as the reader runs it, and what the window shows
// afterwards (the list's rows, the count, the status bar).
#include "controller/backupschedule.h"
#include "controller/retentionschedule.h"
#include "storage/labelstore.h"
#include "storage/librarywriter.h"
#include "ui/articlelistmodel.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/uilanguage.h"
#include "uifixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Newsdesk;
using Ui::ArticleListModel;
using Ui::MainWindow;
using Ui::RetentionRule;

namespace {

const QDateTime now(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

QDateTime at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(9, 0), Qt::UTC);
}

} // namespace

class TestUpkeep final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::LibraryWriter> m_writer;
    std::unique_ptr<Storage::Library> m_library;
    std::unique_ptr<Ui::Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QStringList listedTitles() const
    {
        QStringList titles;
        for (int row = 0; row < m_window->listModel()->rowCount(); ++row)
            titles.append(m_window->listModel()->index(row).data().toString());
        return titles;
    }

    QDialog *openSettings()
    {
        m_window->action(QStringLiteral("settings"))->trigger();
        QDialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY(
                (dialog = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"))) && dialog->isVisible());
        }();
        return dialog;
    }

    void clickOk(QDialog *dialog)
    {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("settingsDialog")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As the reader starts: its English plurals ("1 article", "5 articles") installed.
        Ui::UiLanguage::install(QStringLiteral("en"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        UiTest::useTemporarySettings(m_dir->filePath(QStringLiteral("settings")));
        const QString path = m_dir->filePath(QStringLiteral("library.sqlite"));
        // As the reader runs: one writer, the window's library handing its writes to it.
        m_writer = std::make_unique<Storage::LibraryWriter>();
        QVERIFY(m_writer->open(path).ok());
        m_library = std::make_unique<Storage::Library>();
        QVERIFY(m_library->open(path).ok());
        const QList<Core::Article> articles{
            UiTest::article(
                QStringLiteral("500001"), QStringLiteral("en"), QStringLiteral("Old news"), at(2025, 11, 3)),
            UiTest::article(
                QStringLiteral("500002"), QStringLiteral("en"), QStringLiteral("Older news"), at(2025, 8, 20)),
            UiTest::article(
                QStringLiteral("500003"), QStringLiteral("en"), QStringLiteral("Old but bookmarked"), at(2025, 9, 1)),
            UiTest::article(
                QStringLiteral("500004"), QStringLiteral("en"), QStringLiteral("Old but labelled"), at(2025, 9, 2)),
            UiTest::article(QStringLiteral("500005"), QStringLiteral("en"), QStringLiteral("Old and watched"),
                at(2025, 9, 3), {QStringLiteral("HBLN.US")}),
            UiTest::article(QStringLiteral("500006"), QStringLiteral("en"), QStringLiteral("Just inside six months"),
                at(2025, 12, 16)),
            UiTest::article(
                QStringLiteral("500007"), QStringLiteral("en"), QStringLiteral("Recent news"), at(2026, 6, 1)),
        };
        for (const Core::Article &a : articles)
            QVERIFY(m_library->store(a).ok());
        QVERIFY(m_library->setBookmarked(*m_library->findDocument(QStringLiteral("500003")), true).ok());
        QVERIFY(m_library->labels()
                    .add({*m_library->findDocument(QStringLiteral("500004"))}, QStringLiteral("thesis"))
                    .ok());
        QVERIFY(m_library->addToWatchlist(QStringLiteral("HBLN.US")).ok());
        m_settings = std::make_unique<Ui::Settings>();
        m_settings->setPreferredLocale(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(m_library.get(), m_settings.get());
        m_window->retention()->setClock([] { return now; });
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_library.reset();
        m_writer.reset();
        m_dir.reset();
    }

    void keepsEverythingUntilTheUserSaysOtherwise()
    {
        QCOMPARE(m_settings->retention().unit, RetentionRule::Unit::Forever);
        QDialog *dialog = openSettings();
        QVERIFY(dialog);
        auto *unit = dialog->findChild<QComboBox *>(QStringLiteral("keepUnit"));
        QCOMPARE(unit->currentText(), QStringLiteral("Forever"));
        QVERIFY(!dialog->findChild<QSpinBox *>(QStringLiteral("keepCount"))->isEnabled());
        clickOk(dialog);
        QVERIFY(!m_window->retention()->runNow()); // nothing to do
        QCOMPARE(listedTitles().size(), 7);
    }

    void sixMonthsSetByKeysRemovesExactlyTheOldUnkeptArticles()
    {
        QCOMPARE(m_window->countLabel()->text(), QStringLiteral("7 articles"));
        QDialog *dialog = openSettings();
        QVERIFY(dialog);
        auto *unit = dialog->findChild<QComboBox *>(QStringLiteral("keepUnit"));
        auto *count = dialog->findChild<QSpinBox *>(QStringLiteral("keepCount"));
        unit->setFocus(Qt::TabFocusReason);
        QTest::keyClick(unit, Qt::Key_Down);
        QTest::keyClick(unit, Qt::Key_Down);
        QCOMPARE(unit->currentText(), QStringLiteral("For a number of months"));
        QVERIFY(count->isEnabled());
        count->setFocus(Qt::TabFocusReason);
        QTest::keyClick(count, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(count, QStringLiteral("6"));
        clickOk(dialog);
        QCOMPARE(m_settings->retention(), (RetentionRule{RetentionRule::Unit::Months, 6}));
        QCOMPARE(m_window->retention()->rule(), (RetentionRule{RetentionRule::Unit::Months, 6}));

        int finished = 0;
        Storage::PruneOutcome outcome;
        connect(m_window->retention(), &Ui::RetentionSchedule::finished, this, [&](const Storage::PruneOutcome &o) {
            outcome = o;
            ++finished;
        });
        QVERIFY(m_window->retention()->runNow());
        QVERIFY(!m_window->retention()->runNow()); // one run at a time
        QTRY_COMPARE(finished, 1);
        QCOMPARE(outcome.documents, 2);
        QCOMPARE(listedTitles(),
            (QStringList{QStringLiteral("Recent news"), QStringLiteral("Just inside six months"),
                QStringLiteral("Old and watched"), QStringLiteral("Old but labelled"),
                QStringLiteral("Old but bookmarked")}));
        QCOMPARE(m_window->countLabel()->text(), QStringLiteral("5 articles"));
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Deleted 2 old articles; ")),
            qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(!m_library->findDocument(QStringLiteral("500001")));
        QVERIFY(!m_library->findDocument(QStringLiteral("500002")));
        QVERIFY(m_library->checkIntegrity().ok());

        // The next day's run finds nothing more and says nothing.
        m_window->statusBar()->clearMessage();
        QVERIFY(m_window->retention()->runNow());
        QTRY_COMPARE(finished, 2);
        QCOMPARE(outcome.documents, 0);
        QCOMPARE(m_window->statusBar()->currentMessage(), QString());
        QCOMPARE(listedTitles().size(), 5);
    }

    void thirtyDaysReadBackIntoTheDialog()
    {
        m_settings->setRetention({RetentionRule::Unit::Days, 30});
        QDialog *dialog = openSettings();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("keepUnit"))->currentText(),
            QStringLiteral("For a number of days"));
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("keepCount"))->value(), 30);
        QCOMPARE(m_window->retention()->rule(), (RetentionRule{RetentionRule::Unit::Days, 30}));
        // Unticking the weekly backup by a click turns it off and greys its folder.
        auto *backup = dialog->findChild<QCheckBox *>(QStringLiteral("autoBackup"));
        QVERIFY(backup->isChecked());
        QTest::mouseClick(backup, Qt::LeftButton, {}, QPoint(8, backup->height() / 2));
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("backupFolder"))->isEnabled());
        clickOk(dialog);
        QVERIFY(!m_settings->autoBackup());
        QVERIFY(!m_window->backups()->isEnabled());
    }
};

QTEST_MAIN(TestUpkeep)
#include "tst_upkeep.moc"
