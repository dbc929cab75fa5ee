// The window's actions, menus and toolbar: every action is in a menu, with its shortcut shown.
#include "mainwindow.h"

#include "fetchservice.h"
#include "icons.h"
#include "readerpane.h"
#include "settings.h"
#include "settingsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QToolBar>
#include <QWidgetAction>

namespace Newsdesk::Ui {

QAction *MainWindow::addAction(const QString &name, const QString &icon, const QKeySequence &shortcut,
                               void (MainWindow::*slot)())
{
    auto *a = new QAction(this);
    a->setObjectName(name);
    if (!icon.isEmpty())
        a->setIcon(Icons::get(icon));
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    a->setShortcutVisibleInContextMenu(true);
    if (slot)
        connect(a, &QAction::triggered, this, slot);
    m_actions.insert(name, a);
    QMainWindow::addAction(a); // shortcuts work even while the menu bar is hidden
    return a;
}

void MainWindow::createActions()
{
    addAction(QStringLiteral("importFiles"), QStringLiteral("import"), QKeySequence::Open, &MainWindow::chooseImportFiles);
    addAction(QStringLiteral("importFolder"), {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
              &MainWindow::chooseImportFolder);
    addAction(QStringLiteral("openUrl"), {}, QKeySequence(Qt::CTRL | Qt::Key_L), &MainWindow::openUrl);
    addAction(QStringLiteral("loadSample"), {}, {}, &MainWindow::loadSampleLibrary);
    connect(addAction(QStringLiteral("refresh"), QStringLiteral("refresh"), QKeySequence(Qt::Key_F5), nullptr),
            &QAction::triggered, this, [this] {
                m_progress->setRange(0, 0);
                m_progress->setFormat(tr("Refreshing…"));
                m_progress->setVisible(m_fetch != nullptr);
                m_tracker->refresh();
            });
    addAction(QStringLiteral("subscribe"), QStringLiteral("feed"), QKeySequence(Qt::CTRL | Qt::Key_N),
              &MainWindow::subscribe);
    QAction *offline = addAction(QStringLiteral("offline"), QStringLiteral("offline"), {}, nullptr);
    offline->setCheckable(true);
    connect(offline, &QAction::toggled, this, [this](bool on) { m_settings->setOffline(on); });
    QAction *quit = addAction(QStringLiteral("quit"), {}, QKeySequence::Quit, nullptr);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *find = addAction(QStringLiteral("find"), QStringLiteral("search"), QKeySequence::Find, nullptr);
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    // F3 / Shift+F3: the search's words marked in the article, one after the other.
    QAction *nextMatch = addAction(QStringLiteral("nextMatch"), {}, QKeySequence(Qt::Key_F3), nullptr);
    connect(nextMatch, &QAction::triggered, this, [this] { m_reader->stepMatch(1); });
    QAction *previousMatch
        = addAction(QStringLiteral("previousMatch"), {}, QKeySequence(Qt::SHIFT | Qt::Key_F3), nullptr);
    connect(previousMatch, &QAction::triggered, this, [this] { m_reader->stepMatch(-1); });
    QAction *settings = addAction(QStringLiteral("settings"), QStringLiteral("settings"),
                                  QKeySequence(Qt::CTRL | Qt::Key_Comma), nullptr);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    QAction *zoomIn = addAction(QStringLiteral("zoomIn"), {}, QKeySequence::ZoomIn, nullptr);
    connect(zoomIn, &QAction::triggered, this, [this] { m_settings->setZoom(m_settings->zoom() + 0.1); });
    QAction *zoomOut = addAction(QStringLiteral("zoomOut"), {}, QKeySequence::ZoomOut, nullptr);
    connect(zoomOut, &QAction::triggered, this, [this] { m_settings->setZoom(m_settings->zoom() - 0.1); });
    QAction *zoomReset = addAction(QStringLiteral("zoomReset"), {}, QKeySequence(Qt::CTRL | Qt::Key_0), nullptr);
    connect(zoomReset, &QAction::triggered, this, [this] { m_settings->setZoom(1.0); });
    QAction *source = addAction(QStringLiteral("viewSource"), QStringLiteral("source"),
                                QKeySequence(Qt::CTRL | Qt::Key_U), nullptr);
    source->setCheckable(true);
    connect(source, &QAction::toggled, this, [this](bool on) { m_reader->setViewSource(on); });

    addAction(QStringLiteral("nextArticle"), {}, QKeySequence(Qt::Key_J), &MainWindow::nextArticle);
    addAction(QStringLiteral("previousArticle"), {}, QKeySequence(Qt::Key_K), &MainWindow::previousArticle);
    QAction *nextUnreadAction = addAction(QStringLiteral("nextUnread"), {}, QKeySequence(Qt::Key_N), nullptr);
    connect(nextUnreadAction, &QAction::triggered, this, [this] { nextUnread(); });
    connect(addAction(QStringLiteral("back"), QStringLiteral("go-back"), QKeySequence(Qt::ALT | Qt::Key_Left), nullptr),
            &QAction::triggered, m_controller, &ReaderController::goBack);
    connect(addAction(QStringLiteral("forward"), QStringLiteral("go-forward"), QKeySequence(Qt::ALT | Qt::Key_Right), nullptr),
            &QAction::triggered, m_controller, &ReaderController::goForward);
    connect(addAction(QStringLiteral("bookmark"), QStringLiteral("bookmark"), QKeySequence(Qt::Key_B), nullptr),
            &QAction::triggered, m_controller, &ReaderController::toggleBookmark);
    addAction(QStringLiteral("scrollOrNext"), {}, QKeySequence(Qt::Key_Space), &MainWindow::scrollOrNextUnread);

    QAction *bookmark = action(QStringLiteral("bookmark"));
    bookmark->setCheckable(true);
    // The checked state follows the article, not the click: toggleBookmark() sets it.
    connect(bookmark, &QAction::triggered, this, [this] { updateActions(); });
    addAction(QStringLiteral("markUnread"), QStringLiteral("mark-unread"), QKeySequence(Qt::Key_U), &MainWindow::markUnread);
    addAction(QStringLiteral("openOriginal"), QStringLiteral("open-external"), QKeySequence(Qt::Key_O),
              &MainWindow::openOriginal);

    m_languageGroup = new QActionGroup(this);
    const QList<std::pair<QString, int>> languages{{QStringLiteral("en"), Qt::Key_1},
                                                   {QStringLiteral("zh-CN"), Qt::Key_2},
                                                   {QStringLiteral("zh-HK"), Qt::Key_3}};
    for (const auto &[locale, key] : languages) {
        QAction *a = addAction(u"language-" + locale, {}, QKeySequence(Qt::CTRL | key), nullptr);
        a->setCheckable(true);
        a->setText(Core::localeNativeName(locale));
        a->setData(locale);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, l = locale] {
            m_controller->switchVariant(l);
            updateActions(); // the check follows the article, not the click
        });
    }

