#pragma once

#include "net/fetcher.h"
#include "net/fetchtypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace Newsdesk::Storage {
class ImageStore;
class Library;
class SubscriptionStore;
struct Subscription;
} // namespace Newsdesk::Storage

namespace Newsdesk::Net {

// FetchService's other half: lives on the service's worker thread and does the work there — the
// Fetcher, parsing, and storing through its own Library connection. Every public function is
// called on the worker thread (FetchService queues the calls); signals go back to the service.
class FetchWorker final : public QObject
{
    Q_OBJECT

public:
    // Ids of refreshes the scheduler starts by itself have this bit set.
    static constexpr RequestId scheduledBit = RequestId(1) << 63;

    FetchWorker(const QString &libraryPath, const FetchSettings &settings);
    ~FetchWorker() override;
    Q_DISABLE_COPY_MOVE(FetchWorker)

    void initialize();
    void setSettings(const FetchSettings &settings);
    void setOffline(bool userOffline, bool systemOffline);
    void setSchedulerEnabled(bool enabled);

    void fetchArticle(RequestId id, const QUrl &url);
    void fetchVariant(RequestId id, Storage::DocId doc, const QString &locale);
    void refresh(RequestId id, const QList<QUrl> &urls);
    void subscribe(RequestId id, const QUrl &url);
    void unsubscribe(RequestId id, const QUrl &url);
    void makeOfflineCopy(RequestId id, Storage::DocId doc);
    void releaseOfflineCopy(RequestId id, Storage::DocId doc);
    void fetchImage(RequestId id, const QUrl &source, Storage::DocId doc, bool remoteAllowed);
    void cancel(RequestId id);

Q_SIGNALS:
    void articleStored(Newsdesk::Net::RequestId id, Newsdesk::Storage::DocId doc, const QString &locale);
    void refreshProgress(Newsdesk::Net::RequestId id, int done, int total);
    void newArticles(const QList<Newsdesk::Net::NewArticle> &articles);
    void subscriptionChanged(const QUrl &url);
    void imageReady(Newsdesk::Net::RequestId id, const QByteArray &bytes, const QString &mimeType);
    void requestFinished(const Newsdesk::Net::RequestOutcome &outcome);

private:
    struct Request
    {
        RequestOutcome outcome;
        QList<QPointer<QObject>> jobs;
        int pending = 0;
        int progressBase = 0; // refresh: work done by jobs already finished
        QList<quint64> fetches; // Fetcher handles started directly (images)
    };

    bool ready(RequestId id);
    Request &begin(RequestId id);
    void adopt(RequestId id, QObject *job);
    void fail(RequestId id, const Error &error);
    void jobDone(RequestId id, QObject *job);
    void finish(RequestId id);
    void startArticle(RequestId id, const QUrl &url, bool fetchVariants, const std::optional<QUrl> &origin = {},
        const QString &expectedKey = {});
    // Asked for (a bookmark): a failure is the request's error. Resumed (after a refresh, an
    // earlier copy left incomplete): failures wait quietly for the next refresh.
    enum class CopyCause { Asked, Resumed };
    void startOfflineCopy(RequestId id, Storage::DocId doc, CopyCause cause);
    void startRefresh(RequestId id, const QList<Storage::Subscription> &subscriptions);
    void reportProgress(RequestId id);
    void scheduleNext();
    void runDue();

    QString m_libraryPath;
    FetchSettings m_settings;
    std::unique_ptr<Storage::Library> m_library;
    Storage::SubscriptionStore *m_subscriptions = nullptr; // m_library's
    Storage::ImageStore *m_images = nullptr; // m_library's
    std::optional<Error> m_libraryError;
    Fetcher *m_fetcher = nullptr;
    QHash<RequestId, Request> m_requests;
    QSet<qint64> m_refreshing; // subscription ids with a refresh running
    QTimer *m_scheduler = nullptr;
    bool m_schedulerEnabled = false;
    RequestId m_lastScheduledId = 0;
};

} // namespace Newsdesk::Net
