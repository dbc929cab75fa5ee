#include "ui/readerapp.h"

#include "controller/backupschedule.h"
#include "controller/retentionschedule.h"
#include "net/fetchservice.h"
#include "storage/library.h"
#include "storage/librarywriter.h"
#include "ui/damagenotice.h"
#include "ui/mainwindow.h"
#include "ui/readerpane.h"
#include "ui/settings.h"
#include "ui/singleinstance.h"
#include "ui/theme.h"
#include "ui/uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QWindow>

#include <memory>

Q_LOGGING_CATEGORY(lcReaderApp, "newsdesk.ui.app")

namespace Newsdesk::Ui {

namespace {

// Shows what another `newsdesk` handed over (or this one was started with) and comes to the front.
void openHandedOver(MainWindow *window, const QStringList &files, const QString &open)
{
    if (!open.isEmpty()) {
        const qsizetype at = open.lastIndexOf(u'@');
        const QString key = at > 0 ? open.left(at) : open;
        if (const auto doc = window->controller()->findDocument(key)) {
            window->controller()->revealInView(*doc);
            window->openArticle(*doc, at > 0 ? open.mid(at + 1) : QString());
        } else {
            qCWarning(lcReaderApp) << "no stored article" << open;
        }
    }
    if (!files.isEmpty())
        window->openFiles(files);
}

// Edit → Rules… over the window, its first rule selected and previewed, for the screenshot.
void showRulesDialog(MainWindow *window)
{
    if (QAction *rules = window->action(QStringLiteral("rules")))
        rules->trigger();
    auto *dialog = window->findChild<QDialog *>(QStringLiteral("rulesDialog"));
    if (!dialog)
        return;
    if (auto *list = dialog->findChild<QListWidget *>(QStringLiteral("ruleList")); list && list->count() > 0)
        list->setCurrentRow(0);
    if (auto *preview = dialog->findChild<QPushButton *>(QStringLiteral("previewRule")))
        preview->click();
}

// Saves what the screen shows of the window (the web view included) and quits.
void takeScreenshot(MainWindow *window, const QString &file)
{
    QScreen *screen = window->screen();
    QPixmap shot = screen ? screen->grabWindow(
                       0, window->x(), window->y(), window->frameGeometry().width(), window->frameGeometry().height())
                          : QPixmap();
    if (shot.isNull())
        shot = window->grab();
    const bool saved = !shot.isNull() && shot.save(file);
    if (!saved)
        qCCritical(lcReaderApp) << "could not write the screenshot" << file;
    QApplication::exit(saved ? 0 : 1);
}

} // namespace

int runReader(const ReaderArguments &options)
{
    Settings settings;
    if (options.offline())
        settings.setOfflineThisSession();
    Theme::captureSystemDefaults();
    QString language = UiLanguage::install(settings.uiLanguage());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/newsdesk.svg")));

    const QString path = Storage::Library::resolvePath(options.db());
    SingleInstance instance(path);
    if (options.screenshot().isEmpty() && instance.handOver(options.handOverArguments()))
        return 0;
    instance.listen();

    // The one connection that writes the library; every Library below (the window's, the fetch
    // thread's, the imports') hands its writes to it. Destroyed last, after it ran them all.
    Storage::LibraryWriter writer;
    Storage::Library library;
    if (Result<void> opened = writer.open(path); !opened || !(opened = library.open(path))) {
        qCCritical(lcReaderApp) << "cannot open the library" << path << opened.error().message;
        QMessageBox::critical(nullptr, QCoreApplication::translate("Newsdesk::Ui::ReaderApp", "Newsdesk"),
            QCoreApplication::translate("Newsdesk::Ui::ReaderApp", "The library %1 could not be opened:\n%2")
                .arg(path, opened.error().message));
        return 1;
    }

    Net::FetchSettings fetchSettings;
    fetchSettings.allowRemoteImages = settings.remoteImages();
    auto fetch = std::make_unique<Net::FetchService>(library.path(), fetchSettings);
    fetch->setOffline(settings.offline());
    fetch->setSchedulerEnabled(true);

    MainWindow window(&library, &settings, fetch.get());
    new DamageNotice(&library, &window); // owned by the window
    QObject::connect(&settings, &Settings::changed, &window, [&settings, &language] {
        if (UiLanguage::resolve(settings.uiLanguage()) != language)
            language = UiLanguage::install(settings.uiLanguage());
    });
    window.restoreState();
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &window, [&window](const QStringList &given) {
        ReaderArguments received;
        if (!received.parse(QStringList{QString()} + given))
            qCWarning(lcReaderApp) << "handed over:" << received.error();
        openHandedOver(&window, received.documents(), received.open());
        if (window.isMinimized())
            window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
        window.raise();
        window.activateWindow();
    });
    if (!options.screenshot().isEmpty()) {
        // A fixed day keeps the pictures' sparklines and timelines the same whenever they are made.
        if (const QDateTime now = QDateTime::fromString(options.now(), Qt::ISODate); now.isValid())
            window.setClock([now] { return now; });
        QObject::connect(window.readerPane(), &ReaderPane::pageLoaded, &window,
            [&window, file = options.screenshot(), dialog = options.dialog()] {
                if (dialog == u"rules")
                    showRulesDialog(&window);
                // Give the page a moment to paint its fonts after the load.
                QTimer::singleShot(1500, &window, [&window, file] { takeScreenshot(&window, file); });
            });
        // A window with no article to load still gets its picture.
        QTimer::singleShot(20000, &window, [&window, file = options.screenshot()] { takeScreenshot(&window, file); });
    }
    window.show();
    openHandedOver(&window, options.documents(), options.open());
    if (options.screenshot().isEmpty()) {
        window.retention()->start();
        window.backups()->start();
    }
    // Destroyed in reverse order: the window, the fetch service, the library, then the writer (after
    // running every write still queued).
    return QApplication::exec();
}

} // namespace Newsdesk::Ui
