#include "ui/tickertimeline.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace Newsdesk::Ui {

TickerTimeline::TickerTimeline(QWidget *parent)
    : QChartView(parent)
    , m_series(new QStackedBarSeries(this))
    , m_days(new QBarSet(QString(), this))
    , m_weeks(new QBarSet(QString(), this))
    , m_axisX(new QCategoryAxis(this))
    , m_axisY(new QValueAxis(this))
{
    setObjectName(QStringLiteral("tickerTimeline"));
    auto *chart = new QChart;
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    // A week's bar and a day's bar never share a slot: stacked, each slot shows one of them.
    m_series->append(m_weeks);
    m_series->append(m_days);
    m_series->setBarWidth(0.9);
    chart->addSeries(m_series);
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisX->setGridLineVisible(false);
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setTickCount(3);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(130);
    setMaximumHeight(170);
    setFrameShape(QFrame::NoFrame);
    const auto clicked = [this](int index) {
        if (index >= 0 && index < m_bars.size())
            Q_EMIT barClicked(m_bars.at(index));
    };
    connect(m_days, &QBarSet::clicked, this, clicked);
    connect(m_weeks, &QBarSet::clicked, this, clicked);
    recolour();
}

void TickerTimeline::setBars(const QList<TimelineBar> &bars)
{
    m_bars = bars;
    QList<qreal> days, weeks;
    int highest = 0;
    for (const TimelineBar &bar : bars) {
        days.append(bar.days == 1 ? bar.count : 0);
        weeks.append(bar.days == 1 ? 0 : bar.count);
        highest = std::max(highest, bar.count);
    }
    m_days->remove(0, m_days->count());
    m_weeks->remove(0, m_weeks->count());
    m_days->append(days);
    m_weeks->append(weeks);
    m_axisX->setRange(-0.5, std::max<qsizetype>(bars.size(), 1) - 0.5);
    // Whole numbers on the axis: a top that 2 divides.
    const int top = std::max(2, highest + highest % 2);
    m_axisY->setRange(0, top);
    relabel();
}

void TickerTimeline::relabel()
{
    const QLocale locale;
    chart()->setLocale(locale);
    chart()->setLocalizeNumbers(false);
    const QStringList labels = m_axisX->categoriesLabels();
    for (const QString &label : labels)
        m_axisX->remove(label);
    // A label at every first of a month (the bar that holds it), the start of the axis beside it.
    const bool chinese = locale.language() == QLocale::Chinese;
    const QString dayFormat = chinese ? QStringLiteral("M月d日") : QStringLiteral("MMM d");
    const QString weekFormat = chinese ? QStringLiteral("yyyy年M月") : QStringLiteral("MMM yyyy");
    int lastLabelled = -100;
    for (int i = 0; i < m_bars.size(); ++i) {
        const TimelineBar &bar = m_bars.at(i);
        const bool monthStarts = bar.from.day() <= bar.days;
        if (!monthStarts || i - lastLabelled < 8)
            continue;
        m_axisX->append(locale.toString(bar.from, bar.days == 1 ? dayFormat : weekFormat), i);
        lastLabelled = i;
    }
    m_days->setLabel(tr("Articles per day"));
    m_weeks->setLabel(tr("Articles per week"));
    setToolTip(tr("Articles per day over the last 90 days, per week before; click a bar to list its articles"));
    setAccessibleName(tr("News volume"));
}

void TickerTimeline::setDark(bool dark)
{
    m_dark = dark;
    recolour();
}

void TickerTimeline::recolour()
{
    chart()->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().base());
    chart()->setBackgroundVisible(true);
    const QColor text = palette().color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(40);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_axisX), static_cast<QAbstractAxis *>(m_axisY)}) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    const QColor day = m_dark ? QColor(0x4d, 0xab, 0xf7) : QColor(0x1c, 0x7e, 0xd6);
    m_days->setColor(day);
    m_days->setBorderColor(day);
    QColor week = day;
    week.setAlpha(140);
    m_weeks->setColor(week);
    m_weeks->setBorderColor(week);
    // setTheme() resets fonts and ranges' labels; put ours back.
    relabel();
}

QPoint TickerTimeline::barCentre(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    const QPointF inChart = chart()->mapToPosition(QPointF(index, m_bars.at(index).count / 2.0), m_series);
    return mapFromScene(chart()->mapToScene(inChart));
}

void TickerTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        relabel();
    else if (event->type() == QEvent::PaletteChange)
        recolour();
    QChartView::changeEvent(event);
}

} // namespace Newsdesk::Ui
