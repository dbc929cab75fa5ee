#pragma once

#include "core/result.h"
#include "net/contentcheck.h"
#include "net/fetchtypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace Newsdesk::Net {

class Transfer;

struct FetchRequest
{
    QUrl url;
    Expect expect = Expect::Markdown;
    QByteArray ifNoneMatch; // conditional request: the stored ETag
    QByteArray ifModifiedSince; // conditional request: the stored Last-Modified
    bool retryWithMdSuffix = true; // documents: a page URL answered with non-markdown is retried with ".md"
    // Whom the request is for (see FetchPolicy): unset, the user's own request (its own address is
    // the origin); set, a document's, which may reach internal addresses only on the host it was
    // fetched from (an empty URL: a document from a file, which reaches none).
    std::optional<QUrl> origin;
};

// A successful answer, checked and ready to parse.
struct FetchedResource
{
    QUrl url; // the URL that answered (the ".md" twin after a retry)
    QUrl finalUrl; // after redirects
    int httpStatus = 0;
    bool notModified = false; // 304: body empty, the stored copy is current
    QByteArray mimeType;
    QByteArray charset; // as the Content-Type said; a feed's fallback encoding
    QByteArray body; // text as UTF-8 (feeds as received), images as received
    QByteArray etag;
    QByteArray lastModified;
};

using FetchCallback = std::function<void(const Result<FetchedResource> &)>;

// Fetches documents over HTTP(S) on the calling thread's shared QNetworkAccessManager, with the
// headers, limits and checks of FetchSettings: Accept by purpose, a User-Agent, gzip (Qt's),
// at most N redirects, an overall deadline, a size cap, Content-Type and charset checks, and at
// most N requests at a time per host (the others wait in order). In offline mode no request
// leaves. Callbacks always come later from the event loop, never from inside fetch().
class Fetcher final : public QObject
{
    Q_OBJECT

public:
    explicit Fetcher(QObject *parent = nullptr);
    ~Fetcher() override;
    Q_DISABLE_COPY_MOVE(Fetcher)

    static QByteArray userAgent();

    void setSettings(const FetchSettings &settings) { m_settings = settings; }
    const FetchSettings &settings() const { return m_settings; }

    // The user's offline mode: fails queued and running requests with Error::Kind::Offline.
    void setOffline(bool offline);
    // The system says there is no network: requests to other hosts than this machine fail.
    void setSystemOffline(bool offline);
    bool isOffline() const { return m_userOffline || m_systemOffline; }
    // Whether a request to `url` would be refused now, and why.
    std::optional<Error> offlineErrorFor(const QUrl &url) const;

    // Returns a handle for cancel(). `callback` runs once, unless `context` is destroyed first.
    quint64 fetch(const FetchRequest &request, QObject *context, FetchCallback callback);
    void cancel(quint64 handle); // the callback gets Error::Kind::Cancelled
    void cancelAll();

    int runningCount() const;
    int queuedCount() const { return int(m_queue.size()); }

private:
    struct Job
    {
        quint64 handle = 0;
        FetchRequest request;
        QUrl currentUrl; // request.url, or its ".md" twin on the retry
        bool retried = false;
        QPointer<QObject> context;
        bool hasContext = false;
        FetchCallback callback;
        QPointer<Transfer> transfer;
        QString hostKey;
        std::optional<Error> firstError; // the page URL's answer, when its ".md" twin is being tried
    };

    void enqueue(Job job);
    void pump();
    void start(Job &job);
    void transferDone(quint64 handle);
    void deliver(Job job, const Result<FetchedResource> &result);
    QNetworkRequest makeRequest(const Job &job) const;
    static QString hostKey(const QUrl &url);

    FetchSettings m_settings;
    bool m_userOffline = false;
    bool m_systemOffline = false;
    quint64 m_lastHandle = 0;
    QList<Job> m_queue; // waiting for a free slot on their host, in order
    QHash<quint64, Job> m_running;
    QHash<QString, int> m_perHost; // running requests per host
};

} // namespace Newsdesk::Net
