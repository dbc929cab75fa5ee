#include "ui/mainwindow.h"

#include "controller/backupschedule.h"
#include "controller/retentionschedule.h"
#include "controller/watchlistmodel.h"
#include "net/fetchservice.h"
#include "ui/articlelistintents.h"
#include "ui/articlelistmodel.h"
#include "ui/articlelistview.h"
#include "ui/externallinks.h"
#include "ui/listcolumn.h"
#include "ui/newsalerts.h"
#include "ui/readeractions.h"
#include "ui/readerpane.h"
#include "ui/sidebar.h"
#include "ui/statusarea.h"
#include "ui/subscriptionactions.h"
#include "ui/theme.h"
#include "ui/tickerheader.h"
#include "ui/tickerpanel.h"
#include "ui/windowinput.h"

#include <QAction>
#include <QSplitter>
#include <QTimer>

namespace Newsdesk::Ui {

MainWindow::MainWindow(Storage::Library *library, Settings *settings, Net::FetchService *fetch, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_settings(settings)
    , m_fetch(fetch)
    , m_tracker(new FetchTracker(fetch, this))
    , m_controller(new ReaderController(library, m_tracker, this))
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

    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(400);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::refreshCounts);
    connectController();
    connect(m_settings, &Settings::changed, this, &MainWindow::applySettings);
    auto *input = new WindowInput(this);
    connect(input, &WindowInput::backRequested, m_controller, &ReaderController::goBack);
    connect(input, &WindowInput::forwardRequested, m_controller, &ReaderController::goForward);
    connect(input, &WindowInput::pathsDropped, this, &MainWindow::importPaths);
    m_status->relay(m_retention, &RetentionSchedule::message, 15000);
    m_status->relay(m_backups, &BackupSchedule::message, 15000);

    m_reader->setLibrary(m_library);
    m_sidebar->setLibrary(m_library);
    m_column->setWatchlistEmpty(m_sidebar->watchlistTickers().isEmpty());
    connectFetchService();
    reloadSources();
    applySettings();
    m_column->applyFilter();
    updateActions();
}

MainWindow::~MainWindow() = default;

QListView *MainWindow::listView() const
{
    return m_column->list();
}

ArticleListModel *MainWindow::listModel() const
{
    return m_column->model();
}

TickerPanel *MainWindow::tickerPanel() const
{
    return m_column->tickerPanel();
}

void MainWindow::buildLayout()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_sidebar = new Sidebar(m_splitter);
    m_sidebar->setMinimumWidth(140);
    m_column = new ListColumn(m_library, m_controller, m_splitter);
    m_list = m_column->list();
    tickerHeader()->setNewsActionsAvailable(m_fetch != nullptr);

    m_reader = new ReaderPane(m_splitter);
    m_reader->setMinimumWidth(320);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_column);
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
    m_status->relay(m_sidebar, &Sidebar::message);
    connect(m_sidebar, &Sidebar::watchlistChanged, this,
        [this] { m_column->setWatchlistEmpty(m_sidebar->watchlistTickers().isEmpty()); });
    connect(tickerHeader(), &TickerHeader::watchToggled, m_sidebar, &Sidebar::setWatched);
    m_subscriptions->serve(tickerHeader());
    connect(tickerPanel(), &TickerPanel::tickerRequested, this, &MainWindow::showTicker);
    connect(tickerPanel(), &TickerPanel::searchRequested, m_search, &SearchField::submit);
    m_status->relay(tickerPanel()->insight(), &TickerInsight::message);
    m_listIntents = new ArticleListIntents(m_list, listModel(), c);
    connect(m_listIntents, &ArticleListIntents::tickerRequested, this, &MainWindow::showTicker);
    connect(m_listIntents, &ArticleListIntents::openOriginalRequested, m_externalLinks, &ExternalLinks::openOriginal);
    connect(m_listIntents, &ArticleListIntents::readStateChanged, m_sidebar, &Sidebar::reload);
    m_status->relay(m_listIntents, &ArticleListIntents::message);

    m_reader->follow(c, m_tracker);
    m_column->follow(m_tracker, m_retention);
    connect(m_column, &ListColumn::counted, m_status, &StatusArea::setArticleCount);
    connect(m_column, &ListColumn::reloaded, m_sidebar, &Sidebar::reload);
    m_search->follow(c, m_list); // before the view is saved: a saved search's view clears it
    connect(c, &ReaderController::viewChanged, this, [this](const SidebarEntry &entry) {
        m_settings->setSidebarSelection(entry.toString());
        Q_EMIT viewChanged(entry);
    });
    connect(c, &ReaderController::articleShown, this, &MainWindow::onArticleShown);
    // Counting unread articles takes a few ms on a big library: once reading settles.
    connect(c, &ReaderController::readStateChanged, m_countsTimer, qOverload<>(&QTimer::start));
    connect(c, &ReaderController::stateChanged, this, &MainWindow::updateActions);
    connect(c, &ReaderController::fetchFailed, this, &MainWindow::fetchFailed);
    m_status->relay(c, &ReaderController::message);
    connect(m_reader, &ReaderPane::linkHovered, m_status, &StatusArea::showLink);
    m_externalLinks->follow(c, m_reader);
    m_status->relay(m_externalLinks, &ExternalLinks::message);
}

void MainWindow::onArticleShown(Storage::DocId doc, const QString &locale)
{
    m_settings->setLastArticle(m_controller->article().key, locale);
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

void MainWindow::applySettings()
{
    // Restyling the whole application is not free: only when the theme changed.
    if (!m_appliedTheme || *m_appliedTheme != m_settings->theme()) {
        m_appliedTheme = m_settings->theme();
        Theme::apply(*m_appliedTheme);
    }
    m_reader->applySettings(*m_settings, Theme::isDark());
    m_column->applySettings(*m_settings, Theme::isDark());
    m_sidebar->watchlistModel()->setBuzzRule({m_settings->buzzFactor(), m_settings->buzzMinimumArticles()});
    m_controller->setReadDelayMs(m_settings->readDelayMs());
    m_retention->setRule(m_settings->retention());
    m_backups->setEnabled(m_settings->autoBackup());
    m_backups->setFolder(m_settings->backupFolder());
    if (m_fetch)
        m_settings->applyTo(*m_fetch);
    m_controller->setPreferredLocale(m_settings->preferredLocale());
    if (QAction *offline = action(QStringLiteral("offline")))
        offline->setChecked(m_settings->offline());
    m_status->setOffline(m_fetch ? m_fetch->isOffline() : m_settings->offline());
    retranslate();
}

QLabel *MainWindow::countLabel() const
{
    return m_status->countLabel();
}

TickerHeader *MainWindow::tickerHeader() const
{
    return tickerPanel()->header();
}

void MainWindow::setClock(const std::function<QDateTime()> &clock)
{
    tickerPanel()->insight()->setClock(clock);
    m_sidebar->watchlistModel()->setClock(clock);
}

void MainWindow::refreshList()
{
    m_column->reload();
}

void MainWindow::refreshCounts()
{
    m_sidebar->reload();
    m_column->recount();
}

void MainWindow::updateWindowTitle()
{
    const QString title = m_controller->article().title;
    setWindowTitle(title.isEmpty() ? tr("Newsdesk") : title + u" — " + tr("Newsdesk"));
}

} // namespace Newsdesk::Ui
