#include "ui/sparklinedelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace Newsdesk::Ui {

namespace {

constexpr int rightMargin = 4;
constexpr int verticalMargin = 6;
constexpr int spacing = 6; // between the name and the sparkline

QList<int> countsOf(const QModelIndex &index, int role)
{
    const QVariant value = index.data(role);
    return value.canConvert<QList<int>>() ? value.value<QList<int>>() : QList<int>();
}

} // namespace

SparklineDelegate::SparklineDelegate(int countsRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_countsRole(countsRole)
{
}

QRect SparklineDelegate::area(const QRect &cell, int days)
{
    const int width = days * (barWidth + barGap) - barGap;
    return {cell.right() - rightMargin - width + 1, cell.top() + verticalMargin, width,
        std::max(4, cell.height() - 2 * verticalMargin)};
}

QRect SparklineDelegate::slot(const QRect &area, int day)
{
    return {area.left() + day * (barWidth + barGap), area.top(), barWidth, area.height()};
}

QColor SparklineDelegate::ink(const QPalette &palette, QPalette::ColorGroup group, bool selected)
{
    return palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight);
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QList<int> counts = countsOf(index, m_countsRole);
    if (counts.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QRect spark = area(opt.rect, int(counts.size()));
    // The name ends before the sparkline; the row's background and selection span the whole cell.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int textWidth = std::max(0, spark.left() - spacing - textRect.left());
    opt.text = opt.fontMetrics.elidedText(opt.text, opt.textElideMode, textWidth);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Active
                                                                            : QPalette::Inactive;
    const QColor barColor = ink(opt.palette, group, selected);
    QColor baseline = barColor;
    baseline.setAlphaF(0.3f);
    const int busiest = *std::max_element(counts.cbegin(), counts.cend());
    painter->save();
    for (int day = 0; day < counts.size(); ++day) {
        const QRect column = slot(spark, day);
        const int count = counts.at(day);
        if (count <= 0) {
            painter->fillRect(QRect(column.left(), column.bottom(), column.width(), 1), baseline);
            continue;
        }
        // At least two pixels, so one article on a busy ticker still shows.
        const int height = std::max(2, int(double(column.height()) * count / busiest + 0.5));
        painter->fillRect(QRect(column.left(), column.bottom() - height + 1, column.width(), height), barColor);
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QList<int> counts = countsOf(index, m_countsRole);
    if (!counts.isEmpty())
        size.rwidth() += spacing + area(QRect(0, 0, 0, size.height()), int(counts.size())).width() + rightMargin;
    return size;
}

} // namespace Newsdesk::Ui
