#include "subscriptionstore.h"

#include "links.h"
#include "sqlhelpers_net.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcSubscriptions, "newsdesk.storage.subscriptions", QtInfoMsg)

namespace Newsdesk::Storage {

using namespace NetSql;

namespace {

const QString columns = QStringLiteral(
    "id, url, kind, title, ticker, interval_s, created, last_attempt, last_success, last_error, "
    "failures, next_attempt, etag, last_modified");

Subscription::Kind kindFromName(const QString &name)
{
    if (name == u"news-index")
        return Subscription::Kind::NewsIndex;
    if (name == u"ticker-news")
        return Subscription::Kind::TickerNews;
    return Subscription::Kind::Feed;
}

Subscription fromQuery(const QSqlQuery &query)
{
    Subscription s;
    s.id = query.value(0).toLongLong();
    s.url = QUrl(query.value(1).toString());
    s.kind = kindFromName(query.value(2).toString());
    s.title = query.value(3).toString();
    s.ticker = query.value(4).toString();
    s.intervalSeconds = query.value(5).toInt();
    s.created = fromMsecs(query.value(6));
    s.lastAttempt = fromMsecs(query.value(7));
    s.lastSuccess = fromMsecs(query.value(8));
    s.lastError = query.value(9).toString();
    s.consecutiveFailures = query.value(10).toInt();
    s.nextAttempt = fromMsecs(query.value(11));
    s.etag = query.value(12).toByteArray();
    s.lastModified = query.value(13).toByteArray();
    return s;
}

// Subscriptions are compared by their URL without a fragment, the way they were typed otherwise.
QString urlKey(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
}

} // namespace

Subscription::Kind subscriptionKindForUrl(const QUrl &url, QString *ticker)
{
    // /{locale}/news.md, /news.md; /{locale}/quote/{TICKER}/news.md (".md" optional on both).
    static const QRegularExpression newsIndex(QStringLiteral(R"(^(/[A-Za-z]{2}(?:[-_][A-Za-z]{2,4})?)?/news(?:\.md)?/?$)"));
    static const QRegularExpression tickerNews(
        QStringLiteral(R"(^(?:/[A-Za-z]{2}(?:[-_][A-Za-z]{2,4})?)?/quote/([^/]+)/news(?:\.md)?/?$)"));
    const QString path = url.path();
    if (newsIndex.match(path).hasMatch())
        return Subscription::Kind::NewsIndex;
    if (const QRegularExpressionMatch match = tickerNews.match(path); match.hasMatch()) {
        if (ticker)
            *ticker = match.captured(1);
        return Subscription::Kind::TickerNews;
    }
    return Subscription::Kind::Feed;
}

QString subscriptionKindName(Subscription::Kind kind)
{
    switch (kind) {
    case Subscription::Kind::NewsIndex:
        return QStringLiteral("news-index");
    case Subscription::Kind::TickerNews:
        return QStringLiteral("ticker-news");
    case Subscription::Kind::Feed:
        return QStringLiteral("feed");
    }
    return QStringLiteral("feed");
}

SubscriptionStore::SubscriptionStore(const Library &library) : m_connectionName(library.connectionName()) {}

Result<Subscription> SubscriptionStore::add(const QUrl &url, int intervalSeconds)
{
    if (const auto existing = find(url))
        return *existing;
    QString ticker;
    const Subscription::Kind kind = subscriptionKindForUrl(url, &ticker);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const Result<void> done = run(query,
        QStringLiteral("INSERT INTO subscriptions (url, kind, ticker, interval_s, created, next_attempt) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO NOTHING"),
        {urlKey(url), subscriptionKindName(kind), text(ticker), std::max(1, intervalSeconds), now, now},
        QStringLiteral("adding the subscription"));
    if (!done)
        return done.error();
    qCInfo(lcSubscriptions) << "subscribed to" << url;
    const auto added = find(url);
    if (!added)
        return Error::make(Error::Kind::Database, QStringLiteral("the new subscription was not stored"));
    return *added;
}

Result<void> SubscriptionStore::remove(const QUrl &url)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const Result<void> done = run(query, QStringLiteral("DELETE FROM subscriptions WHERE url = ?"), {urlKey(url)},
                                  QStringLiteral("removing the subscription"));
    if (!done)
        return done;
    if (query.numRowsAffected() <= 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("Newsdesk::Storage::SubscriptionStore", "there is no subscription to %1")
                .arg(url.toDisplayString()));
    return {};
}

QList<Subscription> SubscriptionStore::all() const
{
    QList<Subscription> list;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query, u"SELECT " + columns + u" FROM subscriptions ORDER BY id", {}, QStringLiteral("listing")))
        return list;
    while (query.next())
        list.append(fromQuery(query));
    return list;
}

std::optional<Subscription> SubscriptionStore::find(const QUrl &url) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query, u"SELECT " + columns + u" FROM subscriptions WHERE url = ?", {urlKey(url)}, QStringLiteral("finding"))
        || !query.next())
        return std::nullopt;
    return fromQuery(query);
}

std::optional<Subscription> SubscriptionStore::find(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query, u"SELECT " + columns + u" FROM subscriptions WHERE id = ?", {id}, QStringLiteral("finding"))
        || !query.next())
        return std::nullopt;
    return fromQuery(query);
}

QList<Subscription> SubscriptionStore::due(const QDateTime &now) const
{
    QList<Subscription> list;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query, u"SELECT " + columns + u" FROM subscriptions WHERE next_attempt <= ? ORDER BY next_attempt, id",
             {now.toMSecsSinceEpoch()}, QStringLiteral("finding due subscriptions")))
        return list;
    while (query.next())
        list.append(fromQuery(query));
    return list;
}

QDateTime SubscriptionStore::nextDue() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query, QStringLiteral("SELECT min(next_attempt) FROM subscriptions"), {}, QStringLiteral("scheduling"))
        || !query.next())
        return {};
    return fromMsecs(query.value(0));
}

Result<void> SubscriptionStore::recordSuccess(qint64 id, const QDateTime &when, const QDateTime &nextAttempt,
                                              const QString &title, const std::optional<Validators> &validators)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const bool replace = validators.has_value();
    return run(query,
               QStringLiteral("UPDATE subscriptions SET last_attempt = ?, last_success = ?, last_error = '', "
                              "failures = 0, next_attempt = ?, "
                              "etag = CASE WHEN ? THEN ? ELSE etag END, "
                              "last_modified = CASE WHEN ? THEN ? ELSE last_modified END, "
                              "title = CASE WHEN ? <> '' THEN ? ELSE title END WHERE id = ?"),
               {msecs(when), msecs(when), msecs(nextAttempt), replace,
                text(replace ? validators->etag : QByteArray()), replace,
                text(replace ? validators->lastModified : QByteArray()), text(title), text(title), id},
               QStringLiteral("recording the refresh"));
}

Result<void> SubscriptionStore::recordFailure(qint64 id, const QDateTime &when, const QDateTime &nextAttempt,
                                              const QString &error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return run(query,
               QStringLiteral("UPDATE subscriptions SET last_attempt = ?, last_error = ?, failures = failures + 1, "
                              "next_attempt = ? WHERE id = ?"),
               {msecs(when), text(error), msecs(nextAttempt), id}, QStringLiteral("recording the failed refresh"));
}

Result<void> SubscriptionStore::setInterval(qint64 id, int intervalSeconds)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return run(query, QStringLiteral("UPDATE subscriptions SET interval_s = ? WHERE id = ?"),
               {std::max(1, intervalSeconds), id}, QStringLiteral("changing the interval"));
}

} // namespace Newsdesk::Storage
