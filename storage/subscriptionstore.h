#pragma once

#include "core/listpageparser.h"
#include "core/result.h"
#include "storage/library.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <QVariantList>

#include <optional>

namespace Newsdesk::Storage {

class Connection;
class LibraryWriter;

// A URL that a refresh polls for new articles (docs/format.md §1, §4), with its schedule and health.
struct Subscription
{
    using Kind = Core::ListPage::Kind; // a subscription is never Unknown: what is not a page is a feed

    qint64 id = 0;
    QUrl url;
    Kind kind = Kind::Feed;
    QString title; // from the list page once refreshed; empty before
    QString ticker; // Kind::TickerNews: the ticker as written in the URL
    int intervalSeconds = 15 * 60;
    QDateTime created; // UTC
    QDateTime lastAttempt; // UTC; invalid before the first refresh
    QDateTime lastSuccess; // UTC; invalid until a refresh fully succeeds
    QString lastError; // the last refresh's error; empty after a success
    int consecutiveFailures = 0;
    QDateTime nextAttempt; // UTC; when the scheduler refreshes it next (back-off included)
    QByteArray etag; // validators of the last complete refresh, for conditional requests
    QByteArray lastModified;
};

QString subscriptionKindName(Subscription::Kind kind); // "news-index", "ticker-news", "feed"

// Subscriptions in the library, on one Library's connection (Library::subscriptions(), same thread).
class SubscriptionStore final
{
public:
    explicit SubscriptionStore(Connection &connection);
    ~SubscriptionStore() = default;
    Q_DISABLE_COPY_MOVE(SubscriptionStore)

    // Adds a subscription (due at once); an existing one with the same URL is returned unchanged.
    // The URL is kept as given, without its fragment.
    Result<Subscription> add(const QUrl &url, int intervalSeconds = 15 * 60);
    // NotFound when there is no such subscription.
    Result<void> remove(const QUrl &url);

    QList<Subscription> all() const; // in the order they were added
    std::optional<Subscription> find(const QUrl &url) const;
    std::optional<Subscription> find(qint64 id) const;
    // Subscriptions whose nextAttempt is at or before `now`, soonest first.
    QList<Subscription> due(const QDateTime &now) const;
    // The earliest nextAttempt of all subscriptions; invalid when there are none.
    QDateTime nextDue() const;

    struct Validators
    {
        QByteArray etag;
        QByteArray lastModified;
    };
    // A refresh that fully succeeded (or got 304): clears the error and the failure count.
    // `validators` are those of a 200 answer (replacing the stored ones, even with empty ones);
    // std::nullopt after a 304 keeps the stored ones. An empty title keeps the stored one.
    Result<void> recordSuccess(qint64 id, const QDateTime &when, const QDateTime &nextAttempt, const QString &title,
        const std::optional<Validators> &validators);
    // A refresh that failed: the validators are kept so that nothing is skipped next time.
    Result<void> recordFailure(qint64 id, const QDateTime &when, const QDateTime &nextAttempt, const QString &error);
    Result<void> setInterval(qint64 id, int intervalSeconds);

    // Writes go to `writer` when there is one (Library::open sets it).
    void setWriter(LibraryWriter *writer) { m_writer = writer; }

private:
    QList<Subscription> select(const QString &where, const QVariantList &values) const;

    Connection &m_connection;
    LibraryWriter *m_writer = nullptr;
};

} // namespace Newsdesk::Storage
