#pragma once

#include "storage/library.h"

#include <QHash>

namespace Newsdesk::Storage {

class Connection;

// The names texts call a ticker's company by: every stored article's Related Stocks name for it,
// in every locale, with legal forms stripped (Core::companyAlias), plus those the user added, less
// those the user removed. Compared by ticker key; aliases without regard to ASCII case.
class TickerAliases final
{
public:
    explicit TickerAliases(Connection &connection)
        : m_connection(connection)
    {
    }
    Q_DISABLE_COPY_MOVE(TickerAliases)

    // Those from articles first, then those added, each alphabetically.
    QStringList aliases(const QString &ticker) const;
    // aliases() of many tickers at once, by key (tickers without any are left out).
    QHash<QString, QStringList> aliasesByKey(const QStringList &tickers) const;
    Result<void> add(const QString &ticker, const QString &alias);
    // An alias from articles stays removed when articles bring it again.
    Result<void> remove(const QString &ticker, const QString &alias);

    static constexpr int maxAliasLength = 100;

private:
    Connection &m_connection;
};

} // namespace Newsdesk::Storage
