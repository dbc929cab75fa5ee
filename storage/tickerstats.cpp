#include "tickerstats.h"

#include "connection.h"
#include "ids.h"
#include "ticker.h"

#include <QHash>

#include <cmath>

namespace Newsdesk::Storage {

namespace {

constexpr qint64 secondsPerDay = 86400;

// The first document id of a UTC day (days since the epoch).
DocId firstOfDay(qint64 day)
{
    return Ids::firstOfSecond(day * secondsPerDay);
}

} // namespace

Buzz buzzOf(int today, const QList<int> &daysBefore, const BuzzRule &rule)
{
    Buzz buzz;
    buzz.today = today;
    if (!daysBefore.isEmpty()) {
        double sum = 0;
        for (int count : daysBefore)
            sum += count;
        buzz.mean = sum / double(daysBefore.size());
        double squares = 0;
        for (int count : daysBefore)
            squares += (count - buzz.mean) * (count - buzz.mean);
        buzz.stddev = std::sqrt(squares / double(daysBefore.size()));
    }
    buzz.active = today >= rule.minimumArticles && double(today) >= rule.factor * buzz.mean;
    return buzz;
}

Result<TickerSummary> TickerStats::summary(const QString &ticker, const QDateTime &now, const BuzzRule &rule) const
{
    TickerSummary summary;
    summary.key = Core::Ticker::keyFor(ticker);
    summary.ticker = ticker.trimmed();
    const qint64 today = now.toSecsSinceEpoch() / secondsPerDay;
    if (Result<void> done = countDocuments(summary.key, today, summary); !done)
        return done.error();
    if (Result<void> done = countDays(summary.key, today, summary); !done)
        return done.error();
    if (Result<void> done = countWeeks(summary.key, today, summary); !done)
        return done.error();
    summary.buzz = buzzOfDays(summary.daily, today, rule);
    if (Result<void> done = countTogether(summary.key, today, summary); !done)
        return done.error();
    return summary;
}

// Totals and roles: each document once, in its strongest role over its languages.
Result<void> TickerStats::countDocuments(const QString &key, qint64 today, TickerSummary &summary) const
{
    Result<Rows> rows = m_connection.select(
        QStringLiteral("SELECT role, count(*), sum(unread), sum(doc_id >= ?) FROM "
                       "(SELECT min(role) AS role, max(unread) AS unread, doc_id FROM article_tickers "
                       "WHERE key = ? GROUP BY doc_id) GROUP BY role"),
        {firstOfDay(today - 6), key});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const int count = int(rows->integer(1));
        summary.total += count;
        summary.unread += int(rows->integer(2));
        summary.last7Days += int(rows->integer(3));
        switch (rows->integer(0)) {
        case 0:
            summary.primary += count;
            break;
        case 1:
            summary.related += count;
            break;
        default:
            summary.mentioned += count;
            break;
        }
    }
    return {};
}

Result<Buzz> TickerStats::buzz(const QString &ticker, const QDateTime &now, const BuzzRule &rule) const
{
    const qint64 today = now.toSecsSinceEpoch() / secondsPerDay;
    Result<QList<DayCount>> days = countDayRange(Core::Ticker::keyFor(ticker), today - buzzBaseDays, today);
    if (!days)
        return days.error();
    return buzzOfDays(*days, today, rule);
}

Buzz TickerStats::buzzOfDays(const QList<DayCount> &days, qint64 today, const BuzzRule &rule)
{
    QList<int> before(buzzBaseDays, 0);
    int todayCount = 0;
    for (const DayCount &day : days) {
        const qint64 age = today - day.date.toJulianDay() + QDate(1970, 1, 1).toJulianDay();
        if (age == 0)
            todayCount = day.count;
        else if (age > 0 && age <= buzzBaseDays)
            before[int(age - 1)] = day.count;
    }
    return buzzOf(todayCount, before, rule);
}

Result<void> TickerStats::countDays(const QString &key, qint64 today, TickerSummary &summary) const
{
    Result<QList<DayCount>> days = countDayRange(key, today - dailyDays + 1, today);
    if (!days)
        return days.error();
    summary.daily = std::move(*days);
    return {};
}

// The days from firstDay to lastDay (days since the epoch, UTC) that have documents, oldest first.
Result<QList<DayCount>> TickerStats::countDayRange(const QString &key, qint64 firstDay, qint64 lastDay) const
{
    // Document ids are time-ordered: a day is a range of the (key, doc_id) index.
    Result<Rows> rows = m_connection.select(
        QStringLiteral("SELECT (doc_id >> ?) / ? AS day, count(DISTINCT doc_id) FROM article_tickers "
                       "WHERE key = ? AND doc_id >= ? AND doc_id < ? GROUP BY day ORDER BY day"),
        {Ids::sequenceBits, secondsPerDay, key, firstOfDay(firstDay), firstOfDay(lastDay + 1)});
    if (!rows)
        return rows.error();
    QList<DayCount> days;
    const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
    while (rows->next())
        days.append({QDate::fromJulianDay(epochDay + rows->integer(0)), int(rows->integer(1))});
    return days;
}

Result<void> TickerStats::countWeeks(const QString &key, qint64 today, TickerSummary &summary) const
{
    const qint64 firstDaily = today - dailyDays + 1;
    Result<Rows> rows = m_connection.select(
        QStringLiteral("SELECT (? - 1 - (doc_id >> ?) / ?) / 7 AS week, count(DISTINCT doc_id) FROM article_tickers "
                       "WHERE key = ? AND doc_id >= ? AND doc_id < ? GROUP BY week ORDER BY week DESC"),
        {firstDaily, Ids::sequenceBits, secondsPerDay, key, firstOfDay(firstDaily - 7 * weeklyWeeks),
            firstOfDay(firstDaily)});
    if (!rows)
        return rows.error();
    const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
    while (rows->next()) {
        const qint64 weekStart = firstDaily - 7 * (rows->integer(0) + 1);
        summary.weekly.append({QDate::fromJulianDay(epochDay + weekStart), int(rows->integer(1))});
    }
    return {};
}

Result<void> TickerStats::countTogether(const QString &key, qint64 today, TickerSummary &summary) const
{
    Result<Rows> rows = m_connection.select(
        QStringLiteral("SELECT o.key, min(o.ticker), count(DISTINCT o.doc_id) AS n FROM article_tickers t "
                       "JOIN article_tickers o ON o.article_id = t.article_id AND o.key <> t.key "
                       "WHERE t.key = ? AND t.doc_id >= ? AND t.doc_id < ? "
                       "GROUP BY o.key ORDER BY n DESC, o.key LIMIT ?"),
        {key, firstOfDay(today - togetherDays + 1), firstOfDay(today + 1), togetherLimit});
    if (!rows)
        return rows.error();
    while (rows->next())
        summary.together.append({rows->text(0), int(rows->integer(2))});
    return {};
}

} // namespace Newsdesk::Storage
