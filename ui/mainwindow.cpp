#include "mainwindow.h"

#include "articlelistdelegate.h"
#include "articlelistmenu.h"
#include "articlelistmodel.h"
#include "articlelistview.h"
#include "externallinks.h"
#include "fetchservice.h"
#include "readeractions.h"
#include "readerpane.h"
#include "searchrunner.h"
#include "sidebar.h"
#include "theme.h"
#include "tickerheader.h"
#include "tickerpanel.h"
#include "watchlistmodel.h"
#include "viewcaption.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
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
    , m_searchRunner(new Storage::SearchRunner(library->path(), this))
    , m_refreshTimer(new QTimer(this))
    , m_countsTimer(new QTimer(this))
    , m_importer(new Importer(library->path(), this))
    , m_externalLinks(new ExternalLinks(settings, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/newsdesk.svg")));
    buildLayout();
    m_actions = new ReaderActions(this);
    connectActions();
    createToolBar();
    retranslate();

    connect(m_search, &SearchField::typed, this, [this](const QString &text) { m_controller->setSearch(text, true); });
    connect(m_search, &SearchField::submitted, this, &MainWindow::setSearchText);
    connect(m_search, &SearchField::cleared, this, [this] {
        setSearchText({});
        m_list->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_searchRunner, &Storage::SearchRunner::finished, this, &MainWindow::showSearchResults);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshList);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(400);
    connect(m_countsTimer, &QTimer::timeout, this, [this] {
        m_sidebar->reload();
        updateCount();
        if (m_tickerPanel->isVisible())
            m_tickerPanel->refresh();
    });
    connectController();
    connect(m_importer, &Importer::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("Importing %v of %m"));
        m_progress->setVisible(true);
    });
    connect(m_importer, &Importer::finished, this, &MainWindow::onImportFinished);
    connect(m_settings, &Settings::changed, this, &MainWindow::applySettings);
    qApp->installEventFilter(this);

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

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

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
    m_list = new ArticleListView(middle);
    m_list->setObjectName(QStringLiteral("articleList"));
    m_model = new ArticleListModel(this);
    m_list->setArticleModel(m_model);
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
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("articleCount"));
    m_offlineLabel = new QLabel(this);
    m_offlineLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_offlineLabel);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::connectController()
{
    ReaderController *c = m_controller;
    connect(m_sidebar, &Sidebar::entrySelected, c, &ReaderController::setView);
    connect(m_sidebar, &Sidebar::message, this, [this](const QString &text) { showStatus(text); });
    connect(m_sidebar, &Sidebar::sourceRefreshRequested, this, [this](const QString &url) { m_tracker->refresh({QUrl(url)}); });
    connect(m_sidebar, &Sidebar::sourceRemoveRequested, this, [this](const QString &url) { m_tracker->unsubscribe(QUrl(url)); });
    connect(m_sidebar, &Sidebar::watchlistChanged, this, [this] {
        updateTickerHeader();
        if (m_controller->view().kind == SidebarEntry::Kind::Watchlist)
            applyFilter();
    });
    connect(tickerHeader(), &TickerHeader::watchToggled, this, [this](const QString &ticker, bool watch) {
        if (watch)
            m_sidebar->addTicker(ticker);
        else
            m_sidebar->removeTicker(ticker);
        updateTickerHeader();
        m_sidebar->select(m_controller->view());
    });
    connect(tickerHeader(), &TickerHeader::fetchLatestRequested, this, &MainWindow::fetchLatestForTicker);
    connect(tickerHeader(), &TickerHeader::subscribeRequested, this, &MainWindow::subscribeToTicker);
    connect(m_tickerPanel, &TickerPanel::tickerRequested, this, &MainWindow::showTicker);
    connect(m_tickerPanel, &TickerPanel::searchRequested, this, &MainWindow::setSearchText);
    connect(m_tickerPanel, &TickerPanel::listFilterChanged, c, &ReaderController::setTickerListFilter);
    connect(m_tickerPanel->insight(), &TickerInsight::message, this, [this](const QString &text) { showStatus(text); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_list->isSelecting() || !current.isValid())
            return;
        const auto doc = current.data(ArticleListModel::DocIdRole).value<Storage::DocId>();
        // A search hit opens in the language that matched.
        const QString locale
            = m_controller->search().isEmpty() ? QString() : current.data(ArticleListModel::LocaleRole).toString();
        if (m_controller->currentDocument() != doc)
            m_controller->open(doc, locale, ReaderController::Reason::Browse);
    });
    // A click or Enter on a row is an explicit open: read at once.
    const auto explicitOpen = [this](const QModelIndex &index) {
        if (index.isValid() && index.data(ArticleListModel::DocIdRole).value<Storage::DocId>() == m_controller->currentDocument())
            m_controller->markReadNow();
    };
    connect(m_list, &QAbstractItemView::clicked, this, explicitOpen);
    connect(m_list, &QAbstractItemView::activated, this, explicitOpen);
    connect(m_list, &ArticleListView::tickerClicked, this, &MainWindow::showTicker);
    auto *listMenu = new ArticleListMenu(m_list, m_model, c);
    connect(listMenu, &ArticleListMenu::openRequested, this, [this](Storage::DocId doc) { openArticle(doc); });
    connect(listMenu, &ArticleListMenu::openOriginalRequested, this, [this](Storage::DocId doc) {
        if (openArticle(doc))
            openOriginal();
    });
    connect(listMenu, &ArticleListMenu::bookmarkToggleRequested, this, &MainWindow::toggleRowBookmark);
    connect(listMenu, &ArticleListMenu::readStateChanged, m_sidebar, &Sidebar::reload);
    // A label added or removed: the sidebar's labels, and the list when it shows a label.
    connect(m_controller, &ReaderController::labelsChanged, this, [this] {
        m_sidebar->reload();
        if (m_controller->view().kind == SidebarEntry::Kind::Label)
            applyFilter();
    });
    connect(listMenu, &ArticleListMenu::message, this, [this](const QString &text) { showStatus(text); });
    connect(m_list->delegate(), &ArticleListDelegate::bookmarkClicked, this, &MainWindow::toggleRowBookmark);

    connect(c, &ReaderController::viewChanged, this, [this](const SidebarEntry &entry) {
        if (m_sidebar->current() != entry)
            m_sidebar->select(entry);
        // A saved search is its own search: what was typed for another view goes.
        if (entry.kind == SidebarEntry::Kind::Saved && !m_controller->search().isEmpty())
            setSearchText({});
        m_settings->setSidebarSelection(entry.toString());
        Q_EMIT viewChanged(entry);
    });
    connect(c, &ReaderController::filterChanged, this, &MainWindow::applyFilter);
    connect(c, &ReaderController::articleShown, this, &MainWindow::onArticleShown);
    connect(c, &ReaderController::readStateChanged, this, [this](Storage::DocId doc) {
        m_model->refreshRow(doc);
        // Counting unread articles takes a few ms on a big library: once reading settles.
        m_countsTimer->start();
    });
    connect(c, &ReaderController::bookmarkChanged, this, [this](Storage::DocId doc) {
        m_model->refreshRow(doc);
        m_sidebar->reload();
    });
    connect(c, &ReaderController::stateChanged, this, &MainWindow::updateActions);
    connect(c, &ReaderController::loading, m_reader, &ReaderPane::showLoading);
    connect(c, &ReaderController::fetchFailed, this, [this](const QString &text) {
        m_reader->showError(text, m_tracker->message().retryable, m_tracker->message().browse);
        Q_EMIT fetchFailed(text);
    });
    connect(c, &ReaderController::externalLinkRequested, m_externalLinks, &ExternalLinks::handle);
    connect(c, &ReaderController::message, this, [this](const QString &text) { showStatus(text); });
    connect(m_reader, &ReaderPane::linkClicked, c, &ReaderController::followLink);
    connect(m_reader, &ReaderPane::scrolled, c, &ReaderController::setScrollPosition);
    connect(m_reader, &ReaderPane::linkHovered, this, [this](const QUrl &url) {
        if (url.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(url.toDisplayString());
    });
    connect(m_reader, &ReaderPane::viewCreated, this, &MainWindow::installImageProvider);
    connect(m_reader, &ReaderPane::dismissRequested, m_tracker, &FetchTracker::dismiss);
    connect(m_reader, &ReaderPane::retryRequested, m_tracker, &FetchTracker::retry);
    connect(m_reader, &ReaderPane::browseRequested, this, &MainWindow::openInBrowser);
    connect(m_tracker, &FetchTracker::messageChanged, this, [this] {
        if (m_tracker->message().cause == FetchTracker::Message::Cause::None && !m_reader->isLoading())
            m_reader->clearStatus();
    });
    connect(m_externalLinks, &ExternalLinks::message, this, [this](const QString &text) { showStatus(text); });
}

