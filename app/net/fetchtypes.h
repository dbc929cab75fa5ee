#pragma once

#include "core/result.h"
#include "storage/library.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Newsdesk::Net {

// Every request to the fetch layer gets an id; its outcome is reported under that id.
using RequestId = quint64;

// How fetching behaves. Defaults are what the reader ships with; tests shorten the deadline.
struct FetchSettings
{
    int deadlineMs = 30'000; // overall, per HTTP request (not idle time)
    qint64 maxDocumentBytes = 10 * 1024 * 1024; // articles, list pages, feeds
    qint64 maxImageBytes = 10 * 1024 * 1024;
    int maxRedirects = 5;
    int maxRequestsPerHost = 2;
    bool fetchVariants = true; // fetching an article fetches its other locales
    bool allowRemoteImages = false; // the user's remote-images setting: the cache follows it
    qint64 imageCacheBytes = 200 * 1024 * 1024; // LRU limit; bookmarked articles' images never count against it
    int refreshIntervalSeconds = 15 * 60; // default schedule of a new subscription
    bool followSystemNetworkState = true; // QNetworkInformation says "disconnected" → offline
    QUrl newsSite = QUrl(QStringLiteral("https://longbridge.com")); // where a bare news id is fetched from
};

// One stored locale variant of a document, as a request stored it.
struct StoredArticle
{
    Storage::DocId docId = 0;
    QString key;
    QString locale;
    Storage::StoreAction action = Storage::StoreAction::Inserted;
};

// An article a refresh brought in that the library did not have (or whose datetime changed).
struct NewArticle
{
    Storage::DocId docId = 0;
    QString key;
    QString locale;
    QString title;
    QUrl url;
    QDateTime published; // UTC
    QStringList tickers; // related stocks, then mentions, as written
    bool watchlisted = false; // relates to or mentions a ticker on the watchlist (for notifications)
    bool updated = false; // already stored, re-fetched because its datetime changed
    QStringList notifyRules = {}; // rules that matched it on arrival and asked for a notification
    QUrl subscription;
};

// What one subscription's refresh did.
struct SubscriptionResult
{
    QUrl url;
    bool ok = true; // the list and every article it needed were fetched and stored
    bool notModified = false; // the server answered 304: nothing new
    int listed = 0; // articles the list page named
    int fetched = 0; // articles fetched (new or changed)
    int newCount = 0;
    int updatedCount = 0;
    Error error; // when !ok: the list's error, or the first article's
    QStringList failures; // "URL: reason", one per article that could not be fetched
};

// The outcome of one request, reported once by FetchService::requestFinished.
struct RequestOutcome
{
    RequestId id = 0;
    bool ok = false;
    Error error; // when !ok: what went wrong, in words a person understands
    QList<StoredArticle> stored; // every variant this request stored, in order
    QList<NewArticle> newArticles; // refresh: what was new
    QList<SubscriptionResult> subscriptions; // refresh: one per subscription refreshed
    QStringList warnings; // parse warnings, variants or images that could not be fetched
    int imagesStored = 0; // offline copy: images now in the library
};

} // namespace Newsdesk::Net

Q_DECLARE_METATYPE(Newsdesk::Net::StoredArticle)
Q_DECLARE_METATYPE(Newsdesk::Net::NewArticle)
Q_DECLARE_METATYPE(Newsdesk::Net::RequestOutcome)
