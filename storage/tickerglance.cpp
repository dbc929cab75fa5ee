#include "core/ticker.h"
#include "storage/tickerstats.h"

namespace Newsdesk::Storage {

namespace {

constexpr qint64 secondsPerDay = 86400;

} // namespace

// One count of the days buzz needs serves the sparkline too: its 14 days are the last of them.
Result<TickerSummary> TickerStats::glance(const QString &ticker, const QDateTime &now, const BuzzRule &rule) const
{
    TickerSummary summary;
    summary.ticker = ticker.trimmed();
    summary.key = Core::Ticker::keyFor(ticker);
    const qint64 today = now.toSecsSinceEpoch() / secondsPerDay;
    Result<QList<DayCount>> days = countDayRange(summary.key, today - buzzBaseDays, today);
    if (!days)
        return days.error();
    summary.buzz = buzzOfDays(*days, today, rule);
    summary.daily = std::move(*days);
    return summary;
}

} // namespace Newsdesk::Storage