void MainWindow::onArticleShown(Storage::DocId doc, const QString &locale, qreal scroll)
{
    m_reader->setFind(m_controller->search());
    m_reader->showArticle(m_controller->article().key, locale, m_controller->availableLocales(),
                          m_controller->storedLocales(), scroll);
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
    m_reader->setDarkTheme(Theme::isDark());
    m_tickerPanel->setDark(Theme::isDark());
    const Storage::BuzzRule buzz{m_settings->buzzFactor(), m_settings->buzzMinimumArticles()};
    m_tickerPanel->insight()->setBuzzRule(buzz);
    m_sidebar->watchlistModel()->setBuzzRule(buzz);
    m_reader->setZoom(m_settings->zoom());
    m_reader->setRemoteImages(m_settings->remoteImages());
    m_controller->setReadDelayMs(m_settings->readDelayMs());
    if (m_fetch) {
        m_fetch->setOffline(m_settings->offline());
        Net::FetchSettings fetchSettings = m_fetch->settings();
        fetchSettings.allowRemoteImages = m_settings->remoteImages();
        m_fetch->setSettings(fetchSettings);
    }
    m_controller->setPreferredLocale(m_settings->preferredLocale());
    m_model->setPreferredLocale(m_settings->preferredLocale());
    if (QAction *offline = action(QStringLiteral("offline")))
        offline->setChecked(m_settings->offline());
    m_offlineLabel->setVisible(m_fetch ? m_fetch->isOffline() : m_settings->offline());
    m_list->viewport()->update();
    retranslate();
}

