#include "mainwindow.h"

#include "articlelistdelegate.h"
#include "articlelistmodel.h"
#include "articlelistview.h"
#include "externallinks.h"
#include "fetchservice.h"
#include "readerpane.h"
#include "settings.h"
#include "sidebar.h"
#include "subscriptionstore.h"
#include "theme.h"
#include "tickerheader.h"
#include "ticker.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcMainWindow, "newsdesk.ui.mainwindow")

namespace Newsdesk::Ui {

MainWindow::MainWindow(Storage::Library *library, Settings *settings, Net::FetchService *fetch, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_settings(settings)
    , m_fetch(fetch)
    , m_searchTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
    , m_countsTimer(new QTimer(this))
    , m_importer(new Importer(library->path(), this))
    , m_externalLinks(new ExternalLinks(settings, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/newsdesk.svg")));
    buildLayout();
    createActions();
    createMenus();
    createToolBar();
    retranslate();

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
    });
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshList);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(400);
    connect(m_countsTimer, &QTimer::timeout, m_sidebar, &Sidebar::reload);

    connect(m_sidebar, &Sidebar::entrySelected, this, &MainWindow::selectView);
    connect(m_sidebar, &Sidebar::message, this, [this](const QString &text) { showStatus(text); });
    connect(m_sidebar, &Sidebar::sourceRefreshRequested, this, &MainWindow::refreshSource);
    connect(m_sidebar, &Sidebar::sourceRemoveRequested, this, &MainWindow::unsubscribe);
    connect(m_sidebar, &Sidebar::watchlistChanged, this, [this] {
        updateTickerHeader();
        if (m_view.kind == SidebarEntry::Kind::Watchlist)
            applyFilter();
    });
    connect(m_tickerHeader, &TickerHeader::watchToggled, this, [this](const QString &ticker, bool watch) {
        if (watch)
            m_sidebar->addTicker(ticker);
        else
            m_sidebar->removeTicker(ticker);
        updateTickerHeader();
        m_sidebar->select(m_view);
    });
    connect(m_tickerHeader, &TickerHeader::fetchLatestRequested, this, &MainWindow::fetchLatestForTicker);
    connect(m_tickerHeader, &TickerHeader::subscribeRequested, this, &MainWindow::subscribeToTicker);
    connect(m_reader, &ReaderPane::linkClicked, this, &MainWindow::handleLink);
    connect(m_externalLinks, &ExternalLinks::message, this, [this](const QString &text) { showStatus(text); });
    connect(m_importer, &Importer::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("Importing %v of %m"));
        m_progress->setVisible(true);
    });
    connect(m_importer, &Importer::finished, this, &MainWindow::onImportFinished);
    connect(m_settings, &Settings::changed, this, &MainWindow::applySettings);
    qApp->installEventFilter(this);

    m_model->setPreferredLocale(m_settings->preferredLocale());
    m_model->setLibrary(m_library);
    m_reader->setLibrary(m_library);
    connect(m_reader, &ReaderPane::viewCreated, this, &MainWindow::installImageProvider);
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
    m_tickerHeader = new TickerHeader(middle);
    m_tickerHeader->setVisible(false);
    m_list = new ArticleListView(middle);
    m_list->setObjectName(QStringLiteral("articleList"));
    m_model = new ArticleListModel(this);
    m_list->setModel(m_model);
    auto *delegate = new ArticleListDelegate(m_list);
    m_list->setItemDelegate(delegate);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMinimumWidth(240);
    middleLayout->addWidget(m_tickerHeader);
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

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_search->setMinimumWidth(180);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    m_countLabel = new QLabel(this);
    m_offlineLabel = new QLabel(this);
    m_offlineLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_offlineLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onListCurrentChanged(current); });
    connect(delegate, &ArticleListDelegate::bookmarkClicked, this, [this](const QModelIndex &index) {
        const auto doc = index.data(ArticleListModel::DocIdRole).value<Storage::DocId>();
        const bool bookmarked = !index.data(ArticleListModel::BookmarkedRole).toBool();
        if (const Result<void> r = m_library->setBookmarked(doc, bookmarked); !r) {
            showStatus(tr("Could not change the bookmark: %1").arg(r.error().message));
            return;
        }
        if (bookmarked && m_fetch)
            m_pending.insert(m_fetch->makeOfflineCopy(doc), {PendingFetch::Kind::OfflineCopy, doc, {}, {}});
        m_model->refreshRow(doc);
        m_sidebar->reload();
        updateActions();
    });
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
    m_reader->setZoom(m_settings->zoom());
    m_reader->setRemoteImages(m_settings->remoteImages());
    if (m_fetch) {
        m_fetch->setOffline(m_settings->offline());
        Net::FetchSettings fetchSettings = m_fetch->settings();
        fetchSettings.allowRemoteImages = m_settings->remoteImages();
        m_fetch->setSettings(fetchSettings);
    }
    const QString preferred = m_settings->preferredLocale();
    m_model->setPreferredLocale(preferred);
    if (QAction *offline = action(QStringLiteral("offline")))
        offline->setChecked(m_settings->offline());
    const bool offlineNow = m_fetch ? m_fetch->isOffline() : m_settings->offline();
    m_offlineLabel->setVisible(offlineNow);
    m_offlineLabel->setText(tr("Offline"));
    m_list->viewport()->update();
    retranslate();
}

