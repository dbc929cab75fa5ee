#include "storage/subscriptionstore.h"

#include "core/links.h"
#include "core/sitelayout.h"
#include "storage/connection.h"
#include "storage/librarywriter.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSubscriptions, "newsdesk.storage.subscriptions", QtInfoMsg)

namespace Newsdesk::Storage {

namespace {

const QString columns
    = QStringLiteral("id, url, kind, title, ticker, interval_s, created, last_attempt, last_success, last_error, "
                     "failures, next_attempt, etag, last_modified");

Subscription::Kind kindFromName(const QString &name)
{
    if (name == u"news-index")
        return Subscription::Kind::NewsIndex;
    if (name == u"ticker-news")
        return Subscription::Kind::TickerNews;
    return Subscription::Kind::Feed;
}

QVariant msecs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMsecs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Validators are stored as text (NOT NULL DEFAULT '').
QString text(const QByteArray &value)
{
    return QString::fromLatin1(value);
}

Subscription fromRow(const Rows &query)
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

QString subscriptionKindName(Subscription::Kind kind)
{
    switch (kind) {
    case Subscription::Kind::NewsIndex:
        return QStringLiteral("news-index");
    case Subscription::Kind::TickerNews:
        return QStringLiteral("ticker-news");
    case Subscription::Kind::Feed:
    case Subscription::Kind::Unknown:
        return QStringLiteral("feed");
    }
    return QStringLiteral("feed");
}

SubscriptionStore::SubscriptionStore(Connection &connection)
    : m_connection(connection)
{
}

Result<Subscription> SubscriptionStore::add(const QUrl &url, int intervalSeconds)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.subscriptions().add(url, intervalSeconds); });
    if (const auto existing = find(url))
        return *existing;
    // The site's layout says what the URL is; storage keeps what it is told.
    const auto [kind, ticker] = Core::SiteLayout::classifyListUrl(url);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Result<void> done = m_connection.run(
        QStringLiteral("INSERT INTO subscriptions (url, kind, ticker, interval_s, created, next_attempt) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO NOTHING"),
        {urlKey(url), subscriptionKindName(kind), ticker, std::max(1, intervalSeconds), now, now});
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
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.subscriptions().remove(url); });
    const Result<void> done
        = m_connection.run(QStringLiteral("DELETE FROM subscriptions WHERE url = ?"), {urlKey(url)});
    if (!done)
        return done;
    if (m_connection.changes() <= 0)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("Newsdesk::Storage::SubscriptionStore", "there is no subscription to %1")
                .arg(url.toDisplayString()));
    return {};
}

QList<Subscription> SubscriptionStore::select(const QString &where, const QVariantList &values) const
{
    QList<Subscription> list;
    Result<Rows> rows = m_connection.select(u"SELECT " + columns + u" FROM subscriptions " + where, values);
    if (!rows)
        return list;
    while (rows->next())
        list.append(fromRow(*rows));
    return list;
}

QList<Subscription> SubscriptionStore::all() const
{
    return select(QStringLiteral("ORDER BY id"), {});
}

std::optional<Subscription> SubscriptionStore::find(const QUrl &url) const
{
    const QList<Subscription> found = select(QStringLiteral("WHERE url = ?"), {urlKey(url)});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Subscription> SubscriptionStore::find(qint64 id) const
{
    const QList<Subscription> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<Subscription> SubscriptionStore::due(const QDateTime &now) const
{
    return select(QStringLiteral("WHERE next_attempt <= ? ORDER BY next_attempt, id"), {now.toMSecsSinceEpoch()});
}

QDateTime SubscriptionStore::nextDue() const
{
    const Result<QVariant> next = m_connection.scalar(QStringLiteral("SELECT min(next_attempt) FROM subscriptions"));
    return next ? fromMsecs(next.value()) : QDateTime();
}

Result<void> SubscriptionStore::recordSuccess(qint64 id, const QDateTime &when, const QDateTime &nextAttempt,
    const QString &title, const std::optional<Validators> &validators)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) {
            return writer.subscriptions().recordSuccess(id, when, nextAttempt, title, validators);
        });
    const bool replace = validators.has_value();
    return m_connection.run(
        QStringLiteral("UPDATE subscriptions SET last_attempt = ?, last_success = ?, last_error = '', "
                       "failures = 0, next_attempt = ?, "
                       "etag = CASE WHEN ? THEN ? ELSE etag END, "
                       "last_modified = CASE WHEN ? THEN ? ELSE last_modified END, "
                       "title = CASE WHEN ? <> '' THEN ? ELSE title END WHERE id = ?"),
        {msecs(when), msecs(when), msecs(nextAttempt), replace, text(replace ? validators->etag : QByteArray()),
            replace, text(replace ? validators->lastModified : QByteArray()), title, title, id});
}

Result<void> SubscriptionStore::recordFailure(
    qint64 id, const QDateTime &when, const QDateTime &nextAttempt, const QString &error)
{
    if (m_writer)
        return m_writer->call(
            [&](Library &writer) { return writer.subscriptions().recordFailure(id, when, nextAttempt, error); });
    return m_connection.run(
        QStringLiteral("UPDATE subscriptions SET last_attempt = ?, last_error = ?, failures = failures + 1, "
                       "next_attempt = ? WHERE id = ?"),
        {msecs(when), error, msecs(nextAttempt), id});
}

Result<void> SubscriptionStore::setInterval(qint64 id, int intervalSeconds)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.subscriptions().setInterval(id, intervalSeconds); });
    return m_connection.run(
        QStringLiteral("UPDATE subscriptions SET interval_s = ? WHERE id = ?"), {std::max(1, intervalSeconds), id});
}

} // namespace Newsdesk::Storage
