#include "ui/readeractions.h"

#include "controller/readercontroller.h"
#include "ui/icons.h"
#include "ui/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QMenuBar>
#include <QToolBar>
#include <QWidget>

namespace Newsdesk::Ui {

ReaderActions::ReaderActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_languages(new QActionGroup(this))
{
    add(QStringLiteral("importFiles"), QStringLiteral("import"), QKeySequence::Open);
    add(QStringLiteral("importFolder"), {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    add(QStringLiteral("openUrl"), {}, QKeySequence(Qt::CTRL | Qt::Key_L));
    add(QStringLiteral("loadSample"), {}, {});
    add(QStringLiteral("refresh"), QStringLiteral("refresh"), QKeySequence(Qt::Key_F5));
    add(QStringLiteral("subscribe"), QStringLiteral("feed"), QKeySequence(Qt::CTRL | Qt::Key_N));
    add(QStringLiteral("importOpml"), {}, {});
    add(QStringLiteral("exportOpml"), {}, {});
    add(QStringLiteral("offline"), QStringLiteral("offline"), {})->setCheckable(true);
    add(QStringLiteral("quit"), {}, QKeySequence::Quit);
    add(QStringLiteral("find"), QStringLiteral("search"), QKeySequence::Find)
        ->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    // F3 / Shift+F3: the search's words marked in the article, one after the other.
    add(QStringLiteral("saveSearch"), {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    add(QStringLiteral("rules"), {}, {});
    add(QStringLiteral("nextMatch"), {}, QKeySequence(Qt::Key_F3));
    add(QStringLiteral("previousMatch"), {}, QKeySequence(Qt::SHIFT | Qt::Key_F3));
    add(QStringLiteral("settings"), QStringLiteral("settings"), QKeySequence(Qt::CTRL | Qt::Key_Comma))
        ->setMenuRole(QAction::PreferencesRole);
    add(QStringLiteral("zoomIn"), {}, QKeySequence::ZoomIn);
    add(QStringLiteral("zoomOut"), {}, QKeySequence::ZoomOut);
    add(QStringLiteral("zoomReset"), {}, QKeySequence(Qt::CTRL | Qt::Key_0));
    add(QStringLiteral("viewSource"), QStringLiteral("source"), QKeySequence(Qt::CTRL | Qt::Key_U))->setCheckable(true);
    add(QStringLiteral("nextArticle"), {}, QKeySequence(Qt::Key_J));
    add(QStringLiteral("previousArticle"), {}, QKeySequence(Qt::Key_K));
    add(QStringLiteral("nextUnread"), {}, QKeySequence(Qt::Key_N));
    add(QStringLiteral("back"), QStringLiteral("go-back"), QKeySequence(Qt::ALT | Qt::Key_Left));
    add(QStringLiteral("forward"), QStringLiteral("go-forward"), QKeySequence(Qt::ALT | Qt::Key_Right));
    // Checked as the article is, not as clicked: update() sets it.
    add(QStringLiteral("bookmark"), QStringLiteral("bookmark"), QKeySequence(Qt::Key_B))->setCheckable(true);
    add(QStringLiteral("scrollOrNext"), {}, QKeySequence(Qt::Key_Space));
    add(QStringLiteral("markUnread"), QStringLiteral("mark-unread"), QKeySequence(Qt::Key_U));
    add(QStringLiteral("openOriginal"), QStringLiteral("open-external"), QKeySequence(Qt::Key_O));
    add(QStringLiteral("fetchFullArticle"), {}, QKeySequence(Qt::SHIFT | Qt::Key_O));
    const QList<std::pair<QString, int>> languages{
        {QStringLiteral("en"), Qt::Key_1}, {QStringLiteral("zh-CN"), Qt::Key_2}, {QStringLiteral("zh-HK"), Qt::Key_3}};
    for (const auto &[locale, key] : languages) {
        QAction *a = add(u"language-" + locale, {}, QKeySequence(Qt::CTRL | key));
        a->setCheckable(true);
        a->setText(Core::localeNativeName(locale));
        a->setData(locale);
        m_languages->addAction(a);
    }
    add(QStringLiteral("about"), {}, {})->setMenuRole(QAction::AboutRole);
}

QAction *ReaderActions::add(const QString &name, const QString &icon, const QKeySequence &shortcut)
{
    auto *a = new QAction(m_window);
    a->setObjectName(name);
    if (!icon.isEmpty()) {
        a->setIcon(Icons::get(icon));
        m_icons.insert(name, icon);
    }
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    a->setShortcutVisibleInContextMenu(true);
    m_actions.insert(name, a);
    m_window->addAction(a);
    return a;
}

QList<QAction *> ReaderActions::languageActions() const
{
    return m_languages->actions();
}

void ReaderActions::fillMenuBar(QMenuBar *bar) const
{
    bar->clear();
    const auto fill = [this](QMenu *menu, const QStringList &names) {
        for (const QString &name : names) {
            if (name.isEmpty())
                menu->addSeparator();
            else
                menu->addAction(action(name));
        }
    };
    fill(bar->addMenu(tr("&File")),
        {QStringLiteral("importFiles"), QStringLiteral("importFolder"), QStringLiteral("openUrl"),
            QStringLiteral("loadSample"), {}, QStringLiteral("subscribe"), QStringLiteral("refresh"),
            QStringLiteral("offline"), {}, QStringLiteral("importOpml"), QStringLiteral("exportOpml"), {},
            QStringLiteral("quit")});
    fill(bar->addMenu(tr("&Edit")),
        {QStringLiteral("find"), QStringLiteral("saveSearch"), QStringLiteral("nextMatch"),
            QStringLiteral("previousMatch"), {}, QStringLiteral("rules"), QStringLiteral("settings")});
    fill(bar->addMenu(tr("&View")),
        {QStringLiteral("zoomIn"), QStringLiteral("zoomOut"), QStringLiteral("zoomReset"), {},
            QStringLiteral("viewSource")});
    fill(bar->addMenu(tr("&Go")),
        {QStringLiteral("back"), QStringLiteral("forward"), {}, QStringLiteral("nextArticle"),
            QStringLiteral("previousArticle"), QStringLiteral("nextUnread"), QStringLiteral("scrollOrNext")});
    QMenu *article = bar->addMenu(tr("&Article"));
    fill(article,
        {QStringLiteral("bookmark"), QStringLiteral("markUnread"), QStringLiteral("openOriginal"),
            QStringLiteral("fetchFullArticle"), {}});
    QMenu *language = article->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    language->addActions(m_languages->actions());
    fill(bar->addMenu(tr("&Help")), {QStringLiteral("about")});
}

void ReaderActions::fillToolBar(QToolBar *bar, QWidget *trailing) const
{
    for (const QString &name : {QStringLiteral("back"), QStringLiteral("forward"), QString(),
             QStringLiteral("bookmark"), QStringLiteral("markUnread"), QStringLiteral("openOriginal"), QString(),
             QStringLiteral("refresh"), QStringLiteral("importFiles")}) {
        if (name.isEmpty())
            bar->addSeparator();
        else
            bar->addAction(action(name));
    }
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(trailing);
}

void ReaderActions::retintIcons()
{
    for (auto it = m_icons.cbegin(); it != m_icons.cend(); ++it)
        action(it.key())->setIcon(Icons::get(it.value()));
}

void ReaderActions::retranslate()
{
    const auto set = [this](const QString &name, const QString &text, const QString &tip = {}) {
        QAction *a = action(name);
        a->setText(text);
        a->setToolTip(tip.isEmpty() ? text : tip);
        if (!a->shortcut().isEmpty())
            a->setToolTip(a->toolTip() + u" (" + a->shortcut().toString(QKeySequence::NativeText) + u')');
    };
    set(QStringLiteral("importFiles"), tr("&Import Files…"), tr("Import markdown files"));
    set(QStringLiteral("importFolder"), tr("Import &Folder…"));
    set(QStringLiteral("openUrl"), tr("Open &URL…"), tr("Fetch one article by its address and show it"));
    set(QStringLiteral("loadSample"), tr("Load &Sample Library"));
    set(QStringLiteral("refresh"), tr("&Refresh Subscriptions"));
    set(QStringLiteral("subscribe"), tr("Su&bscribe…"), tr("Subscribe to a news page or feed"));
    set(QStringLiteral("importOpml"), tr("Import Subscriptions (OPML)…"),
        tr("Subscribe to the feeds an OPML file from another reader lists"));
    set(QStringLiteral("exportOpml"), tr("Export Subscriptions (OPML)…"),
        tr("Write the subscriptions and the watchlist's news pages to an OPML file"));
    set(QStringLiteral("offline"), tr("Work &Offline"));
    set(QStringLiteral("quit"), tr("&Quit"));
    set(QStringLiteral("find"), tr("&Search Articles"));
    set(QStringLiteral("rules"), tr("&Rules…"),
        tr("Label, mark, mute or notify arriving articles that match a search"));
    set(QStringLiteral("saveSearch"), tr("Save Search…"), tr("Keep this view and search in the sidebar under a name"));
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
    set(QStringLiteral("fetchFullArticle"), tr("&Fetch Full Article"),
        tr("This article is a feed's excerpt: fetch the document it was cut from"));
    set(QStringLiteral("about"), tr("&About Newsdesk"));
}

void ReaderActions::bind(ReaderController *controller, Settings *settings, bool fetchAvailable)
{
    m_controller = controller;
    m_fetchAvailable = fetchAvailable;
    const auto on = [this](const char *name, auto &&slot) {
        connect(action(QLatin1StringView(name)), &QAction::triggered, m_controller, std::forward<decltype(slot)>(slot));
    };
    on("back", [controller] { controller->goBack(); });
    on("forward", [controller] { controller->goForward(); });
    on("bookmark", [this] {
        m_controller->toggleBookmark();
        update(); // the check follows the article, not the click
    });
    on("fetchFullArticle", [controller] { controller->fetchFullArticle(); });
    for (QAction *language : languageActions()) {
        connect(language, &QAction::triggered, controller, [this, language] {
            m_controller->switchVariant(language->data().toString());
            update();
        });
    }
    connect(action(QStringLiteral("offline")), &QAction::toggled, settings, &Settings::setOffline);
    on("zoomIn", [settings] { settings->setZoom(settings->zoom() + 0.1); });
    on("zoomOut", [settings] { settings->setZoom(settings->zoom() - 0.1); });
    on("zoomReset", [settings] { settings->setZoom(1.0); });
}

void ReaderActions::update()
{
    if (!m_controller)
        return;
    const ReaderController &controller = *m_controller;
    const bool fetchAvailable = m_fetchAvailable;
    const bool hasArticle = controller.currentDocument().has_value();
    action(QStringLiteral("back"))->setEnabled(controller.canGoBack());
    action(QStringLiteral("forward"))->setEnabled(controller.canGoForward());
    QAction *bookmark = action(QStringLiteral("bookmark"));
    bookmark->setEnabled(hasArticle);
    const bool bookmarked = controller.isBookmarked();
    bookmark->setChecked(bookmarked);
    bookmark->setIcon(Icons::get(bookmarked ? QStringLiteral("bookmarked") : QStringLiteral("bookmark")));
    action(QStringLiteral("markUnread"))->setEnabled(hasArticle && controller.isRead());
    action(QStringLiteral("openOriginal"))->setEnabled(hasArticle && controller.article().url.isValid());
    action(QStringLiteral("viewSource"))->setEnabled(hasArticle);
    action(QStringLiteral("fetchFullArticle"))->setEnabled(fetchAvailable && controller.isFeedExcerpt());
    for (const char *name : {"refresh", "subscribe", "openUrl"})
        action(QLatin1StringView(name))->setEnabled(fetchAvailable);
    // Stored, fetchable, or known missing (greyed, the reason in the tooltip).
    const QStringList stored = controller.storedLocales();
    const QStringList available = controller.availableLocales();
    for (QAction *a : m_languages->actions()) {
        const QString locale = a->data().toString();
        const QString missing = controller.missingReason(locale);
        const bool fetchable = available.contains(locale) && fetchAvailable && missing.isEmpty();
        a->setEnabled(hasArticle && (stored.contains(locale) || fetchable));
        a->setChecked(hasArticle && locale == controller.currentLocale());
        a->setToolTip(!hasArticle || stored.contains(locale) ? a->text()
                : !missing.isEmpty()                         ? tr("%1: not available (%2)").arg(a->text(), missing)
                : fetchable ? tr("%1: not stored yet, fetched when chosen").arg(a->text())
                            : tr("%1: this article has no such version").arg(a->text()));
    }
}

} // namespace Newsdesk::Ui