void MainWindow::applyFilter()
{
    Storage::ListFilter filter = m_view.filter(m_sidebar->watchlistTickers());
    filter.search = m_search->text().trimmed();
    const auto keep = m_currentDoc;
    m_model->setFilter(filter, keep);
    if (keep)
        selectInList(*keep);
    updateTickerHeader();
    const int total = m_library->isOpen() ? m_library->count(filter) : 0;
    m_countLabel->setText(tr("%n article(s)", nullptr, total));
    updatePlaceholder();
}

void MainWindow::updatePlaceholder()
{
    QString text;
    if (!m_search->text().trimmed().isEmpty())
        text = tr("No articles match “%1” here.").arg(m_search->text().trimmed());
    else if (m_view.kind == SidebarEntry::Kind::All)
        text = tr("No articles yet.\n\nImport markdown files (Ctrl+O), drop them here, "
                  "or load the sample library from the File menu.");
    else if (m_view.kind == SidebarEntry::Kind::Unread)
        text = tr("Nothing unread.");
    else if (m_view.kind == SidebarEntry::Kind::Bookmarks)
        text = tr("No bookmarks yet. Press B to bookmark the article you are reading.");
    else if (m_view.kind == SidebarEntry::Kind::Watchlist && m_sidebar->watchlistTickers().isEmpty())
        text = tr("The watchlist is empty. Add a ticker below the sidebar, or open a ticker from an article.");
    else
        text = tr("No stored articles here.");
    m_list->setPlaceholderText(text);
}

void MainWindow::selectView(const SidebarEntry &entry)
{
    SidebarEntry target = entry;
    // A subscription to one ticker's news shows that ticker's view.
    if (entry.kind == SidebarEntry::Kind::Source) {
        QString ticker;
        if (Storage::subscriptionKindForUrl(QUrl(entry.value), &ticker) == Storage::Subscription::Kind::TickerNews
            && !ticker.isEmpty())
            target = {SidebarEntry::Kind::Ticker, ticker};
        else
            target = {SidebarEntry::Kind::All, {}};
    }
    m_view = target;
    if (m_sidebar->current() != entry)
        m_sidebar->select(entry);
    m_settings->setSidebarSelection(target.toString());
    applyFilter();
    Q_EMIT viewChanged(m_view);
}

void MainWindow::showTicker(const QString &ticker)
{
    selectView({SidebarEntry::Kind::Ticker, ticker});
}

void MainWindow::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchTimer->stop();
    applyFilter();
}

void MainWindow::updateTickerHeader()
{
    if (m_view.kind != SidebarEntry::Kind::Ticker) {
        m_tickerHeader->setVisible(false);
        return;
    }
    const QString ticker = m_view.value;
    Storage::ListFilter filter;
    filter.tickers = QStringList{ticker};
    // The name as the article being read writes it (its language), else any stored one.
    QString name;
    const QString key = Core::Ticker::keyFor(ticker);
    for (const Core::RelatedStock &stock : std::as_const(m_article.relatedStocks)) {
        if (stock.key == key && !stock.name.isEmpty()) {
            name = stock.name;
            break;
        }
    }
    if (name.isEmpty())
        name = m_library->tickerName(ticker);
    m_tickerHeader->setTicker(ticker, name, m_library->count(filter), m_library->isWatched(ticker));
    m_tickerHeader->setNewsActionsAvailable(m_fetch != nullptr);
    m_tickerHeader->setVisible(true);
}

void MainWindow::refreshList()
{
    // Keep the current article where the user sees it while rows arrive above it.
    const QModelIndex current = m_list->currentIndex();
    const int topBefore = current.isValid() ? m_list->visualRect(current).top() : 0;
    const bool visibleBefore = current.isValid() && m_list->viewport()->rect().intersects(m_list->visualRect(current));
    m_model->refresh(m_currentDoc);
    if (m_currentDoc) {
        const int row = m_model->rowOf(*m_currentDoc);
        if (row >= 0) {
            const QModelIndex index = m_model->index(row);
            if (m_list->currentIndex() != index)
                selectInList(*m_currentDoc);
            if (visibleBefore) {
                const int delta = m_list->visualRect(index).top() - topBefore;
                m_list->verticalScrollBar()->setValue(m_list->verticalScrollBar()->value() + delta);
            }
        }
    }
    m_sidebar->reload();
    Storage::ListFilter filter = m_model->filter();
    m_countLabel->setText(tr("%n article(s)", nullptr, m_library->count(filter)));
    updatePlaceholder();
}

void MainWindow::scheduleListRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void MainWindow::updateWindowTitle()
{
    if (m_article.title.isEmpty())
        setWindowTitle(tr("Newsdesk"));
    else
        setWindowTitle(m_article.title + u" — " + tr("Newsdesk"));
}

} // namespace Newsdesk::Ui