    QAction *about = addAction(QStringLiteral("about"), {}, {}, nullptr);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Newsdesk"),
                           tr("<h3>Newsdesk %1</h3><p>A desktop reader for market news.</p>"
                              "<p>Articles are stored on this computer; nothing in an article runs as a "
                              "program, and nothing is loaded from the network unless you allow it.</p>")
                               .arg(QStringLiteral(NEWSDESK_VERSION)));
    });
}

void MainWindow::createMenus()
{
    QMenuBar *bar = menuBar();
    bar->clear();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("importFiles")));
    file->addAction(action(QStringLiteral("importFolder")));
    file->addAction(action(QStringLiteral("openUrl")));
    file->addAction(action(QStringLiteral("loadSample")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("subscribe")));
    file->addAction(action(QStringLiteral("refresh")));
    file->addAction(action(QStringLiteral("offline")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("find")));
    edit->addAction(action(QStringLiteral("nextMatch")));
    edit->addAction(action(QStringLiteral("previousMatch")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("settings")));

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("zoomIn")));
    view->addAction(action(QStringLiteral("zoomOut")));
    view->addAction(action(QStringLiteral("zoomReset")));
    view->addSeparator();
    view->addAction(action(QStringLiteral("viewSource")));

    QMenu *go = bar->addMenu(tr("&Go"));
    go->addAction(action(QStringLiteral("back")));
    go->addAction(action(QStringLiteral("forward")));
    go->addSeparator();
    go->addAction(action(QStringLiteral("nextArticle")));
    go->addAction(action(QStringLiteral("previousArticle")));
    go->addAction(action(QStringLiteral("nextUnread")));
    go->addAction(action(QStringLiteral("scrollOrNext")));

    QMenu *article = bar->addMenu(tr("&Article"));
    article->addAction(action(QStringLiteral("bookmark")));
    article->addAction(action(QStringLiteral("markUnread")));
    article->addAction(action(QStringLiteral("openOriginal")));
    article->addSeparator();
    QMenu *language = article->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    language->addActions(m_languageGroup->actions());

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("about")));
}

