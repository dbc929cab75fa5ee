// The first article opened by a key press does not re-create the window: on a desktop a new
// native window means the whole window flickers (it is unmapped and mapped again). Run on xcb
// under Xvfb, where a window's surface type and native id are real.
#include "ui/articlelistmodel.h"
#include "ui/mainwindow.h"
#include "ui/readerpane.h"
#include "ui/settings.h"
#include "ui/sidebar.h"
#include "uifixture.h"
#include "web/appurlscheme.h"

#include <QApplication>
#include <QListView>
#include <QPlatformSurfaceEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWindow>

#include <memory>

using namespace Newsdesk;

namespace {

// Counts the native window's destructions (a re-creation destroys the old one first).
class SurfaceWatch final : public QObject
{
public:
    int destroyed = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PlatformSurface
            && static_cast<QPlatformSurfaceEvent *>(event)->surfaceEventType()
                == QPlatformSurfaceEvent::SurfaceAboutToBeDestroyed)
            ++destroyed;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestFirstArticle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstArticleKeepsTheWindow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        UiTest::useTemporarySettings(dir.path());
        Storage::Library library;
        QVERIFY(bool(library.open(dir.filePath(QStringLiteral("library.sqlite")))));
        const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        QList<Core::Article> articles;
        for (int i = 0; i < 5; ++i)
            articles.append(UiTest::article(QString::number(310000000 + i), QStringLiteral("en"),
                QStringLiteral("First article check %1").arg(i), start.addSecs(i * 60)));
        for (const auto &stored : library.storeAll(articles))
            QVERIFY(bool(stored));

        Ui::Settings settings;
        Ui::MainWindow window(&library, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWindow *handle = window.windowHandle();
        QVERIFY(handle);
        SurfaceWatch watch;
        handle->installEventFilter(&watch);
        const WId before = window.winId();
        // The web view's own start comes after the window is on screen; wait it out, then read.
        QTest::qWait(200);
        QCOMPARE(window.controller()->currentDocument(), std::nullopt);

        // J from the sidebar (focusing the list would open its first row by itself). Without a
        // window manager the X server's input focus can come and go: ask until the sidebar has it.
        QListView *list = window.listView();
        QTreeWidget *sidebar = window.sidebar()->tree();
        QVERIFY(QTest::qWaitFor(
            [&window, sidebar] {
                if (!window.isActiveWindow())
                    window.activateWindow();
                sidebar->setFocus(Qt::OtherFocusReason);
                return sidebar->hasFocus();
            },
            5000));
        QCOMPARE(window.controller()->currentDocument(), std::nullopt);
        QSignalSpy loaded(window.readerPane(), &Ui::ReaderPane::pageLoaded);
        QTest::keyClick(sidebar, Qt::Key_J);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toBool(), true);
        QCOMPARE(list->currentIndex().row(), 0);
        QCOMPARE(window.windowTitle(), QStringLiteral("First article check 4 — Newsdesk"));

        // The same native window all along, never destroyed, and still on screen.
        QCOMPARE(window.windowHandle(), handle);
        QCOMPARE(window.winId(), before);
        QCOMPARE(watch.destroyed, 0);
        QVERIFY(handle->isExposed());

        // And the next article by key too.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(window.winId(), before);
        QCOMPARE(watch.destroyed, 0);
    }
};

int main(int argc, char *argv[])
{
    Ui::registerAppUrlScheme(); // before the application object, as in the reader's main()
    QApplication app(argc, argv);
    TestFirstArticle test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_firstarticle.moc"
