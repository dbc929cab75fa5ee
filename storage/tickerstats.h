#pragma once

#include "storage/library.h"

namespace Newsdesk::Storage {

class Connection;

// The numbers of a ticker's view, counted in documents (a document in three languages is one),
// for the day `now` (the caller's clock: tests pass a fixed one). Days are UTC days.
class TickerStats final
{
public:
    explicit TickerStats(Connection &connection)
        : m_connection(connection)
    {
    }
    Q_DISABLE_COPY_MOVE(TickerStats)

    Result<TickerSummary> summary(const QString &ticker, const QDateTime &now, const BuzzRule &rule) const;
    // The summary's buzz alone: only the last 31 days are counted (the sidebar's badges).
    Result<Buzz> buzz(const QString &ticker, const QDateTime &now, const BuzzRule &rule) const;
    // The sidebar's entry (tickerglance.cpp): the buzz, and in `daily` the days it counted (the
    // last 31) that have articles, for the sparkline; nothing else is counted.
    Result<TickerSummary> glance(const QString &ticker, const QDateTime &now, const BuzzRule &rule) const;

    static constexpr int dailyDays = 90; // the timeline's days
    static constexpr int weeklyWeeks = 52; // before the timeline's days, per week
    static constexpr int buzzBaseDays = 30; // the days before today that buzz compares with
    static constexpr int togetherDays = 90;
    static constexpr int togetherLimit = 10;

private:
    Result<QList<DayCount>> countDayRange(const QString &key, qint64 firstDay, qint64 lastDay) const;
    static Buzz buzzOfDays(const QList<DayCount> &days, qint64 today, const BuzzRule &rule);
    Result<void> countDocuments(const QString &key, qint64 today, TickerSummary &summary) const;
    Result<void> countDays(const QString &key, qint64 today, TickerSummary &summary) const;
    Result<void> countWeeks(const QString &key, qint64 today, TickerSummary &summary) const;
    Result<void> countTogether(const QString &key, qint64 today, TickerSummary &summary) const;

    Connection &m_connection;
};

// Today's count against the mean and spread of the days before (population standard deviation).
Buzz buzzOf(int today, const QList<int> &daysBefore, const BuzzRule &rule);

} // namespace Newsdesk::Storage
