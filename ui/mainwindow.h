#pragma once

#include "fetchtracker.h"
#include "importer.h"
#include "readercontroller.h"
#include "searchfield.h"
#include "settings.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QSplitter;
class QTimer;

namespace Newsdesk::Net {
class FetchService;
}
namespace Newsdesk::Storage {
class SearchRunner;
}

namespace Newsdesk::Ui {

class ArticleListModel;
class ArticleListView;
class DesktopNotifier;
class ExternalLinks;
class ReaderPane;
class ReaderActions;
class Sidebar;
class TickerHeader;
class TickerPanel;

// The reader's window: sidebar | article list | reader pane, with the toolbar, menus, search
// field and status bar. Layout, actions and wiring: what to show and what a click means is the
// controller's (ReaderController) and the fetch tracker's. The library, settings and fetch service
// belong to the caller; the fetch service may be null (then what needs the network says so).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Storage::Library *library, Settings *settings, Net::FetchService *fetch = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Applies the saved geometry, splitter, sidebar selection and last article.
    void restoreState();
    void saveState();

    // --- intents (menus, keys, the command line, tests) -----------------------------------------
    void selectView(const SidebarEntry &entry) { m_controller->setView(entry); }
    void showTicker(const QString &ticker) { selectView({SidebarEntry::Kind::Ticker, ticker}); }
    void setSearchText(const QString &text);
    // Opens a stored article explicitly (marked read at once) and shows it in the list.
    bool openArticle(Storage::DocId doc, const QString &locale = {});
    bool openArticleByKey(const QString &key, const QString &locale = {});
    void switchVariant(const QString &locale) { m_controller->switchVariant(locale); }
    void handleLink(const QUrl &url) { m_controller->followLink(url); }
    void goBack() { m_controller->goBack(); }
    void goForward() { m_controller->goForward(); }
    void nextArticle();
    void previousArticle();
    bool nextUnread();
    void toggleBookmark() { m_controller->toggleBookmark(); }
    void markUnread();
    void openOriginal();
    void openInBrowser(QUrl url);
    // File → Import/Export Subscriptions (OPML): a file dialog, then the status bar says what happened.
    void importSubscriptions();
    void exportSubscriptions();
    void importPaths(const QStringList &paths);
    // "Open With Newsdesk" and a second instance: imports files or fetches URLs, then shows the first.
    void openFiles(const QStringList &paths);
    void loadSampleLibrary();
    void refreshList();

    // --- what the window shows (tests, the benchmark) ------------------------------------------
    ReaderController *controller() const { return m_controller; }
    FetchTracker *fetchTracker() const { return m_tracker; }
    SidebarEntry currentView() const { return m_controller->view(); }
    std::optional<Storage::DocId> currentDocument() const { return m_controller->currentDocument(); }
    QString currentLocale() const { return m_controller->currentLocale(); }
    const Core::Article &currentArticle() const { return m_controller->article(); }
    ArticleListModel *listModel() const { return m_model; }
    QListView *listView() const;
    Sidebar *sidebar() const { return m_sidebar; }
    TickerHeader *tickerHeader() const;
    TickerPanel *tickerPanel() const { return m_tickerPanel; }
    // What the ticker view and the watchlist's buzz count as now (tests fix it).
    void setClock(const std::function<QDateTime()> &clock);
    ReaderPane *readerPane() const { return m_reader; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *countLabel() const { return m_countLabel; }
    Importer *importer() const { return m_importer; }
    ExternalLinks *externalLinks() const { return m_externalLinks; }
    QAction *action(const QString &name) const;
    bool canGoBack() const { return m_controller->canGoBack(); }
    bool canGoForward() const { return m_controller->canGoForward(); }

Q_SIGNALS:
    void articleOpened(Newsdesk::Storage::DocId doc, const QString &locale);
    void viewChanged(const Newsdesk::Ui::SidebarEntry &entry);
    void importFinished(const Newsdesk::Ui::ImportSummary &summary);
    // A variant or related article could not be fetched (also shown in the reader's bar).
    void fetchFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // mainwindow.cpp: layout and wiring
    void buildLayout();
    void connectController();
    void applySettings();
    void applyFilter();
    void showStatus(const QString &text, int timeoutMs = 6000);
    void scheduleListRefresh();
    void updateCount(std::optional<int> known = std::nullopt);
    void showSearchResults(quint64 request, const Storage::ListFilter &filter, const QList<Storage::ListRow> &rows,
                           int count);
    void updateTickerHeader();
    void updateWindowTitle();
    void updatePlaceholder();
    void onArticleShown(Storage::DocId doc, const QString &locale, qreal scroll);
    // mainwindowactions.cpp
    void connectActions();
    void createToolBar();
    void retranslate();
    void updateActions();
    // mainwindownavigation.cpp: the list
    void scrollOrNextUnread();
    void toggleRowBookmark(const QModelIndex &index);
    // mainwindowfetch.cpp: the network, subscriptions, imports, notifications
    void connectFetchService();
    void installImageProvider();
    void onNewArticles(const QList<Net::NewArticle> &articles);
    void fetchLatestForTicker(const QString &ticker);
    void subscribeToTicker(const QString &ticker);
    QUrl tickerNewsPage(const QString &ticker) const;
    void subscribe();
    void openUrl();
    void reloadSources();
    void onImportFinished(const ImportSummary &summary);
    void chooseImportFiles();
    void chooseImportFolder();
    // mainwindowstate.cpp
    void offerSampleLibrary();

    Storage::Library *m_library = nullptr;
    Settings *m_settings = nullptr;
    QPointer<Net::FetchService> m_fetch;
    FetchTracker *m_tracker = nullptr;
    ReaderController *m_controller = nullptr;

    Sidebar *m_sidebar = nullptr;
    TickerPanel *m_tickerPanel = nullptr;
    ArticleListView *m_list = nullptr;
    ArticleListModel *m_model = nullptr;
    ReaderPane *m_reader = nullptr;
    QSplitter *m_splitter = nullptr;
    SearchField *m_search = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_offlineLabel = nullptr;
    Storage::SearchRunner *m_searchRunner = nullptr; // the list while a search is typed
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_countsTimer = nullptr; // the sidebar's unread counts, after reading moves on
    Importer *m_importer = nullptr;
    ExternalLinks *m_externalLinks = nullptr;
    DesktopNotifier *m_notifier = nullptr; // made on the first notification
    ReaderActions *m_actions = nullptr;

    std::optional<Settings::Theme> m_appliedTheme;
    bool m_shownOnce = false;
    bool m_openAfterImport = false;
};

} // namespace Newsdesk::Ui
