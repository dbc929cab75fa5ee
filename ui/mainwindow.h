#pragma once

#include "article.h"
#include "articlelistview.h"
#include "fetchtypes.h"
#include "imageprovider.h"
#include "importer.h"
#include "library.h"
#include "readerhistory.h"
#include "settings.h"
#include "sidebarentry.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QSplitter;
class QTimer;

namespace Newsdesk::Net {
class FetchService;
}

namespace Newsdesk::Ui {

class ArticleListModel;
class DesktopNotifier;
class ExternalLinks;
class ReaderPane;
class Sidebar;
class TickerHeader;

// The reader's window: sidebar | article list | reader pane, with the toolbar, menus, search
// field and status bar. The library, settings and fetch service belong to the caller; the fetch
// service may be null (then everything that needs the network says so).
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

    // --- what the user can do (menus, keys, tests) -------------------------------------------
    void selectView(const SidebarEntry &entry);
    void showTicker(const QString &ticker);
    void setSearchText(const QString &text);
    // Opens a stored article: shows it, marks it read, records it in the history.
    bool openArticle(Storage::DocId doc, const QString &locale = {});
    bool openArticleByKey(const QString &key, const QString &locale = {});
    void switchVariant(const QString &locale);
    void handleLink(const QUrl &url);
    void goBack();
    void goForward();
    void nextArticle();
    void previousArticle();
    bool nextUnread();
    void toggleBookmark();
    void markUnread();
    void openOriginal();
    void importPaths(const QStringList &paths);
    // "Open With Newsdesk": imports the files, then shows the first one that was stored.
    void openFiles(const QStringList &paths);
    void loadSampleLibrary();
    void refreshList();

    // --- what the window shows (tests, the benchmark) ----------------------------------------
    SidebarEntry currentView() const { return m_view; }
    std::optional<Storage::DocId> currentDocument() const { return m_currentDoc; }
    QString currentLocale() const { return m_currentLocale; }
    const Core::Article &currentArticle() const { return m_article; }
    ArticleListModel *listModel() const { return m_model; }
    QListView *listView() const { return m_list; }
    Sidebar *sidebar() const { return m_sidebar; }
    TickerHeader *tickerHeader() const { return m_tickerHeader; }
    ReaderPane *readerPane() const { return m_reader; }
    QLineEdit *searchField() const { return m_search; }
    Importer *importer() const { return m_importer; }
    ExternalLinks *externalLinks() const { return m_externalLinks; }
    QAction *action(const QString &name) const;
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }

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
    // mainwindow.cpp
    void buildLayout();
    void applySettings();
    void applyFilter();
    void showStatus(const QString &text, int timeoutMs = 6000);
    void offerSampleLibrary();
    void scheduleListRefresh();
    void updateTickerHeader();
    void updateWindowTitle();
    void updatePlaceholder();
    // mainwindowactions.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    void retranslate();
    void updateActions();
    QAction *addAction(const QString &name, const QString &icon, const QKeySequence &shortcut,
                       void (MainWindow::*slot)());
    // mainwindownavigation.cpp
    bool showDocument(Storage::DocId doc, const QString &locale, bool recordHistory, bool markRead);
    void selectInList(Storage::DocId doc);
    void onListCurrentChanged(const QModelIndex &current);
    void moveInList(int delta);
    void openNewsLink(const QString &newsId);
    void scrollOrNextUnread();
    // mainwindowfetch.cpp
    void connectFetchService();
    void installImageProvider();
    void onArticleStored(Net::RequestId id, Storage::DocId doc, const QString &locale);
    void onRequestFailed(Net::RequestId id, const Error &error);
    void onNewArticles(const QList<Net::NewArticle> &articles);
    void showNotifiedArticle(Storage::DocId doc);
    void fetchLatestForTicker(const QString &ticker);
    void subscribeToTicker(const QString &ticker);
    void refreshSubscriptions();
    void subscribe();
    void unsubscribe(const QString &url);
    void refreshSource(const QString &url);
    void reloadSources();
    void onImportFinished(const ImportSummary &summary);
    void chooseImportFiles();
    void chooseImportFolder();
    QString describeFetchError(const Error &error, const QString &what) const;

    Storage::Library *m_library = nullptr;
    Settings *m_settings = nullptr;
    QPointer<Net::FetchService> m_fetch;

    Sidebar *m_sidebar = nullptr;
    TickerHeader *m_tickerHeader = nullptr;
    ArticleListView *m_list = nullptr;
    ArticleListModel *m_model = nullptr;
    ReaderPane *m_reader = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_offlineLabel = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_countsTimer = nullptr; // the sidebar's unread counts, after reading moves on
    Importer *m_importer = nullptr;
    ExternalLinks *m_externalLinks = nullptr;
    DesktopNotifier *m_notifier = nullptr; // made on the first notification
    QHash<QString, QAction *> m_actions;
    QActionGroup *m_languageGroup = nullptr;

    SidebarEntry m_view;
    ReaderHistory m_history;
    std::optional<Storage::DocId> m_currentDoc;
    QString m_currentLocale;
    Core::Article m_article;
    std::optional<Settings::Theme> m_appliedTheme;
    bool m_syncingSelection = false;
    bool m_shownOnce = false;
    bool m_openAfterImport = false;
    // Requests whose result the reader waits for: a variant (doc, locale) or a related article.
    struct PendingFetch
    {
        enum class Kind { Variant, Related, TickerNews, Subscribe, Refresh, OfflineCopy } kind = Kind::Variant;
        Storage::DocId doc = 0;
        QString locale;
        QString label;
    };
    QHash<Net::RequestId, PendingFetch> m_pending;
};

} // namespace Newsdesk::Ui
