#pragma once

#include "controller/fetchtracker.h"
#include "controller/readercontroller.h"
#include "ui/importflow.h"
#include "ui/searchfield.h"
#include "ui/settings.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QTimer;

namespace Newsdesk::Net {
class FetchService;
}

namespace Newsdesk::Ui {

class ArticleListIntents;
class ArticleListModel;
class ArticleListView;
class BackupSchedule;
class RetentionSchedule;
class ExternalLinks;
class ListColumn;
class NewsAlerts;
class ReaderPane;
class ReaderActions;
class Sidebar;
class StatusArea;
class SubscriptionActions;
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
    MainWindow(
        Storage::Library *library, Settings *settings, Net::FetchService *fetch = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Applies the saved geometry, splitter, sidebar selection and last article.
    void restoreState();
    void saveState();

    // --- intents (menus, keys, the command line, tests) -----------------------------------------
    void selectView(const SidebarEntry &entry) { m_controller->setView(entry); }
    void showTicker(const QString &ticker) { selectView({SidebarEntry::Kind::Ticker, ticker}); }
    void setSearchText(const QString &text) { m_search->submit(text); }
    // Opens a stored article explicitly (marked read at once) and shows it in the list.
    bool openArticle(Storage::DocId doc, const QString &locale = {});
    bool openArticleByKey(const QString &key, const QString &locale = {});
    void importPaths(const QStringList &paths) { m_imports->importPaths(paths); }
    // "Open With Newsdesk" and a second instance: imports files or fetches URLs, then shows the first.
    void openFiles(const QStringList &paths) { m_imports->openFiles(paths); }
    void refreshList();

    // --- what the window shows (tests, the benchmark); the article and history: controller() --
    ReaderController *controller() const { return m_controller; }
    ArticleListModel *listModel() const;
    QListView *listView() const;
    Sidebar *sidebar() const { return m_sidebar; }
    TickerHeader *tickerHeader() const;
    TickerPanel *tickerPanel() const;
    // What the ticker view and the watchlist's buzz count as now (tests fix it).
    void setClock(const std::function<QDateTime()> &clock);
    ReaderPane *readerPane() const { return m_reader; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *countLabel() const;
    ExternalLinks *externalLinks() const { return m_externalLinks; }
    // Retention and the weekly backup, set from the settings; the reader starts them.
    RetentionSchedule *retention() const { return m_retention; }
    BackupSchedule *backups() const { return m_backups; }
    QAction *action(const QString &name) const;

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

private:
    // mainwindow.cpp: layout and wiring
    void buildLayout();
    void connectController();
    void applySettings();
    void refreshCounts();
    void updateWindowTitle();
    void onArticleShown(Storage::DocId doc, const QString &locale);
    // mainwindowactions.cpp
    void connectActions();
    void createToolBar();
    void retranslate();
    void updateActions();
    // mainwindowfetch.cpp: what comes from outside (the network, subscriptions, imports)
    void connectFetchService();
    void reloadSources();
    void onImportFinished(const ImportSummary &summary, bool showFirst);

    Storage::Library *m_library = nullptr;
    Settings *m_settings = nullptr;
    QPointer<Net::FetchService> m_fetch;
    FetchTracker *m_tracker = nullptr;
    ReaderController *m_controller = nullptr;

    Sidebar *m_sidebar = nullptr;
    ListColumn *m_column = nullptr;
    ArticleListView *m_list = nullptr; // the column's
    ReaderPane *m_reader = nullptr;
    QSplitter *m_splitter = nullptr;
    SearchField *m_search = nullptr;
    StatusArea *m_status = nullptr;
    ArticleListIntents *m_listIntents = nullptr;
    QTimer *m_countsTimer = nullptr; // the sidebar's unread counts, after reading moves on
    ImportFlow *m_imports = nullptr;
    SubscriptionActions *m_subscriptions = nullptr;
    NewsAlerts *m_alerts = nullptr;
    ExternalLinks *m_externalLinks = nullptr;
    ReaderActions *m_actions = nullptr;
    RetentionSchedule *m_retention = nullptr;
    BackupSchedule *m_backups = nullptr;

    std::optional<Settings::Theme> m_appliedTheme;
    bool m_shownOnce = false;
};

} // namespace Newsdesk::Ui
