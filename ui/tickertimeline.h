#pragma once

#include "controller/tickerinsight.h"

#include <QChartView>

class QBarSet;
class QCategoryAxis;
class QChart;
class QStackedBarSeries;
class QValueAxis;

namespace Newsdesk::Ui {

// The ticker's news volume: articles per day over the last 90 days, per week before them, as
// bars (Qt Charts). Clicking a bar asks for the list of its days. Axis labels follow the
// interface language (dates and numbers); colours follow the palette, so it reads in both themes.
class TickerTimeline final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TickerTimeline)

public:
    explicit TickerTimeline(QWidget *parent = nullptr);
    ~TickerTimeline() override = default;

    void setBars(const QList<TimelineBar> &bars);
    const QList<TimelineBar> &bars() const { return m_bars; }
    // Where bar `index` is drawn, in viewport coordinates (its middle), for tests and tooltips.
    QPoint barCentre(int index) const;
    void setDark(bool dark);

Q_SIGNALS:
    void barClicked(const Newsdesk::Ui::TimelineBar &bar);

protected:
    void changeEvent(QEvent *event) override;

private:
    void relabel();
    void recolour();

    QList<TimelineBar> m_bars;
    bool m_dark = false;
    QStackedBarSeries *m_series = nullptr;
    QBarSet *m_days = nullptr;
    QBarSet *m_weeks = nullptr;
    QCategoryAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
};

} // namespace Newsdesk::Ui
