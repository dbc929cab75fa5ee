// newsdesk-bench-ui: the reader's window on a given library, measured from inside its own process
// (the "ui" section of newsdesk-bench starts it and reads what it prints, one "name=value" a line).
//   newsdesk-bench-ui --db FILE --settings DIR [--switches N] [--first-after MS]
// start_ms       main() entered → the window on screen with its newest rows painted
// The first J comes --first-after ms (default 1000: a person looks at the list first) after the
// window is on screen.
// first_loaded_ms  the first article: a J key press → its page loaded in WebEngine
// first_ms       the first article: a J key press → its page painted (the view's first paint after
//                the load; the renderer process starts here)
// open_ms        a later article by J: the synchronous part (list, library, history)
// switch_ms      a later article: a J key press → its page loaded (rendered by the helpers)
// key_ms         a later article: a J key press → its page painted
// window_recreated  1 when the window's native surface was destroyed along the way (a flicker)
// page_ms        fetchMore of one page of rows while scrolling
// rss_kb         this process's resident memory with the list showing and an article open
// webengine_kb   WebEngine's own processes (children), resident
#include "net/fetchservice.h"
#include "storage/library.h"
#include "ui/articlelistmodel.h"
#include "ui/mainwindow.h"
#include "ui/readerpane.h"
#include "ui/settings.h"
#include "ui/sidebar.h"
#include "web/appurlscheme.h"
#include "web/readerview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QListView>
#include <QPlatformSurfaceEvent>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QWindow>

#include <cmath>
#include <cstdio>

using namespace Newsdesk;

namespace {

qint64 residentKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

qint64 parentOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

// Resident memory of every descendant process (WebEngine's renderer, GPU and utility processes).
qint64 descendantsKb(qint64 root)
{
    qint64 total = 0;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || pid == root)
            continue;
        for (qint64 p = parentOf(pid); p > 1; p = parentOf(p)) {
            if (p == root) {
                total += residentKb(pid);
                break;
            }
        }
    }
    return total;
}

template<typename Predicate> bool waitUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// Notes the first paint of the list's viewport.
class PaintWatch final : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

// Notes when the reader's web view (its render widget, the view's focus proxy) paints, and whether
// the window's native surface is destroyed.
class ViewPaintWatch final : public QObject
{
public:
    explicit ViewPaintWatch(Ui::ReaderPane *pane)
        : m_pane(pane)
    {
    }
    QElapsedTimer clock;
    qint64 lastPaintNs = -1;
    bool surfaceDestroyed = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_pane->view() && watched == m_pane->view()->focusProxy())
            lastPaintNs = clock.nsecsElapsed();
        else if (event->type() == QEvent::PlatformSurface
            && static_cast<QPlatformSurfaceEvent *>(event)->surfaceEventType()
                == QPlatformSurfaceEvent::SurfaceAboutToBeDestroyed)
            surfaceDestroyed = true;
        return QObject::eventFilter(watched, event);
    }

private:
    Ui::ReaderPane *m_pane;
};

