#pragma once

#include <QStyledItemDelegate>

namespace Newsdesk::Ui {

// The sidebar's name cells. A watchlist entry that carries its documents per day (`countsRole`: a
// QList<int>, oldest day first) gets a sparkline at the cell's right: a bar per day, its height
// relative to the busiest day, bottom-aligned, in the palette's highlight colour (the highlighted
// text's on a selected row), so it reads in light and dark themes; a day without documents is a
// faint baseline. The name is elided before it. Every other cell is the style's own.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SparklineDelegate)

public:
    explicit SparklineDelegate(int countsRole, QObject *parent = nullptr);
    ~SparklineDelegate() override = default;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the sparkline of `days` days goes in a cell, and the column a day's bar may fill
    // (day 0 the oldest; a bar is as tall as the column on the busiest day).
    static QRect area(const QRect &cell, int days);
    static QRect slot(const QRect &area, int day);
    static QColor ink(const QPalette &palette, QPalette::ColorGroup group, bool selected);

    static constexpr int barWidth = 3;
    static constexpr int barGap = 1;

private:
    int m_countsRole;
};

} // namespace Newsdesk::Ui
