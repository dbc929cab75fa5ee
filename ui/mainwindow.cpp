#include "mainwindow.h"

#include "articlelistintents.h"
#include "articlelistmodel.h"
#include "articlelistview.h"
#include "backupschedule.h"
#include "externallinks.h"
#include "fetchservice.h"
#include "newsalerts.h"
#include "readeractions.h"
#include "readerpane.h"
#include "listfeed.h"
#include "retentionschedule.h"
#include "sidebar.h"
#include "statusarea.h"
#include "subscriptionactions.h"
#include "theme.h"
#include "tickerheader.h"
#include "tickerpanel.h"
#include "watchlistmodel.h"
#include "viewcaption.h"
#include "windowinput.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Newsdesk::Ui {

MainWindow::MainWindow(Storage::Library *library, Settings *settings, Net::FetchService *fetch, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_settings(settings)
    , m_fetch(fetch)
    , m_tracker(new FetchTracker(fetch, this))
    , m_controller(new ReaderController(library, m_tracker, this))
    , m_refreshTimer(new QTimer(this))
    , m_countsTimer(new QTimer(this))
    , m_subscriptions(new SubscriptionActions(library, settings, fetch, m_tracker, this))
    , m_alerts(new NewsAlerts(settings, this))
    , m_externalLinks(new ExternalLinks(settings, this))
    , m_retention(new RetentionSchedule(library, this))
    , m_backups(new BackupSchedule(library->path(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/newsdesk.svg")));
    buildLayout();
    m_imports = new ImportFlow(library, settings, m_tracker, m_status, this);
    m_actions = new ReaderActions(this);
    connectActions();
    createToolBar();
    retranslate();

    connect(m_search, &SearchField::typed, this, [this](const QString &text) { m_controller->setSearch(text, ReaderController::SearchInput::Typing); });
    connect(m_search, &SearchField::submitted, this, &MainWindow::setSearchText);
    connect(m_search, &SearchField::cleared, this, [this] {
        setSearchText({});
        m_list->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_feed, &ListFeed::shown, this, &MainWindow::onListShown);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshList);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(400);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::refreshCounts);
    connectController();
    connect(m_settings, &Settings::changed, this, &MainWindow::applySettings);
    auto *input = new WindowInput(this);
    connect(input, &WindowInput::backRequested, m_controller, &ReaderController::goBack);
    connect(input, &WindowInput::forwardRequested, m_controller, &ReaderController::goForward);
    connect(input, &WindowInput::pathsDropped, this, &MainWindow::importPaths);
    connect(m_retention, &RetentionSchedule::message, this, [this](const QString &text) { showStatus(text, 15000); });
    // A run that deleted nothing changed nothing on screen: no list reload for it.
    connect(m_retention, &RetentionSchedule::finished, this, [this](const Storage::PruneOutcome &outcome) {
        if (outcome.documents > 0)
            refreshList();
    });
    connect(m_backups, &BackupSchedule::message, this, [this](const QString &text) { showStatus(text, 15000); });

    m_controller->setPreferredLocale(m_settings->preferredLocale());
    m_model->setPreferredLocale(m_settings->preferredLocale());
    m_model->setLibrary(m_library);
    m_reader->setLibrary(m_library);
    m_sidebar->setLibrary(m_library);
    connectFetchService();
    reloadSources();
    applySettings();
    applyFilter();
    updateActions();
}

MainWindow::~MainWindow() = default;

QListView *MainWindow::listView() const
{
    return m_list;
}

void MainWindow::buildLayout()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_sidebar = new Sidebar(m_splitter);
    m_sidebar->setMinimumWidth(140);

    auto *middle = new QWidget(m_splitter);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->setSpacing(0);
    m_tickerPanel = new TickerPanel(m_library, middle);
    m_tickerPanel->setVisible(false);
    m_tickerPanel->header()->setNewsActionsAvailable(m_fetch != nullptr);
    m_list = new ArticleListView(middle);
    m_list->setObjectName(QStringLiteral("articleList"));
    m_model = new ArticleListModel(this);
    m_list->setArticleModel(m_model);
    m_feed = new ListFeed(m_library, m_model, this);
    m_list->setMinimumWidth(240);
    middleLayout->addWidget(m_tickerPanel);
    middleLayout->addWidget(m_list, 1);

    m_reader = new ReaderPane(m_splitter);
    m_reader->setMinimumWidth(320);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({200, 380, 720});
    setCentralWidget(m_splitter);
    resize(1300, 820);

    m_search = new SearchField(this);
    m_search->setMaximumWidth(320);
    m_search->setMinimumWidth(180);
    m_status = new StatusArea(statusBar());
}

void MainWindow::connectController()
{
    ReaderController *c = m_controller;
    m_sidebar->follow(c, m_tracker);
    connect(m_sidebar, &Sidebar::message, this, [this](const QString &text) { showStatus(text); });
    connect(m_sidebar, &Sidebar::watchlistChanged, this, [this] {
        updateTickerHeader();
        if (m_controller->view().kind == SidebarEntry::Kind::Watchlist)
            applyFilter();
    });
    connect(tickerHeader(), &TickerHeader::watchToggled, m_sidebar, &Sidebar::setWatched);
    connect(tickerHeader(), &TickerHeader::fetchLatestRequested, m_subscriptions,
            &SubscriptionActions::fetchLatestForTicker);
    connect(tickerHeader(), &TickerHeader::subscribeRequested, m_subscriptions, &SubscriptionActions::subscribeToTicker);
    connect(m_tickerPanel, &TickerPanel::tickerRequested, this, &MainWindow::showTicker);
    connect(m_tickerPanel, &TickerPanel::searchRequested, this, &MainWindow::setSearchText);
    connect(m_tickerPanel, &TickerPanel::listFilterChanged, c, &ReaderController::setTickerListFilter);
    connect(m_tickerPanel->insight(), &TickerInsight::message, this, [this](const QString &text) { showStatus(text); });
    m_listIntents = new ArticleListIntents(m_list, m_model, c);
    connect(m_listIntents, &ArticleListIntents::tickerRequested, this, &MainWindow::showTicker);
    connect(m_listIntents, &ArticleListIntents::openOriginalRequested, this, &MainWindow::openOriginal);
    connect(m_listIntents, &ArticleListIntents::readStateChanged, m_sidebar, &Sidebar::reload);
    connect(m_listIntents, &ArticleListIntents::message, this, [this](const QString &text) { showStatus(text); });
    connect(c, &ReaderController::labelsChanged, this, [this] {
        if (m_controller->view().kind == SidebarEntry::Kind::Label)
            applyFilter();
    });

    m_reader->follow(c, m_tracker); // before the window's own articleShown: the page first
    connect(c, &ReaderController::viewChanged, this, [this](const SidebarEntry &entry) {
        // A saved search is its own search: what was typed for another view goes.
        if (entry.kind == SidebarEntry::Kind::Saved && !m_controller->search().isEmpty())
            setSearchText({});
        m_settings->setSidebarSelection(entry.toString());
        Q_EMIT viewChanged(entry);
    });
    connect(c, &ReaderController::filterChanged, this, &MainWindow::applyFilter);
    connect(c, &ReaderController::articleShown, this, &MainWindow::onArticleShown);
    // Counting unread articles takes a few ms on a big library: once reading settles.
    connect(c, &ReaderController::readStateChanged, m_countsTimer, qOverload<>(&QTimer::start));
    connect(c, &ReaderController::stateChanged, this, &MainWindow::updateActions);
    connect(c, &ReaderController::fetchFailed, this, &MainWindow::fetchFailed);
    connect(c, &ReaderController::externalLinkRequested, m_externalLinks, &ExternalLinks::handle);
    connect(c, &ReaderController::message, this, [this](const QString &text) { showStatus(text); });
    connect(m_reader, &ReaderPane::linkHovered, this, [this](const QUrl &url) {
        if (url.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(url.toDisplayString());
    });
    connect(m_reader, &ReaderPane::viewCreated, this, &MainWindow::installImageProvider);
    connect(m_reader, &ReaderPane::browseRequested, m_externalLinks, &ExternalLinks::openInBrowser);
    connect(m_externalLinks, &ExternalLinks::message, this, [this](const QString &text) { showStatus(text); });
}

void MainWindow::onArticleShown(Storage::DocId doc, const QString &locale)
{
    m_settings->setLastArticle(m_controller->article().key, locale);
    m_list->selectDocument(doc);
    if (m_controller->view().kind == SidebarEntry::Kind::Ticker)
        updateTickerHeader(); // the ticker's name in the language now read
    updateActions();
    updateWindowTitle();
    Q_EMIT articleOpened(doc, locale);
}

bool MainWindow::openArticle(Storage::DocId doc, const QString &locale)
{
    return m_controller->open(doc, locale, ReaderController::Reason::Explicit);
}

bool MainWindow::openArticleByKey(const QString &key, const QString &locale)
{
    return m_controller->openByKey(key, locale, ReaderController::Reason::Explicit);
}

void MainWindow::setSearchText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_controller->setSearch(text);
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::applySettings()
{
    // Restyling the whole application is not free: only when the theme changed.
    if (!m_appliedTheme || *m_appliedTheme != m_settings->theme()) {
        m_appliedTheme = m_settings->theme();
        Theme::apply(*m_appliedTheme);
    }
    m_reader->applySettings(*m_settings, Theme::isDark());
    m_tickerPanel->setDark(Theme::isDark());
    const Storage::BuzzRule buzz{m_settings->buzzFactor(), m_settings->buzzMinimumArticles()};
    m_tickerPanel->insight()->setBuzzRule(buzz);
    m_sidebar->watchlistModel()->setBuzzRule(buzz);
    m_controller->setReadDelayMs(m_settings->readDelayMs());
    m_retention->setRule(m_settings->retention());
    m_backups->setEnabled(m_settings->autoBackup());
    m_backups->setFolder(m_settings->backupFolder());
    if (m_fetch)
        m_settings->applyTo(*m_fetch);
    m_controller->setPreferredLocale(m_settings->preferredLocale());
    m_model->setPreferredLocale(m_settings->preferredLocale());
    if (QAction *offline = action(QStringLiteral("offline")))
        offline->setChecked(m_settings->offline());
    m_status->setOffline(m_fetch ? m_fetch->isOffline() : m_settings->offline());
    m_list->viewport()->update();
    retranslate();
}

void MainWindow::applyFilter()
{
    m_feed->apply(m_controller->filter(), m_controller->currentDocument(), m_settings->preferredLocale());
}

void MainWindow::onListShown(int count)
{
    if (const auto keep = m_controller->currentDocument())
        m_list->selectDocument(*keep);
    updateTickerHeader();
    updateCount(count);
    updatePlaceholder();
}

void MainWindow::updateCount(std::optional<int> known)
{
    m_status->setArticleCount(known ? *known : m_library->isOpen() ? m_library->count(m_model->filter()) : 0);
}

QLabel *MainWindow::countLabel() const
{
    return m_status->countLabel();
}

void MainWindow::updatePlaceholder()
{
    m_list->setPlaceholderText(ViewCaption::emptyList(m_controller->view(), m_controller->search(),
                                                      m_sidebar->watchlistTickers().isEmpty()));
}

TickerHeader *MainWindow::tickerHeader() const
{
    return m_tickerPanel->header();
}

void MainWindow::setClock(const std::function<QDateTime()> &clock)
{
    m_tickerPanel->insight()->setClock(clock);
    m_sidebar->watchlistModel()->setClock(clock);
}

void MainWindow::updateTickerHeader()
{
    m_tickerPanel->showView(m_controller->view(), m_controller->article());
}

void MainWindow::refreshList()
{
    m_list->refreshKeeping(m_controller->currentDocument());
    refreshCounts();
    updatePlaceholder();
}

void MainWindow::refreshCounts()
{
    m_sidebar->reload();
    if (m_tickerPanel->isVisible())
        m_tickerPanel->refresh();
    updateCount();
}

void MainWindow::scheduleListRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void MainWindow::updateWindowTitle()
{
    const QString title = m_controller->article().title;
    setWindowTitle(title.isEmpty() ? tr("Newsdesk") : title + u" — " + tr("Newsdesk"));
}

} // namespace Newsdesk::Ui