void MainWindow::createToolBar()
{
    QToolBar *bar = findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    if (!bar) {
        bar = addToolBar(tr("Main Toolbar"));
        bar->setObjectName(QStringLiteral("mainToolBar"));
        bar->setMovable(false);
        bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
        bar->setIconSize(QSize(20, 20));
        bar->addAction(action(QStringLiteral("back")));
        bar->addAction(action(QStringLiteral("forward")));
        bar->addSeparator();
        bar->addAction(action(QStringLiteral("bookmark")));
        bar->addAction(action(QStringLiteral("markUnread")));
        bar->addAction(action(QStringLiteral("openOriginal")));
        bar->addSeparator();
        bar->addAction(action(QStringLiteral("refresh")));
        bar->addAction(action(QStringLiteral("importFiles")));
        auto *spacer = new QWidget(bar);
        spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        bar->addWidget(spacer);
        bar->addWidget(m_search);
        return;
    }
    // The palette changed: re-tint the icons.
    const QList<std::pair<QString, QString>> icons{
        {QStringLiteral("back"), QStringLiteral("go-back")},
        {QStringLiteral("forward"), QStringLiteral("go-forward")},
        {QStringLiteral("markUnread"), QStringLiteral("mark-unread")},
        {QStringLiteral("openOriginal"), QStringLiteral("open-external")},
        {QStringLiteral("refresh"), QStringLiteral("refresh")},
        {QStringLiteral("importFiles"), QStringLiteral("import")},
        {QStringLiteral("find"), QStringLiteral("search")},
        {QStringLiteral("settings"), QStringLiteral("settings")},
        {QStringLiteral("offline"), QStringLiteral("offline")},
        {QStringLiteral("viewSource"), QStringLiteral("source")},
    };
    for (const auto &[name, icon] : icons) {
        if (QAction *a = action(name))
            a->setIcon(Icons::get(icon));
    }
    updateActions();
}

