#pragma once

#include "controller/sidebarentry.h"

#include <QTreeWidget>

#include <functional>

namespace Newsdesk::Ui {

// The sidebar's tree. Watchlist tickers and saved searches can be dragged, each only among its
// own kind; a drop asks `onMove(entry, newIndex)` instead of moving the item, and the sidebar
// rebuilds from the library, so the tree never disagrees with what was stored.
class WatchlistTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchlistTree)

public:
    static constexpr int kindRole = Qt::UserRole + 1;
    static constexpr int valueRole = Qt::UserRole + 2;
    static constexpr int sparklineRole = Qt::UserRole + 3; // a watchlist ticker's documents per day

    explicit WatchlistTree(QWidget *parent = nullptr);
    ~WatchlistTree() override = default;

    // A ticker in the watchlist or a saved search among the saved searches, dragged to a new place.
    std::function<void(const SidebarEntry &entry, int newIndex)> onMove;
    std::function<void(const QString &ticker)> onRemove;

protected:
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool isTicker(const QTreeWidgetItem *item) const;
    bool isMovable(const QTreeWidgetItem *item) const;
    bool sameSection(const QTreeWidgetItem *a, const QTreeWidgetItem *b) const;
    int targetIndex(QDropEvent *event) const;
};

} // namespace Newsdesk::Ui
