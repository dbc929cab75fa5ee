#pragma once

#include <QStyledItemDelegate>

namespace Newsdesk::Ui {

// Paints one article row in two lines: an unread dot and the title (bold while unread); the time,
// the tickers (chips the view makes clickable) and a bookmark star. A click on the star toggles the bookmark.
class ArticleListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListDelegate)

public:
    explicit ArticleListDelegate(QObject *parent = nullptr);
    ~ArticleListDelegate() override = default;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    static QRect starRect(const QRect &rowRect);
    // The ticker chip under `pos` in the row, else empty.
    QString tickerAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;

Q_SIGNALS:
    void bookmarkClicked(const QModelIndex &index);
};

} // namespace Newsdesk::Ui
