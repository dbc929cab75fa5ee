#include "ui/articlelistview.h"

#include "ui/articlelistdelegate.h"
#include "ui/articlelistmodel.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace Newsdesk::Ui {

ArticleListView::ArticleListView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new ArticleListDelegate(this))
{
    setItemDelegate(m_delegate);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setContextMenuPolicy(Qt::CustomContextMenu);
}

void ArticleListView::setArticleModel(ArticleListModel *model)
{
    m_model = model;
    setModel(model);
}

void ArticleListView::selectDocument(Storage::DocId doc)
{
    const int row = m_model->rowOf(doc);
    m_selecting = true;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row);
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        scrollTo(index, QAbstractItemView::EnsureVisible);
    } else {
        selectionModel()->clear();
    }
    m_selecting = false;
}

void ArticleListView::moveCurrent(int delta)
{
    const QModelIndex current = currentIndex();
    const int row = current.isValid() ? current.row() + delta : 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row < 0 || row >= m_model->rowCount())
        return;
    setCurrentIndex(m_model->index(row));
}

bool ArticleListView::selectNextUnread()
{
    const QModelIndex current = currentIndex();
    int row = current.isValid() ? current.row() + 1 : 0;
    // Look through what is loaded, then page on (bounded, so a read library does not load it all).
    for (int pages = 0; pages < 50; ++pages) {
        for (; row < m_model->rowCount(); ++row) {
            if (!m_model->index(row).data(ArticleListModel::ReadRole).toBool()) {
                setCurrentIndex(m_model->index(row));
                return true;
            }
        }
        if (!m_model->canFetchMore({}))
            break;
        m_model->fetchMore({});
    }
    return false;
}

void ArticleListView::refreshKeeping(std::optional<Storage::DocId> doc)
{
    const QModelIndex current = currentIndex();
    const int topBefore = current.isValid() ? visualRect(current).top() : 0;
    const bool visibleBefore = current.isValid() && viewport()->rect().intersects(visualRect(current));
    m_model->refresh(doc);
    if (!doc)
        return;
    const int row = m_model->rowOf(*doc);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    if (currentIndex() != index)
        selectDocument(*doc);
    if (visibleBefore)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + visualRect(index).top() - topBefore);
}

void ArticleListView::setPlaceholderText(const QString &text)
{
    if (m_placeholder == text)
        return;
    m_placeholder = text;
    viewport()->update();
}

void ArticleListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (!model() || model()->rowCount() > 0 || m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(24, 40, -24, -24);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

void ArticleListView::keyPressEvent(QKeyEvent *event)
{
    // End means the end of the list, not of the rows loaded so far.
    if (event->key() == Qt::Key_End && model()) {
        while (model()->canFetchMore({}))
            model()->fetchMore({});
    }
    QListView::keyPressEvent(event);
}

QString ArticleListView::tickerAt(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return {};
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return m_delegate->tickerAt(option, index, pos);
}

void ArticleListView::mousePressEvent(QMouseEvent *event)
{
    // A ticker chip is a link, and the right button asks for the menu: neither selects nor opens the row.
    if (event->button() == Qt::RightButton
        || (event->button() == Qt::LeftButton && !tickerAt(event->position().toPoint()).isEmpty())) {
        event->accept();
        return;
    }
    QListView::mousePressEvent(event);
}

void ArticleListView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        if (const QString ticker = tickerAt(event->position().toPoint()); !ticker.isEmpty()) {
            event->accept();
            Q_EMIT tickerClicked(ticker);
            return;
        }
    }
    QListView::mouseReleaseEvent(event);
}

void ArticleListView::mouseMoveEvent(QMouseEvent *event)
{
    viewport()->setCursor(tickerAt(event->position().toPoint()).isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    QListView::mouseMoveEvent(event);
}

} // namespace Newsdesk::Ui
