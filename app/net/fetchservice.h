#pragma once

#include "net/fetchtypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QThread;

namespace Newsdesk::Net {

class FetchWorker;

struct ImageBytes
{
    QByteArray data;
    QByteArray mimeType;
};
using ImageCallback = std::function<void(std::optional<ImageBytes>)>;

// The application's door to the network: fetching articles and their locale variants, refreshing
// subscriptions, offline copies of bookmarked articles and the image cache.
//
// The object lives on the thread that creates it (the GUI thread) and never blocks it: HTTP,
// parsing and storing (through a Library connection of its own, on the same file) run on a worker
// thread the service owns. Every request returns an id at once; then, on the caller's thread:
//   - articleStored() for each locale variant stored under that id (the UI may show it at once);
//   - refreshProgress() while a refresh runs;
//   - requestFailed() if the request as a whole failed (with a cause a person can read);
//   - requestFinished() exactly once, last, with the whole outcome.
// A failed or partial fetch never replaces or damages a stored article.
//
// Offline mode (setOffline, or the system reporting no network where Qt can tell): no request
// leaves; network requests fail at once with Error::Kind::Offline; cached images are still served.
//
// The command line uses the same object with waitFor(), which runs an event loop until the
// request is done.
class FetchService final : public QObject
{
    Q_OBJECT

public:
    // Opens its own connection to the library at `libraryPath` on the worker thread. If that
    // fails, every request fails with the library's error.
    explicit FetchService(const QString &libraryPath, const FetchSettings &settings = {}, QObject *parent = nullptr);
    // Cancels what is running and joins the worker thread.
    ~FetchService() override;
    Q_DISABLE_COPY_MOVE(FetchService)

    FetchSettings settings() const;
    void setSettings(const FetchSettings &settings);

    // The user's offline toggle. isOffline() is true when either the user or the system says so.
    void setOffline(bool offline);
    bool isOffline() const;
    bool isSystemOffline() const;

    // Periodic refresh of due subscriptions (each on its own schedule, back-off after failures).
    // Off by default; the reader turns it on, the command line leaves it off.
    void setSchedulerEnabled(bool enabled);

    // --- requests ------------------------------------------------------------------------------
    // Fetches an article by URL (any form: /news/{id}, with or without locale or .md; a page URL
    // is retried with .md appended when the first answer is not markdown), stores it and, when the
    // setting is on, its other locale variants. Related news opened in the reader go through here.
    RequestId fetchArticle(const QUrl &url);
    // A news id with no URL at hand (newsdesk://news/{id}): fetched from settings().newsSite.
    RequestId fetchNews(const QString &newsId, const QString &locale = {});
    // One locale variant of a stored document that is not stored yet (the language switcher).
    RequestId fetchVariant(Storage::DocId doc, const QString &locale);

    // Refreshes the given subscriptions, or all of them when the list is empty; on demand, so
    // back-off does not delay it. Reports refreshProgress(done, total) over the lists and the
    // articles to fetch (total grows as lists arrive), newArticles() once per subscription that
    // brought any (NewArticle::updated marks re-fetched ones), subscriptionChanged() for each.
    RequestId refresh(const QList<QUrl> &subscriptions = {});
    // Adds a subscription (news index, ticker news or feed URL) and, unless offline, refreshes it.
    RequestId subscribe(const QUrl &url);
    RequestId unsubscribe(const QUrl &url);

    // The offline copy of a bookmarked document: all its locale variants and the images of each,
    // stored in the library (pinned: the cache never evicts them while the document is bookmarked).
    // The caller sets the bookmark itself (Library::setBookmarked).
    RequestId makeOfflineCopy(Storage::DocId doc);
    // After unbookmarking: the document's images become ordinary cache entries, or are dropped at
    // once when remote images are off (the cache then keeps nothing). Stored variants stay.
    RequestId releaseOfflineCopy(Storage::DocId doc);

    // An image for the page: from the library (offline copy or cache), else, when remote images
    // are allowed and the service is online, from the network into the cache. Answers with
    // imageReady() or requestFailed(), then requestFinished().
    RequestId fetchImage(const QUrl &source, Storage::DocId doc = 0);
    // One image the user asked for ("Load image" on a page with remote images off): fetched and
    // stored for `doc` whatever the remote-images setting; the fetch policy applies as always.
    RequestId loadImage(const QUrl &source, Storage::DocId doc);

    // The same for the reader's scheme handler, shaped like its image provider: `done` runs once,
    // later, on this object's thread, with the bytes or std::nullopt (the page then shows its
    // placeholder); no signal is emitted for it. `remoteAllowed` is the user's setting at the
    // time of the request. Wiring:
    //   handler->setImageProvider([service](const Ui::ImageRequest &request, Ui::ImageCallback done) {
    //       service->provideImage(request.source, request.remoteAllowed, [done](std::optional<Net::ImageBytes> i) {
    //           done(i ? std::optional(Ui::ImageData{i->data, i->mimeType}) : std::nullopt);
    //       });
    //   });
    void provideImage(const QUrl &source, bool remoteAllowed, ImageCallback done);

    // Stops a request; it finishes with Error::Kind::Cancelled (what was already stored stays).
    void cancel(RequestId id);

    // Refreshes the scheduler starts report refreshProgress, newArticles, subscriptionChanged and
    // requestFinished too, under ids the service makes itself; this tells them apart.
    static bool isScheduledRefresh(RequestId id);

    // Runs a local event loop until `id` finishes and returns its outcome (for the command line
    // and tests). Outcomes are kept for the last 256 requests, so waiting late still works.
    RequestOutcome waitFor(RequestId id);

Q_SIGNALS:
    void articleStored(Newsdesk::Net::RequestId id, Newsdesk::Storage::DocId doc, const QString &locale);
    void refreshProgress(Newsdesk::Net::RequestId id, int done, int total);
    void newArticles(const QList<Newsdesk::Net::NewArticle> &articles);
    void subscriptionChanged(const QUrl &url);
    void imageReady(Newsdesk::Net::RequestId id, const QByteArray &bytes, const QString &mimeType);
    void requestFailed(Newsdesk::Net::RequestId id, const Newsdesk::Error &error);
    void requestFinished(Newsdesk::Net::RequestId id, const Newsdesk::Net::RequestOutcome &outcome);
    void offlineChanged(bool offline);

private:
    RequestId nextId();
    void onFinished(const RequestOutcome &outcome);
    void updateOffline();

    QThread *m_thread = nullptr;
    FetchWorker *m_worker = nullptr; // lives on m_thread
    FetchSettings m_settings;
    RequestId m_lastId = 0;
    bool m_userOffline = false;
    bool m_systemOffline = false;
    QHash<RequestId, ImageCallback> m_imageCallbacks;
    QSet<RequestId> m_imagesAnswered;
    QHash<RequestId, RequestOutcome> m_outcomes;
    QList<RequestId> m_outcomeOrder;
};

} // namespace Newsdesk::Net
