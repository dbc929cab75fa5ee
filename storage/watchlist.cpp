#include "storage/watchlist.h"

#include "core/ticker.h"
#include "storage/connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWatchlist, "newsdesk.storage.watchlist", QtInfoMsg)

namespace Newsdesk::Storage {

QList<WatchItem> Watchlist::items() const
{
    QList<WatchItem> items;
    // Unread documents per ticker: one range of the partial index article_tickers_unread.
    Result<Rows> rows = m_connection.select(
        QStringLiteral("SELECT w.ticker, w.key, w.name, "
                       "(SELECT count(DISTINCT t.doc_id) FROM article_tickers t WHERE t.key = w.key AND t.unread = 1) "
                       "FROM watchlist w ORDER BY w.position"));
    if (!rows) {
        qCWarning(lcWatchlist).noquote() << "cannot read the watchlist:" << rows.error().message;
        return items;
    }
    while (rows->next())
        items.append({rows->text(0), rows->text(1), rows->text(2), int(rows->integer(3))});
    rows->finish();
    for (WatchItem &item : items) {
        if (item.name.isEmpty())
            item.name = tickerName(item.key);
    }
    return items;
}

Result<void> Watchlist::add(const QString &ticker, const QString &name)
{
    const std::optional<Core::Ticker> parsed = Core::Ticker::parse(ticker.trimmed());
    if (!parsed) {
        return Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate(
                "Newsdesk::Storage::Watchlist", "\"%1\" is not a ticker (CODE.MARKET, such as 700.HK or AAPL.US)")
                .arg(ticker));
    }
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    // Adding a watched ticker again keeps its place; a name given now replaces an empty one.
    Result<void> done
        = m_connection.run(QStringLiteral("INSERT INTO watchlist (key, ticker, name, position, added) "
                                          "VALUES (?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM watchlist), ?) "
                                          "ON CONFLICT (key) DO UPDATE SET name = CASE WHEN excluded.name <> '' "
                                          "THEN excluded.name ELSE name END"),
            {parsed->key(), parsed->text(), name, QDateTime::currentMSecsSinceEpoch()});
    if (!done)
        return done;
    return transaction.commit();
}

Result<void> Watchlist::remove(const QString &ticker)
{
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    if (Result<void> done
        = m_connection.run(QStringLiteral("DELETE FROM watchlist WHERE key = ?"), {Core::Ticker::keyFor(ticker)});
        !done) {
        return done;
    }
    if (m_connection.changes() == 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("Newsdesk::Storage::Watchlist", "%1 is not in the watchlist").arg(ticker));
    return transaction.commit();
}

Result<void> Watchlist::move(const QString &ticker, int newIndex)
{
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    QStringList keys;
    {
        Result<Rows> rows = m_connection.select(QStringLiteral("SELECT key FROM watchlist ORDER BY position"));
        if (!rows)
            return rows.error();
        while (rows->next())
            keys.append(rows->text(0));
    }
    const qsizetype from = keys.indexOf(Core::Ticker::keyFor(ticker));
    if (from < 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("Newsdesk::Storage::Watchlist", "%1 is not in the watchlist").arg(ticker));
    keys.move(from, std::clamp<qsizetype>(newIndex, 0, keys.size() - 1));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (Result<void> done
            = m_connection.run(QStringLiteral("UPDATE watchlist SET position = ? WHERE key = ?"), {i, keys.at(i)});
            !done) {
            return done;
        }
    }
    return transaction.commit();
}

bool Watchlist::contains(const QString &ticker) const
{
    Result<QVariant> found
        = m_connection.scalar(QStringLiteral("SELECT 1 FROM watchlist WHERE key = ?"), {Core::Ticker::keyFor(ticker)});
    return found && !found->isNull();
}

QString Watchlist::tickerName(const QString &ticker) const
{
    const QString key = Core::Ticker::keyFor(ticker);
    Result<QVariant> name = m_connection.scalar(
        QStringLiteral("SELECT name FROM article_tickers WHERE key = ? AND name <> '' ORDER BY doc_id DESC LIMIT 1"),
        {key});
    if (name && !name->isNull())
        return name->toString();
    Result<QVariant> given = m_connection.scalar(QStringLiteral("SELECT name FROM watchlist WHERE key = ?"), {key});
    return given && !given->isNull() ? given->toString() : QString();
}

QStringList Watchlist::knownTickers(const QString &prefix, int limit) const
{
    // Keys are upper case (700.HK, NVDA.US): a range of the key index, most written first.
    const QString from = prefix.trimmed().toUpper();
    QStringList tickers;
    if (from.isEmpty() || limit <= 0)
        return tickers;
    Result<Rows> rows = m_connection.select(QStringLiteral("SELECT key FROM article_tickers WHERE key >= ? AND key < ? "
                                                           "GROUP BY key ORDER BY count(*) DESC, key LIMIT ?"),
        {from, QString(from + QChar(0xFFFF)), limit});
    while (rows && rows->next())
        tickers.append(rows->text(0));
    return tickers;
}

} // namespace Newsdesk::Storage