void print(const char *name, double value)
{
    std::printf("%s=%.3f\n", name, value);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    Ui::registerAppUrlScheme();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Newsdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Newsdesk"));
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&](const char *name, const QString &fallback = {}) {
        const qsizetype i = args.indexOf(QLatin1StringView(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, option("--settings", QDir::tempPath()));
    const int switches = option("--switches", QStringLiteral("30")).toInt();
    const int firstAfterMs = option("--first-after", QStringLiteral("1000")).toInt();

    Storage::Library library;
    if (const Result<void> opened = library.open(option("--db")); !opened) {
        std::fprintf(stderr, "cannot open the library: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Ui::Settings settings;
    settings.setOffline(true); // a benchmark sends nothing anywhere
    Net::FetchSettings fetchSettings;
    fetchSettings.followSystemNetworkState = false;
    Net::FetchService fetch(library.path(), fetchSettings);
    fetch.setOffline(true);

    Ui::MainWindow window(&library, &settings, &fetch);
    PaintWatch paint;
    window.listView()->viewport()->installEventFilter(&paint);
    window.show();
    if (!waitUntil([&] { return window.windowHandle() && window.windowHandle()->isExposed() && paint.painted; }, 20000))
        return 2;
    const double startMs = double(clock.nsecsElapsed()) / 1e6;
    print("start_ms", startMs);
    print("rows_loaded", window.listModel()->rowCount());

    // The web view comes after the window. Then J from the sidebar, as a person reads: the first
    // article (WebEngine's renderer starts), then the following ones.
    if (!waitUntil([&] { return window.readerPane()->hasView(); }, 20000))
        return 3;
    ViewPaintWatch viewPaint(window.readerPane());
    viewPaint.clock.start();
    app.installEventFilter(&viewPaint);
    int loaded = 0;
    qint64 loadedNs = 0;
    QObject::connect(window.readerPane(), &Ui::ReaderPane::pageLoaded, &window, [&](bool) {
        ++loaded;
        loadedNs = viewPaint.clock.nsecsElapsed();
    });
    QTreeWidget *sidebar = window.sidebar()->tree();
    waitUntil([&] { return clock.elapsed() - qint64(std::llround(startMs)) >= firstAfterMs; }, firstAfterMs + 1000);
    // J is a window shortcut: the window active and the sidebar focused, as when a person reads.
    if (!waitUntil(
            [&] {
                if (!window.isActiveWindow())
                    window.activateWindow();
                sidebar->setFocus(Qt::OtherFocusReason);
                return window.isActiveWindow() && sidebar->hasFocus();
            },
            5000))
        return 6;
    // One J: {synchronous part, key → loaded, key → painted}; painted is -1 when no paint came.
    const auto pressJ = [&](double *syncMs, double *loadedMs, double *paintedMs) {
        const int before = loaded;
        const qint64 pressNs = viewPaint.clock.nsecsElapsed();
        QTest::keyClick(sidebar, Qt::Key_J);
        *syncMs = double(viewPaint.clock.nsecsElapsed() - pressNs) / 1e6;
        if (!waitUntil([&] { return loaded > before; }, 30000))
            return false;
        *loadedMs = double(loadedNs - pressNs) / 1e6;
        const bool painted = waitUntil([&] { return viewPaint.lastPaintNs >= loadedNs; }, 1000);
        *paintedMs = painted ? double(viewPaint.lastPaintNs - pressNs) / 1e6 : -1;
        return true;
    };
    double syncMs = 0, loadedMs = 0, paintedMs = 0;
    if (!pressJ(&syncMs, &loadedMs, &paintedMs))
        return 4;
    print("first_loaded_ms", loadedMs);
    if (paintedMs >= 0)
        print("first_ms", paintedMs);
    for (int i = 1; i <= switches; ++i) {
        if (!pressJ(&syncMs, &loadedMs, &paintedMs))
            return 5;
        print("open_ms", syncMs);
        print("switch_ms", loadedMs);
        if (paintedMs >= 0)
            print("key_ms", paintedMs);
    }
    print("window_recreated", viewPaint.surfaceDestroyed ? 1 : 0);
    app.removeEventFilter(&viewPaint);

    // Scrolling down the list a page of rows at a time.
    Ui::ArticleListModel *model = window.listModel();
    for (int i = 0; i < 40 && model->canFetchMore({}); ++i) {
        QElapsedTimer timer;
        timer.start();
        model->fetchMore({});
        print("page_ms", double(timer.nsecsElapsed()) / 1e6);
    }
    window.listView()->scrollToBottom();
    QCoreApplication::processEvents();
    print("rows_loaded_after_scroll", model->rowCount());
    QTimer::singleShot(500, &app, &QCoreApplication::quit);
    QApplication::exec();
    print("rss_kb", double(residentKb(QCoreApplication::applicationPid())));
    print("webengine_kb", double(descendantsKb(QCoreApplication::applicationPid())));
    return 0;
}
