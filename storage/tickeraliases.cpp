#include "storage/tickeraliases.h"

#include "core/ticker.h"
#include "storage/connection.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAliases, "newsdesk.storage.aliases", QtInfoMsg)

namespace Newsdesk::Storage {

namespace {

enum Origin { FromArticles = 0, AddedByUser = 1, RemovedByUser = 2 };

} // namespace

QStringList TickerAliases::aliases(const QString &ticker) const
{
    return aliasesByKey({ticker}).value(Core::Ticker::keyFor(ticker));
}

QHash<QString, QStringList> TickerAliases::aliasesByKey(const QStringList &tickers) const
{
    QHash<QString, QStringList> aliases;
    for (const QString &ticker : tickers) {
        const QString key = Core::Ticker::keyFor(ticker);
        if (key.isEmpty() || aliases.contains(key))
            continue;
        Result<Rows> rows = m_connection.select(
            QStringLiteral("SELECT alias FROM ticker_aliases WHERE key = ? AND origin <> ? ORDER BY origin, alias"),
            {key, int(RemovedByUser)});
        if (!rows) {
            qCWarning(lcAliases).noquote() << "cannot read the aliases of" << key << rows.error().message;
            continue;
        }
        QStringList names;
        while (rows->next())
            names.append(rows->text(0));
        if (!names.isEmpty())
            aliases.insert(key, names);
    }
    return aliases;
}

Result<void> TickerAliases::add(const QString &ticker, const QString &alias)
{
    const std::optional<Core::Ticker> parsed = Core::Ticker::parse(ticker.trimmed());
    if (!parsed)
        return Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate(
                "Newsdesk::Storage::TickerAliases", "\"%1\" is not a ticker (CODE.MARKET, such as 700.HK or AAPL.US)")
                .arg(ticker));
    const QString name = alias.simplified();
    if (name.size() < 2 || name.size() > maxAliasLength)
        return Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate(
                "Newsdesk::Storage::TickerAliases", "an alias has 2 to %1 characters; \"%2\" has %3")
                .arg(maxAliasLength)
                .arg(name)
                .arg(name.size()));
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    // Adding one that articles brought keeps it as theirs; adding one removed brings it back.
    Result<void> done = m_connection.run(
        QStringLiteral("INSERT INTO ticker_aliases (key, alias, origin) VALUES (?, ?, ?) "
                       "ON CONFLICT (key, alias) DO UPDATE SET origin = CASE WHEN origin = ? THEN ? ELSE origin END"),
        {parsed->key(), name, int(AddedByUser), int(RemovedByUser), int(AddedByUser)});
    if (!done)
        return done;
    return transaction.commit();
}

Result<void> TickerAliases::remove(const QString &ticker, const QString &alias)
{
    const QString key = Core::Ticker::keyFor(ticker);
    const QString name = alias.simplified();
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    Result<QVariant> origin = m_connection.scalar(
        QStringLiteral("SELECT origin FROM ticker_aliases WHERE key = ? AND alias = ?"), {key, name});
    if (!origin)
        return origin.error();
    if (origin->isNull() || origin->toInt() == RemovedByUser)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("Newsdesk::Storage::TickerAliases", "%1 has no alias \"%2\"")
                .arg(ticker, name));
    const Result<void> done = origin->toInt() == AddedByUser
        ? m_connection.run(QStringLiteral("DELETE FROM ticker_aliases WHERE key = ? AND alias = ?"), {key, name})
        : m_connection.run(QStringLiteral("UPDATE ticker_aliases SET origin = ? WHERE key = ? AND alias = ?"),
            {int(RemovedByUser), key, name});
    if (!done)
        return done;
    return transaction.commit();
}

} // namespace Newsdesk::Storage
