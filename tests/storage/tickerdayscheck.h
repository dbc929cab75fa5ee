#pragma once

// ticker_days against its definition: a plain scan of article_tickers, each (ticker, document) once
// in its strongest role, by the UTC day of the document's id.

#include "storage/connection.h"

#include <QMap>
#include <QStringList>

namespace Newsdesk::Tests {

struct TickerDayCounts
{
    qint64 documents = 0;
    qint64 primary = 0;
    qint64 related = 0;
    friend bool operator==(const TickerDayCounts &, const TickerDayCounts &) = default;
};

using TickerDays = QMap<std::pair<QString, qint64>, TickerDayCounts>;

inline TickerDays readTickerDays(Storage::Connection &connection, const QString &sql)
{
    TickerDays days;
    Result<Storage::Rows> rows = connection.select(sql);
    if (!rows)
        return days;
    while (rows->next())
        days.insert({rows->text(0), rows->integer(1)}, {rows->integer(2), rows->integer(3), rows->integer(4)});
    return days;
}

inline TickerDays storedTickerDays(Storage::Connection &connection)
{
    return readTickerDays(
        connection, u"SELECT key, day, documents, primary_documents, related_documents FROM ticker_days"_qs);
}

inline TickerDays scannedTickerDays(Storage::Connection &connection)
{
    return readTickerDays(connection,
        u"SELECT key, day, count(*), sum(role = 0), sum(role = 1) FROM "
        u"(SELECT key, (doc_id >> 8) / 86400 AS day, min(role) AS role FROM article_tickers GROUP BY key, doc_id) "
        u"GROUP BY key, day"_qs);
}

// The differences, one line each ("key day: stored d/p/r, scanned d/p/r"); empty when equal.
inline QStringList tickerDayDifferences(Storage::Connection &connection)
{
    const TickerDays stored = storedTickerDays(connection);
    const TickerDays scanned = scannedTickerDays(connection);
    QStringList differences;
    const auto text = [](const TickerDays &days, const std::pair<QString, qint64> &at) {
        if (!days.contains(at))
            return u"none"_qs;
        const TickerDayCounts counts = days.value(at);
        return u"%1/%2/%3"_qs.arg(counts.documents).arg(counts.primary).arg(counts.related);
    };
    QList<std::pair<QString, qint64>> keys = stored.keys();
    for (const auto &at : scanned.keys()) {
        if (!stored.contains(at))
            keys.append(at);
    }
    for (const auto &at : std::as_const(keys)) {
        if (!(stored.value(at) == scanned.value(at)) || stored.contains(at) != scanned.contains(at)) {
            differences.append(u"%1 day %2: stored %3, scanned %4"_qs.arg(at.first).arg(at.second).arg(
                text(stored, at), text(scanned, at)));
        }
    }
    return differences;
}

} // namespace Newsdesk::Tests
