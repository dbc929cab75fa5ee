#include "articlelistview.h"

#include "articlelistdelegate.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

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