void MainWindow::applyFilter()
{
    const auto keep = m_controller->currentDocument();
    // What is being typed is searched off the GUI thread; showSearchResults() shows the newest.
    if (const Storage::ListFilter filter = m_controller->filter(); filter.typing && m_library->isOpen()) {
        m_searchRunner->search(filter, ArticleListModel::pageSize, m_settings->preferredLocale());
        return;
    }
    m_model->setFilter(m_controller->filter(), keep);
    if (keep)
        m_list->selectDocument(*keep);
    updateTickerHeader();
    updateCount();
    updatePlaceholder();
}

void MainWindow::showSearchResults(quint64, const Storage::ListFilter &filter, const QList<Storage::ListRow> &rows,
                                   int count)
{
    const Storage::ListFilter wanted = m_controller->filter();
    if (!wanted.typing || wanted.search != filter.search || wanted.view != filter.view || wanted.tickers != filter.tickers
        || wanted.site != filter.site || wanted.tickerRole != filter.tickerRole || wanted.locale != filter.locale)
        return; // the search moved on (Enter, Esc, another view) while this one ran
    m_model->setRows(filter, rows);
    if (const auto keep = m_controller->currentDocument())
        m_list->selectDocument(*keep);
    updateTickerHeader();
    updateCount(count);
    updatePlaceholder();
}

void MainWindow::updateCount(std::optional<int> known)
{
    const int total = known ? *known : m_library->isOpen() ? m_library->count(m_model->filter()) : 0;
    m_countLabel->setText(tr("%n article(s)", nullptr, total));
    m_countLabel->setAccessibleName(m_countLabel->text());
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
    const SidebarEntry view = m_controller->view();
    if (view.kind != SidebarEntry::Kind::Ticker) {
        m_tickerPanel->setVisible(false);
        return;
    }
    const QString name = ViewCaption::tickerName(*m_library, m_controller->article(), view.value);
    m_tickerPanel->showTicker(view.value, name, m_library->isWatched(view.value));
    tickerHeader()->setNewsActionsAvailable(m_fetch != nullptr);
    m_tickerPanel->setVisible(true);
}

void MainWindow::refreshList()
{
    m_list->refreshKeeping(m_controller->currentDocument());
    m_sidebar->reload();
    if (m_tickerPanel->isVisible())
        m_tickerPanel->refresh();
    updateCount();
    updatePlaceholder();
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
