#include "ui/articlelistdelegate.h"

#include "ui/articlelistmodel.h"
#include "ui/timeformat.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace Newsdesk::Ui {

namespace {

constexpr int margin = 6;
constexpr int dotWidth = 14;
constexpr int starWidth = 22;

QString tickerText(const QStringList &tickers)
{
    constexpr int shown = 3;
    QStringList parts = tickers.mid(0, shown);
    QString text = parts.join(QStringLiteral("  "));
    if (tickers.size() > shown)
        text += u"  +" + QString::number(tickers.size() - shown);
    return text;
}

// The second line's start: the time, and for a feed's excerpt a word saying so (the excerpt is
// not the article: the reader offers to fetch it).
QString captionText(const QModelIndex &index)
{
    const QString time = listTime(index.data(ArticleListModel::PublishedRole).toDateTime());
    if (!index.data(ArticleListModel::ExcerptRole).toBool())
        return time;
    const QString excerpt = QCoreApplication::translate("Newsdesk::Ui::ArticleListDelegate", "Excerpt");
    return time.isEmpty() ? excerpt : excerpt + u" · " + time;
}

constexpr int shownTickers = 3;
constexpr const char16_t *tickerGap = u"  ";

// Where the second line's tickers start and how wide they may be.
struct TickerArea
{
    QRect rect;
};

TickerArea tickerArea(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QFont bold = option.font;
    bold.setBold(!index.data(ArticleListModel::ReadRole).toBool());
    const QFontMetrics titleMetrics(bold);
    const QFontMetrics smallMetrics(option.font);
    const QRect r = option.rect;
    const int line2 = r.top() + margin + titleMetrics.height() + margin / 2;
    const int textLeft = r.left() + dotWidth + 4;
    const int textWidth = ArticleListDelegate::starRect(r).left() - textLeft - 2;
    const int timeWidth = smallMetrics.horizontalAdvance(captionText(index));
    return {QRect(textLeft + timeWidth + 12, line2, textWidth - timeWidth - 12, smallMetrics.height())};
}

} // namespace

QString ArticleListDelegate::tickerAt(
    const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const
{
    const TickerArea area = tickerArea(option, index);
    if (area.rect.width() <= 20 || !area.rect.contains(pos))
        return {};
    const QFontMetrics metrics(option.font);
    const QStringList tickers = index.data(ArticleListModel::TickersRole).toStringList();
    int left = area.rect.left();
    for (qsizetype i = 0; i < tickers.size() && i < shownTickers; ++i) {
        const int width = metrics.horizontalAdvance(tickers.at(i));
        if (pos.x() >= left && pos.x() < left + width && left + width <= area.rect.right())
            return tickers.at(i);
        left += width + metrics.horizontalAdvance(QString::fromUtf16(tickerGap));
    }
    return {};
}

ArticleListDelegate::ArticleListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QRect ArticleListDelegate::starRect(const QRect &rowRect)
{
    return QRect(rowRect.right() - starWidth - margin, rowRect.top(), starWidth + margin, rowRect.height());
}

QSize ArticleListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int h = QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 3 * margin;
    return QSize(200, h);
}

void ArticleListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65f);
    const QColor accent = selected ? text : opt.palette.color(group, QPalette::Link);

    const bool read = index.data(ArticleListModel::ReadRole).toBool();
    const bool bookmarked = index.data(ArticleListModel::BookmarkedRole).toBool();
    const QRect r = opt.rect;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    QFont titleFont = opt.font;
    titleFont.setBold(!read);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics smallMetrics(opt.font);
    const int line1 = r.top() + margin;
    const int line2 = line1 + titleMetrics.height() + margin / 2;

    if (!read) {
        const int d = 8;
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawEllipse(QRect(r.left() + (dotWidth - d) / 2 + 2, line1 + (titleMetrics.height() - d) / 2, d, d));
    }

    const QRect star = starRect(r);
    const int textLeft = r.left() + dotWidth + 4;
    const int textWidth = star.left() - textLeft - 2;

    painter->setFont(titleFont);
    painter->setPen(text);
    const QString title = titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textWidth);
    painter->drawText(
        QRect(textLeft, line1, textWidth, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, title);

    painter->setFont(opt.font);
    const QString time = captionText(index);
    const int timeWidth = smallMetrics.horizontalAdvance(time);
    painter->setPen(dim);
    painter->drawText(QRect(textLeft, line2, timeWidth, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, time);
    const int tickersLeft = textLeft + timeWidth + 12;
    const int tickersWidth = textWidth - timeWidth - 12;
    if (tickersWidth > 20) {
        painter->setPen(accent);
        const QString tickers = smallMetrics.elidedText(
            tickerText(index.data(ArticleListModel::TickersRole).toStringList()), Qt::ElideRight, tickersWidth);
        painter->drawText(
            QRect(tickersLeft, line2, tickersWidth, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, tickers);
    }

    const bool hover = opt.state & QStyle::State_MouseOver;
    if (bookmarked || hover || selected) {
        QFont starFont = opt.font;
        starFont.setPointSizeF(starFont.pointSizeF() * 1.25);
        painter->setFont(starFont);
        QColor starColor = bookmarked ? (selected ? text : QColor(0xE0, 0xA0, 0x00)) : dim;
        painter->setPen(starColor);
        painter->drawText(star, Qt::AlignCenter, bookmarked ? QStringLiteral(u"\u2605") : QStringLiteral(u"\u2606"));
    }
    painter->restore();
}

bool ArticleListDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const bool press = event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick;
    if (press || event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && starRect(option.rect).contains(mouse->position().toPoint())) {
            // The star toggles the bookmark and leaves the selection (and the reader) alone.
            if (!press)
                Q_EMIT bookmarkClicked(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Newsdesk::Ui
