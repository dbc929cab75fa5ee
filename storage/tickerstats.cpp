#include "storage/tickerstats.h"

#include "core/ticker.h"
#include "storage/connection.h"
#include "storage/ids.h"

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

// Totals, the last 7 days and roles from ticker_days (migrations.cpp, version 11: each document
// once per day, in its strongest role); unread from the rows themselves, since reading changes it
// without a new row: one range of the partial index article_tickers_unread.
Result<void> TickerStats::countDocuments(const QString &key, qint64 today, TickerSummary &summary) const
{
    Result<Rows> rows = m_connection.select(
        QStringLiteral("SELECT sum(documents), sum(primary_documents), sum(related_documents), "
                       "sum(CASE WHEN day >= ? THEN documents ELSE 0 END) FROM ticker_days WHERE key = ?"),
        {today - 6, key});
    if (!rows)
        return rows.error();
    if (rows->next()) {
        summary.total = int(rows->integer(0));
        summary.primary = int(rows->integer(1));
        summary.related = int(rows->integer(2));
        summary.mentioned = summary.total - summary.primary - summary.related;
        summary.last7Days = int(rows->integer(3));
    }
    Result<QVariant> unread = m_connection.scalar(
        QStringLiteral("SELECT count(DISTINCT doc_id) FROM article_tickers WHERE key = ? AND unread = 1"), {key});
    if (!unread)
        return unread.error();
    summary.unread = unread->toInt();
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
    Result<Rows> rows = m_connection.select(QStringLiteral("SELECT day, documents FROM ticker_days "
                                                           "WHERE key = ? AND day >= ? AND day <= ? ORDER BY day"),
        {key, firstDay, lastDay});
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
    Result<Rows> rows
        = m_connection.select(QStringLiteral("SELECT (? - 1 - day) / 7 AS week, sum(documents) FROM ticker_days "
                                             "WHERE key = ? AND day >= ? AND day < ? GROUP BY week ORDER BY week DESC"),
            {firstDaily, key, firstDaily - 7 * weeklyWeeks, firstDaily});
    if (!rows)
        return rows.error();
    const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
    while (rows->next()) {
        const qint64 weekStart = firstDaily - 7 * (rows->integer(0) + 1);
        summary.weekly.append({QDate::fromJulianDay(epochDay + weekStart), int(rows->integer(1))});
    }
    return {};
}

// Per document rather than per article: the ticker's documents of the 90 days (one index range),
// then the tickers of each (one range of article_tickers_by_doc, its languages' rows adjacent),
// each (document, ticker) once, then counted per ticker.
Result<void> TickerStats::countTogether(const QString &key, qint64 today, TickerSummary &summary) const
{
    Result<Rows> rows = m_connection.select(
        QStringLiteral("SELECT key, count(*) AS n FROM (SELECT DISTINCT d.doc_id, o.key FROM "
                       "(SELECT DISTINCT doc_id FROM article_tickers WHERE key = ? AND doc_id >= ? AND doc_id < ?) d "
                       "JOIN article_tickers o ON o.doc_id = d.doc_id AND o.key <> ?) "
                       "GROUP BY key ORDER BY n DESC, key LIMIT ?"),
        {key, firstOfDay(today - togetherDays + 1), firstOfDay(today + 1), key, togetherLimit});
    if (!rows)
        return rows.error();
    while (rows->next())
        summary.together.append({rows->text(0), int(rows->integer(1))});
    return {};
}

} // namespace Newsdesk::Storage
