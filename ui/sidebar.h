#pragma once

#include "controller/sidebarentry.h"
#include "controller/sourcelist.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLineEdit;
class QMenu;
class QStringListModel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Newsdesk::Storage {
class CountRunner;
}

namespace Newsdesk::Ui {

class FetchTracker;
class ReaderController;

class WatchlistModel;
class WatchlistTree;

// The left pane: All articles, Unread, Bookmarks, the Watchlist (each ticker with its unread count,
// and the whole list as one filter), Saved Searches (each with its unread count), Labels (each
// with its unread count) and Sources. It
// also manages the watchlist (add by typing a ticker, remove with Delete or the context menu,
// reorder by drag) and the saved searches (save, rename, edit, remove, reorder by drag).
class Sidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)

public:
    explicit Sidebar(QWidget *parent = nullptr);
    ~Sidebar() override = default;

    // The library belongs to the caller and must outlive the sidebar.
    void setLibrary(Storage::Library *library);
    using Source = SourceItem;
    // Subscriptions; an empty list hides the Sources section.
    void setSources(const QList<Source> &sources);

    SidebarEntry current() const;
    // Selects the entry's item; a ticker that is not on the watchlist clears the selection.
    void select(const SidebarEntry &entry);
    // Re-reads the watchlist and the counts, keeping the selection.
    void reload();

    QStringList watchlistTickers() const;
    WatchlistModel *watchlistModel() const { return m_watchlistModel; }
    QTreeWidget *tree() const;
    QLineEdit *addField() const { return m_addField; }

    // Adds, removes, moves; report failures through `message`.
    bool addTicker(const QString &ticker);
    bool removeTicker(const QString &ticker);
    // The ticker view's watch toggle: the watchlist changes, the selected entry stays.
    void setWatched(const QString &ticker, bool watched);
    // Clicks choose the controller's view and the selection follows its view; a source's Refresh
    // and Remove go to the fetch tracker; bookmarks and labels changed recount.
    void follow(ReaderController *controller, FetchTracker *tracker);
    bool moveTicker(const QString &ticker, int newIndex);
    // Asks for a name (a non-modal dialog) and saves `query` under it; the new entry is selected.
    void saveSearch(const QString &query);
    bool moveSavedSearch(qint64 id, int newIndex);

Q_SIGNALS:
    void entrySelected(const Newsdesk::Ui::SidebarEntry &entry);
    void watchlistChanged();
    void sourceRefreshRequested(const QString &url);
    void sourceRemoveRequested(const QString &url);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void updateIcons();
    void showContextMenu(const QPoint &pos);
    QTreeWidgetItem *itemFor(const SidebarEntry &entry) const;
    static SidebarEntry entryOf(const QTreeWidgetItem *item);
    void rebuildWatchlist();
    void rebuildSavedSearches();
    void showSavedCounts(const QList<int> &counts);
    void rebuildLabels();
    void showLabelCounts(const QList<int> &counts);
    void addSavedSearchActions(QMenu *menu, QTreeWidgetItem *item);
    // A non-modal one-line dialog; `apply` gets the text on OK.
    void askText(
        const QString &title, const QString &label, const QString &text, std::function<void(const QString &)> apply);
    void updateCompletions(const QString &text);

    Storage::Library *m_library = nullptr;
    WatchlistModel *m_watchlistModel = nullptr;
    WatchlistTree *m_tree = nullptr;
    QLineEdit *m_addField = nullptr;
    QTreeWidgetItem *m_all = nullptr;
    QTreeWidgetItem *m_unread = nullptr;
    QTreeWidgetItem *m_bookmarks = nullptr;
    QTreeWidgetItem *m_watchlist = nullptr;
    QTreeWidgetItem *m_saved = nullptr;
    Storage::CountRunner *m_savedCounts = nullptr; // the saved searches' unread counts, off the GUI thread
    QHash<QString, int> m_savedUnread; // by id: the last counts, shown until new ones come
    QTreeWidgetItem *m_labels = nullptr;
    Storage::CountRunner *m_labelCounts = nullptr; // the labels' unread counts, off the GUI thread
    QHash<QString, int> m_labelUnread; // by name: the last counts, shown until new ones come
    QTreeWidgetItem *m_sources = nullptr;
    QStringListModel *m_completions = nullptr;
    bool m_reloading = false;
};

} // namespace Newsdesk::Ui
