#pragma once

#include "storage/library.h"

namespace Newsdesk::Storage {

class Connection;

// The user's tickers, in their order, compared by key (700.HK = 00700.HK), with unread counts.
class Watchlist final
{
public:
    explicit Watchlist(Connection &connection)
        : m_connection(connection)
    {
    }
    Q_DISABLE_COPY_MOVE(Watchlist)

    QList<WatchItem> items() const;
    Result<void> add(const QString &ticker, const QString &name);
    Result<void> remove(const QString &ticker);
    Result<void> move(const QString &ticker, int newIndex);
    bool contains(const QString &ticker) const;
    QString tickerName(const QString &ticker) const;
    QStringList knownTickers(const QString &prefix, int limit) const;

private:
    Connection &m_connection;
};

} // namespace Newsdesk::Storage
