#pragma once

#include "storage/library.h"

#include <QWidget>

#include <optional>

class QTimer;

namespace Newsdesk::Ui {

class ArticleListModel;
class ArticleListView;
class FetchTracker;
class ListFeed;
class ReaderController;
class RetentionSchedule;
class Settings;
class TickerPanel;

// The window's middle column: a ticker's panel (on a ticker's view) above the article list. It
// keeps the rows, the current row, the empty list's wording and the ticker panel in step with the
// controller's view, filter and article; how many articles the list holds goes out as `counted`.
class ListColumn final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListColumn)

public:
    // The library and the controller belong to the caller and outlive the column.
    ListColumn(Storage::Library *library, ReaderController *controller, QWidget *parent);
    ~ListColumn() override = default;

    ArticleListView *list() const { return m_list; }
    ArticleListModel *model() const { return m_model; }
    TickerPanel *tickerPanel() const { return m_tickerPanel; }
    // Follows the controller's filter, labels and article: after the reader pane has, so that a
    // newly opened article's page starts loading before the list moves. Rows are read again when
    // the tracker stored articles and when retention deleted some (a run that deleted nothing
    // changed nothing on screen).
    void follow(FetchTracker *tracker, RetentionSchedule *retention);

    // The preferred article language, the buzz rule and the theme of the ticker panel.
    void applySettings(const Settings &settings, bool dark);
    void setPreferredLocale(const QString &locale);
    // The empty watchlist view says how to fill the watchlist rather than "no articles".
    void setWatchlistEmpty(bool empty);
    // The controller's filter on the list now (a typed search answers later, off the GUI thread).
    void applyFilter();
    // Rows read again (articles stored or deleted), keeping the current article; counts follow.
    void reload();
    // Once for a burst of stored articles.
    void scheduleReload();
    // The ticker panel's numbers and the list's count again (reading moved on).
    void recount();
    void updatePlaceholder();
    // The ticker's panel for the controller's view (hidden on any other).
    void showTickerPanel();

Q_SIGNALS:
    void counted(int articles);
    void reloaded();

private:
    void onShown(int count);

    Storage::Library *m_library = nullptr;
    ReaderController *m_controller = nullptr;
    TickerPanel *m_tickerPanel = nullptr;
    ArticleListView *m_list = nullptr;
    ArticleListModel *m_model = nullptr;
    ListFeed *m_feed = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QString m_preferredLocale;
    bool m_watchlistEmpty = true;
};

} // namespace Newsdesk::Ui
