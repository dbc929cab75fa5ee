#include "ui/watchlisttree.h"

#include "controller/sidebarentry.h"

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

bool WatchlistTree::isMovable(const QTreeWidgetItem *item) const
{
    return item && item->parent()
        && (item->data(0, kindRole).toInt() == int(SidebarEntry::Kind::Ticker)
            || item->data(0, kindRole).toInt() == int(SidebarEntry::Kind::Saved));
}

bool WatchlistTree::sameSection(const QTreeWidgetItem *a, const QTreeWidgetItem *b) const
{
    return isMovable(a) && isMovable(b) && a->parent() == b->parent();
}

int WatchlistTree::targetIndex(QDropEvent *event) const
{
    QTreeWidgetItem *target = itemAt(event->position().toPoint());
    if (!sameSection(currentItem(), target))
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
    if (event->source() != this || !sameSection(currentItem(), itemAt(event->position().toPoint()))
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
    if (!isMovable(dragged) || index < 0 || !onMove)
        return;
    const int from = dragged->parent()->indexOfChild(dragged);
    if (index > from)
        --index; // the dragged item leaves its place first
    if (index != from)
        onMove(SidebarEntry{SidebarEntry::Kind(dragged->data(0, kindRole).toInt()),
                   dragged->data(0, valueRole).toString()},
            index);
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