void MainWindow::retranslate()
{
    const auto set = [this](const QString &name, const QString &text, const QString &tip = {}) {
        if (QAction *a = action(name)) {
            a->setText(text);
            a->setToolTip(tip.isEmpty() ? text : tip);
            if (!a->shortcut().isEmpty())
                a->setToolTip(a->toolTip() + u" (" + a->shortcut().toString(QKeySequence::NativeText) + u')');
        }
    };
    set(QStringLiteral("importFiles"), tr("&Import Files…"), tr("Import markdown files"));
    set(QStringLiteral("importFolder"), tr("Import &Folder…"));
    set(QStringLiteral("openUrl"), tr("Open &URL…"), tr("Fetch one article by its address and show it"));
    set(QStringLiteral("loadSample"), tr("Load &Sample Library"));
    set(QStringLiteral("refresh"), tr("&Refresh Subscriptions"));
    set(QStringLiteral("subscribe"), tr("Su&bscribe…"), tr("Subscribe to a news page or feed"));
    set(QStringLiteral("offline"), tr("Work &Offline"));
    set(QStringLiteral("quit"), tr("&Quit"));
    set(QStringLiteral("find"), tr("&Search Articles"));
    set(QStringLiteral("nextMatch"), tr("Next Match in Article"));
    set(QStringLiteral("previousMatch"), tr("Previous Match in Article"));
    set(QStringLiteral("settings"), tr("Se&ttings…"));
    set(QStringLiteral("zoomIn"), tr("Zoom &In"));
    set(QStringLiteral("zoomOut"), tr("Zoom &Out"));
    set(QStringLiteral("zoomReset"), tr("&Reset Zoom"));
    set(QStringLiteral("viewSource"), tr("View &Source"));
    set(QStringLiteral("back"), tr("&Back"));
    set(QStringLiteral("forward"), tr("&Forward"));
    set(QStringLiteral("nextArticle"), tr("&Next Article"));
    set(QStringLiteral("previousArticle"), tr("&Previous Article"));
    set(QStringLiteral("nextUnread"), tr("Next &Unread Article"));
    set(QStringLiteral("scrollOrNext"), tr("Scroll Down or Next Unread"));
    set(QStringLiteral("bookmark"), tr("&Bookmark"), tr("Bookmark this article (kept for offline reading)"));
    set(QStringLiteral("markUnread"), tr("Mark as &Unread"));
    set(QStringLiteral("openOriginal"), tr("&Open Original in Browser"));
    set(QStringLiteral("about"), tr("&About Newsdesk"));
    m_search->setPlaceholderText(tr("Search: words \"phrase\" -word ticker:NVDA.US lang:zh-CN is:unread"));
    m_search->setToolTip(tr("Words and \"phrases\" all match; -word leaves out; a ticker or company name finds its "
                            "articles; ticker:NVDA.US, lang:zh-CN, after:2026-04-01, before:2026-05-01, is:unread, "
                            "is:bookmarked narrow the list. Esc clears. (Ctrl+F or /)"));
    updatePlaceholder();
    createMenus();
    if (QToolBar *bar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        bar->setWindowTitle(tr("Main Toolbar"));
    updateWindowTitle();
}

void MainWindow::updateActions()
{
    const bool hasArticle = m_controller->currentDocument().has_value();
    action(QStringLiteral("back"))->setEnabled(m_controller->canGoBack());
    action(QStringLiteral("forward"))->setEnabled(m_controller->canGoForward());
    QAction *bookmark = action(QStringLiteral("bookmark"));
    bookmark->setEnabled(hasArticle);
    const bool bookmarked = m_controller->isBookmarked();
    bookmark->setChecked(bookmarked);
    bookmark->setIcon(Icons::get(bookmarked ? QStringLiteral("bookmarked") : QStringLiteral("bookmark")));
    action(QStringLiteral("markUnread"))->setEnabled(hasArticle && m_controller->isRead());
    action(QStringLiteral("openOriginal"))->setEnabled(hasArticle && m_controller->article().url.isValid());
    action(QStringLiteral("viewSource"))->setEnabled(hasArticle);
    action(QStringLiteral("refresh"))->setEnabled(m_fetch != nullptr);
    action(QStringLiteral("subscribe"))->setEnabled(m_fetch != nullptr);
    action(QStringLiteral("openUrl"))->setEnabled(m_fetch != nullptr);
    // Stored, fetchable, or known missing (greyed, the reason in the tooltip).
    const QStringList stored = m_controller->storedLocales();
    const QStringList available = m_controller->availableLocales();
    for (QAction *a : m_languageGroup->actions()) {
        const QString locale = a->data().toString();
        const QString missing = m_controller->missingReason(locale);
        const bool fetchable = available.contains(locale) && m_fetch && missing.isEmpty();
        a->setEnabled(hasArticle && (stored.contains(locale) || fetchable));
        a->setChecked(hasArticle && locale == m_controller->currentLocale());
        a->setToolTip(!hasArticle || stored.contains(locale) ? a->text()
                      : !missing.isEmpty()                   ? tr("%1: not available (%2)").arg(a->text(), missing)
                      : fetchable                            ? tr("%1: not stored yet, fetched when chosen").arg(a->text())
                                                             : tr("%1: this article has no such version").arg(a->text()));
    }
}

} // namespace Newsdesk::Ui
