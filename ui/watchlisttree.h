#pragma once

#include <QTreeWidget>

#include <functional>

namespace Newsdesk::Ui {

// The sidebar's tree. Only watchlist tickers can be dragged, and only among themselves; a drop
// asks `onMove(ticker, newIndex)` instead of moving the item, and the sidebar rebuilds from the
// library, so the tree never disagrees with what was stored.
class WatchlistTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchlistTree)

public:
    static constexpr int kindRole = Qt::UserRole + 1;
    static constexpr int valueRole = Qt::UserRole + 2;

    explicit WatchlistTree(QWidget *parent = nullptr);
    ~WatchlistTree() override = default;

    std::function<void(const QString &ticker, int newIndex)> onMove;
    std::function<void(const QString &ticker)> onRemove;

protected:
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool isTicker(const QTreeWidgetItem *item) const;
    int targetIndex(QDropEvent *event) const;
};

} // namespace Newsdesk::Ui
