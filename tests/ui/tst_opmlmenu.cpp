// File → Import/Export Subscriptions (OPML), driven as a user does: the menu bar and its menu
// clicked, the file dialog's name field typed into; the sidebar and the written file checked.
#include "storage/subscriptionstore.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/sidebar.h"
#include "ui/uilanguage.h"
#include "uifixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <memory>

using namespace Newsdesk;
using namespace Qt::StringLiterals;

class TestOpmlMenu final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Library> m_library;
    std::unique_ptr<Ui::Settings> m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;

    bool sidebarShows(const QString &text) const
    {
        return !m_window->sidebar()->tree()->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0).isEmpty();
    }

    // Clicks File in the menu bar, then the item with that text in the menu that opens.
    bool clickFileMenu(const QString &item)
    {
        QMenuBar *bar = m_window->menuBar();
        QAction *file = bar->actions().value(0);
        if (!file || !file->menu())
            return false;
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(file).center());
        QMenu *menu = file->menu();
        if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 5000))
            return false;
        for (QAction *a : menu->actions()) {
            if (a->text() == item) {
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(a).center());
                return true;
            }
        }
        return false;
    }

    // Chooses a file in the open file dialog, then clicks its Open/Save button.
    bool answerFileDialog(const QString &objectName, const QString &path)
    {
        QFileDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    dialog = m_window->findChild<QFileDialog *>(objectName);
                    return dialog && dialog->isVisible();
                },
                5000)) {
            qWarning("no visible dialog %s", qPrintable(objectName));
            return false;
        }
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        if (!name) {
            qWarning("no name field");
            return false;
        }
        // The file is chosen the way the dialog itself fills the name field when the user picks
        // one in its list (typing into the field races the dialog's own completion offscreen).
        dialog->selectFile(path);
        const QPointer<QFileDialog> open(dialog);
        // Then the dialog's Open/Save button, by mouse.
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QAbstractButton *accept = buttons ? buttons->buttons().value(0) : nullptr;
        for (QAbstractButton *b : buttons ? buttons->buttons() : QList<QAbstractButton *>()) {
            if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                accept = b;
        }
        // The button is enabled once the dialog has looked the name up (its file model is
        // filled off the GUI thread).
        if (!accept || !QTest::qWaitFor([&] { return accept->isEnabled(); }, 5000)) {
            qWarning("no enabled accept button; name field: %s", qPrintable(name->text()));
            return false;
        }
        QTest::mouseClick(accept, Qt::LeftButton);
        (void)QTest::qWaitFor([&] { return !open || !open->isVisible(); }, 3000);
        if (open && open->isVisible())
            qWarning("still open with %s", qPrintable(name->text()));
        return !open || !open->isVisible();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Ui::UiLanguage::install(u"en"_s);
        UiTest::useTemporarySettings(m_dir.filePath(u"settings"_s));
        m_library = std::make_unique<Storage::Library>();
        QVERIFY(m_library->open(m_dir.filePath(u"library.sqlite"_s)).ok());
        QVERIFY(m_library->subscriptions().add(QUrl(u"https://wire.example.org/feed.xml"_s)).ok());
        QVERIFY(m_library->addToWatchlist(u"NVDA.US"_s).ok());
        m_settings = std::make_unique<Ui::Settings>();
        m_window = std::make_unique<Ui::MainWindow>(m_library.get(), m_settings.get());
        m_window->resize(1000, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_settings.reset();
        m_library.reset();
    }

    void importsAnotherReadersSubscriptions()
    {
        // As another reader exports them: one feed new here, one already subscribed, one local
        // file that no subscription may read.
        const QString path = m_dir.filePath(u"from-another-reader.opml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Reader export</title></head><body>
<outline text="Markets" title="Markets">
  <outline type="rss" text="Markets daily" xmlUrl="https://markets.example.net/rss.xml"/>
  <outline type="rss" text="Wire" xmlUrl="https://wire.example.org/feed.xml"/>
  <outline type="rss" text="Secrets" xmlUrl="file:///etc/passwd"/>
</outline></body></opml>
)");
        file.close();
        QVERIFY(!sidebarShows(u"markets.example.net/rss.xml"_s));

        QVERIFY(clickFileMenu(u"Import Subscriptions (OPML)…"_s));
        QVERIFY(answerFileDialog(u"opmlImportDialog"_s, path));

        QTRY_VERIFY(sidebarShows(u"markets.example.net/rss.xml"_s));
        QCOMPARE(m_library->subscriptions().all().size(), 2);
        const QString status = m_window->statusBar()->currentMessage();
        QVERIFY2(status.startsWith(u"Subscribed to 1 new feed of 2; 1 skipped"_s), qPrintable(status));
        QVERIFY2(status.contains(u"file:///etc/passwd"_s), qPrintable(status));
    }

    void exportsSubscriptionsAndWatchlist()
    {
        const QString path = m_dir.filePath(u"newsdesk-export.opml"_s);
        QVERIFY(clickFileMenu(u"Export Subscriptions (OPML)…"_s));
        QVERIFY(answerFileDialog(u"opmlExportDialog"_s, path));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        QVERIFY2(written.contains(u"xmlUrl=\"https://markets.example.net/rss.xml\""_s), qPrintable(written));
        QVERIFY(written.contains(u"xmlUrl=\"https://wire.example.org/feed.xml\""_s));
        QVERIFY(written.contains(u"xmlUrl=\"https://longbridge.com/en/quote/NVDA.US/news.md\""_s));
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Exported 3 subscriptions to "_s + path);
    }
};

QTEST_MAIN(TestOpmlMenu)

#include "tst_opmlmenu.moc"
