#include "watchlisttree.h"

#include "sidebarentry.h"

#include <QDropEvent>
#include <QKeyEvent>

namespace Newsdesk::Ui {

WatchlistTree::WatchlistTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
}

bool WatchlistTree::isTicker(const QTreeWidgetItem *item) const
{
    return item && item->data(0, kindRole).toInt() == int(SidebarEntry::Kind::Ticker);
}

int WatchlistTree::targetIndex(QDropEvent *event) const
{
    QTreeWidgetItem *target = itemAt(event->position().toPoint());
    if (!isTicker(target))
        return -1;
    QTreeWidgetItem *parent = target->parent();
    int index = parent->indexOfChild(target);
    if (dropIndicatorPosition() == QAbstractItemView::BelowItem)
        ++index;
    return index;
}

void WatchlistTree::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeWidget::dragMoveEvent(event);
    if (event->source() != this || !isTicker(currentItem()) || !isTicker(itemAt(event->position().toPoint()))
        || dropIndicatorPosition() == QAbstractItemView::OnItem) {
        event->ignore();
    }
}

void WatchlistTree::dropEvent(QDropEvent *event)
{
    QTreeWidgetItem *dragged = currentItem();
    int index = targetIndex(event);
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (!isTicker(dragged) || index < 0 || !onMove)
        return;
    const int from = dragged->parent()->indexOfChild(dragged);
    if (index > from)
        --index; // the dragged item leaves its place first
    if (index != from)
        onMove(dragged->data(0, valueRole).toString(), index);
}

void WatchlistTree::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && isTicker(currentItem()) && onRemove) {
        onRemove(currentItem()->data(0, valueRole).toString());
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

} // namespace Newsdesk::Ui
