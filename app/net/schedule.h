#pragma once

#include <QDateTime>

namespace Newsdesk::Net {

// When a subscription is refreshed next: its interval after a success; after n failures in a
// row, interval × 2^n (exponential back-off), never more than a day (or the interval, if longer).
inline QDateTime nextAttemptAfter(const QDateTime &now, int intervalSeconds, int consecutiveFailures)
{
    constexpr qint64 day = 24 * 60 * 60;
    const qint64 interval = std::max(1, intervalSeconds);
    if (consecutiveFailures <= 0)
        return now.addSecs(interval);
    const int doublings = std::min(consecutiveFailures, 20);
    const qint64 delay = std::min(interval << doublings, std::max(day, interval));
    return now.addSecs(delay);
}

} // namespace Newsdesk::Net
