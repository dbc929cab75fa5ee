#include "net/fetchworker.h"

#include "core/links.h"
#include "core/sitelayout.h"
#include "net/articlejob.h"
#include "net/fetchpolicy.h"
#include "net/imagecheck.h"
#include "net/offlinecopyjob.h"
#include "net/refreshjob.h"
#include "storage/imagestore.h"
#include "storage/library.h"
#include "storage/subscriptionstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace Newsdesk::Net {

Q_LOGGING_CATEGORY(lcWorker, "newsdesk.net.worker", QtInfoMsg)

namespace {

constexpr int schedulerMaxWaitMs = 60'000;
constexpr int schedulerMinWaitMs = 1'000;

} // namespace

FetchWorker::FetchWorker(const QString &libraryPath, const FetchSettings &settings)
    : m_libraryPath(libraryPath)
    , m_settings(settings)
    , m_fetcher(new Fetcher(this))
    , m_scheduler(new QTimer(this))
{
    m_fetcher->setSettings(settings);
    m_scheduler->setSingleShot(true);
    connect(m_scheduler, &QTimer::timeout, this, &FetchWorker::runDue);
}

FetchWorker::~FetchWorker()
{
    // Jobs first, finished ones waiting for deletion included (they cancel their fetches through
    // the fetcher), then the fetcher, then the stores and the connection they use.
    m_scheduler->stop();
    const QObjectList children = this->children();
    for (QObject *child : children) {
        if (child != m_fetcher && child != m_scheduler)
            delete child;
    }
    m_requests.clear();
    delete m_fetcher;
    m_images = nullptr;
    m_subscriptions = nullptr;
    m_library.reset();
}

void FetchWorker::initialize()
{
    m_library = std::make_unique<Storage::Library>();
    if (Result<void> opened = m_library->open(m_libraryPath); !opened) {
        m_libraryError = opened.error();
        qCWarning(lcWorker).noquote() << "cannot open the library:" << opened.error().message;
        return;
    }
    m_subscriptions = &m_library->subscriptions();
    m_images = &m_library->images();
    if (Result<qint64> evicted = m_images->evict(m_settings.imageCacheBytes); !evicted)
        qCWarning(lcWorker).noquote() << evicted.error().message;
}

void FetchWorker::setSettings(const FetchSettings &settings)
{
    const bool cacheShrank = settings.imageCacheBytes < m_settings.imageCacheBytes;
    m_settings = settings;
    m_fetcher->setSettings(settings);
    if (cacheShrank && m_images)
        (void)m_images->evict(m_settings.imageCacheBytes);
}

void FetchWorker::setOffline(bool userOffline, bool systemOffline)
{
    m_fetcher->setOffline(userOffline);
    m_fetcher->setSystemOffline(systemOffline);
    if (!userOffline && !systemOffline)
        scheduleNext();
}

// --- request bookkeeping ------------------------------------------------------------------------

bool FetchWorker::ready(RequestId id)
{
    if (!m_libraryError)
        return true;
    fail(id, *m_libraryError);
    return false;
}

FetchWorker::Request &FetchWorker::begin(RequestId id)
{
    auto it = m_requests.find(id);
    if (it == m_requests.end()) {
        it = m_requests.insert(id, Request{});
        it->outcome.id = id;
        it->outcome.ok = true;
    }
    return *it;
}

void FetchWorker::adopt(RequestId id, QObject *job)
{
    Request &request = begin(id);
    request.jobs.append(job);
    ++request.pending;
}

void FetchWorker::fail(RequestId id, const Error &error)
{
    Request &request = begin(id);
    request.outcome.ok = false;
    request.outcome.error = error;
    finish(id);
}

void FetchWorker::jobDone(RequestId id, QObject *job)
{
    job->deleteLater();
    auto it = m_requests.find(id);
    if (it == m_requests.end())
        return;
    it->jobs.removeAll(job);
    if (--it->pending <= 0)
        finish(id);
}

void FetchWorker::finish(RequestId id)
{
    if (!m_requests.contains(id))
        return;
    const Request request = m_requests.take(id);
    Q_EMIT requestFinished(request.outcome);
}

void FetchWorker::cancel(RequestId id)
{
    const auto it = m_requests.constFind(id);
    if (it == m_requests.constEnd())
        return;
    const Request request = *it;
    for (const quint64 handle : request.fetches)
        m_fetcher->cancel(handle);
    for (const QPointer<QObject> &job : request.jobs) {
        if (auto *article = qobject_cast<ArticleJob *>(job))
            article->cancel();
        else if (auto *refreshJob = qobject_cast<RefreshJob *>(job))
            refreshJob->cancel();
        else if (auto *copy = qobject_cast<OfflineCopyJob *>(job))
            copy->cancel();
    }
}

// --- articles -----------------------------------------------------------------------------------

void FetchWorker::startArticle(
    RequestId id, const QUrl &url, bool fetchVariants, const std::optional<QUrl> &origin, const QString &expectedKey)
{
    auto *job = new ArticleJob(*m_fetcher, *m_library, url, fetchVariants, this);
    job->setOrigin(origin);
    job->setExpectedKey(expectedKey);
    adopt(id, job);
    connect(job, &ArticleJob::articleStored, this,
        [this, id](const StoredArticle &stored) { Q_EMIT articleStored(id, stored.docId, stored.locale); });
    connect(job, &ArticleJob::finished, this, [this, id, job] {
        Request &request = begin(id);
        request.outcome.stored += job->stored();
        request.outcome.warnings += job->warnings();
        if (!job->ok() && request.outcome.ok) {
            request.outcome.ok = false;
            request.outcome.error = job->error();
        }
        jobDone(id, job);
    });
    job->start();
}

void FetchWorker::fetchArticle(RequestId id, const QUrl &url)
{
    if (ready(id))
        startArticle(id, url, m_settings.fetchVariants);
}

void FetchWorker::fetchVariant(RequestId id, Storage::DocId doc, const QString &wanted)
{
    if (!ready(id))
        return;
    const QString locale = Core::normalizeLocale(wanted);
    const QStringList locales = m_library->storedLocales(doc);
    if (locales.isEmpty()) {
        fail(id,
            Error::make(Error::Kind::NotFound,
                QCoreApplication::translate("Newsdesk::Net::FetchWorker", "the article is not in the library")));
        return;
    }
    if (locales.contains(locale)) {
        begin(id);
        finish(id);
        return;
    }
    QUrl url;
    QString key;
    for (const QString &stored : locales) {
        const Result<Core::Article> article = m_library->article(doc, stored);
        if (!article)
            continue;
        key = article->key;
        for (const Core::LocaleVariant &variant : article->variants) {
            // Language versions come from the article's own site only.
            if (Core::normalizeLocale(variant.locale) == locale && variant.url.isValid()
                && Core::sameSite(variant.url, article->url))
                url = variant.url;
        }
        if (url.isValid())
            break;
    }
    static const QRegularExpression newsId(QStringLiteral("^[0-9]+$"));
    const bool knownLocale = locale == u"en" || locale == u"zh-CN" || locale == u"zh-HK";
    if (!url.isValid() && knownLocale && newsId.match(key).hasMatch())
        url = Core::SiteLayout::newsArticle(m_settings.newsSite, locale, key);
    if (!url.isValid()) {
        fail(id,
            Error::make(Error::Kind::NotFound,
                QCoreApplication::translate("Newsdesk::Net::FetchWorker", "no %1 version of this article is known")
                    .arg(Core::localeNativeName(locale))));
        return;
    }
    startArticle(id, url, false, FetchPolicy::originOfHost(m_library->originHost(doc)), key);
}

// --- subscriptions ------------------------------------------------------------------------------

void FetchWorker::refresh(RequestId id, const QList<QUrl> &urls)
{
    if (!ready(id))
        return;
    QList<Storage::Subscription> subscriptions;
    if (urls.isEmpty()) {
        subscriptions = m_subscriptions->all();
    } else {
        for (const QUrl &url : urls) {
            if (const auto subscription = m_subscriptions->find(url)) {
                subscriptions.append(*subscription);
                continue;
            }
            Request &request = begin(id);
            SubscriptionResult missing;
            missing.url = url;
            missing.ok = false;
            missing.error = Error::make(Error::Kind::NotFound,
                QCoreApplication::translate("Newsdesk::Net::FetchWorker", "not subscribed to %1")
                    .arg(url.toDisplayString()));
            request.outcome.subscriptions.append(missing);
            if (request.outcome.ok) {
                request.outcome.ok = false;
                request.outcome.error = missing.error;
            }
        }
    }
    startRefresh(id, subscriptions);
}

void FetchWorker::startRefresh(RequestId id, const QList<Storage::Subscription> &subscriptions)
{
    Request &request = begin(id);
    QList<RefreshJob *> started;
    for (const Storage::Subscription &subscription : subscriptions) {
        if (m_refreshing.contains(subscription.id)) {
            request.outcome.warnings.append(
                QCoreApplication::translate("Newsdesk::Net::FetchWorker", "%1 is being refreshed already")
                    .arg(subscription.url.toDisplayString()));
            continue;
        }
        m_refreshing.insert(subscription.id);
        auto *job = new RefreshJob(*m_fetcher, *m_library, *m_subscriptions, subscription, m_settings, this);
        adopt(id, job);
        started.append(job);
        const qint64 subscriptionId = subscription.id;
        connect(job, &RefreshJob::progressed, this, [this, id] { reportProgress(id); });
        connect(job, &RefreshJob::articleStored, this,
            [this, id](const StoredArticle &stored) { Q_EMIT articleStored(id, stored.docId, stored.locale); });
        connect(job, &RefreshJob::finished, this, [this, id, job, subscriptionId] {
            m_refreshing.remove(subscriptionId);
            Request &current = begin(id);
            current.progressBase += job->total();
            current.outcome.subscriptions.append(job->result());
            current.outcome.newArticles += job->newArticles();
            current.outcome.stored += job->stored();
            current.outcome.warnings += job->warnings();
            if (!job->result().ok && current.outcome.ok) {
                current.outcome.ok = false;
                current.outcome.error = job->result().error;
            }
            if (!job->newArticles().isEmpty())
                Q_EMIT newArticles(job->newArticles());
            Q_EMIT subscriptionChanged(job->subscription().url);
            jobDone(id, job);
            scheduleNext();
        });
    }
    // Offline copies a kill or a failure left incomplete are finished along with the refresh.
    const QList<Storage::DocId> incomplete = m_library->incompleteOfflineCopies();
    if (started.isEmpty() && incomplete.isEmpty()) {
        finish(id);
        return;
    }
    reportProgress(id);
    for (RefreshJob *job : std::as_const(started))
        job->start();
    for (const Storage::DocId doc : incomplete)
        startOfflineCopy(id, doc, CopyCause::Resumed);
}

void FetchWorker::reportProgress(RequestId id)
{
    const auto it = m_requests.constFind(id);
    if (it == m_requests.constEnd())
        return;
    int done = it->progressBase;
    int total = it->progressBase;
    for (const QPointer<QObject> &object : it->jobs) {
        if (const auto *job = qobject_cast<const RefreshJob *>(object.data()); job && !job->isFinished()) {
            done += job->done();
            total += job->total();
        }
    }
    Q_EMIT refreshProgress(id, done, total);
}

void FetchWorker::subscribe(RequestId id, const QUrl &url)
{
    if (!ready(id))
        return;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        fail(id,
            Error::make(Error::Kind::InvalidInput,
                QCoreApplication::translate("Newsdesk::Net::FetchWorker", "'%1' is not an http or https address")
                    .arg(url.toDisplayString())));
        return;
    }
    Result<Storage::Subscription> added = m_subscriptions->add(url, m_settings.refreshIntervalSeconds);
    if (!added) {
        fail(id, added.error());
        return;
    }
    Q_EMIT subscriptionChanged(added->url);
    if (m_fetcher->offlineErrorFor(url)) {
        Request &request = begin(id);
        request.outcome.warnings.append(QCoreApplication::translate(
            "Newsdesk::Net::FetchWorker", "offline: the subscription will be refreshed once online"));
        finish(id);
        return;
    }
    startRefresh(id, {*added});
}

void FetchWorker::unsubscribe(RequestId id, const QUrl &url)
{
    if (!ready(id))
        return;
    if (Result<void> removed = m_subscriptions->remove(url); !removed) {
        fail(id, removed.error());
        return;
    }
    Q_EMIT subscriptionChanged(url);
    begin(id);
    finish(id);
    scheduleNext();
}

void FetchWorker::setSchedulerEnabled(bool enabled)
{
    m_schedulerEnabled = enabled;
    if (enabled)
        scheduleNext();
    else
        m_scheduler->stop();
}

void FetchWorker::scheduleNext()
{
    if (!m_schedulerEnabled || !m_subscriptions)
        return;
    const QDateTime next = m_subscriptions->nextDue();
    qint64 wait = schedulerMaxWaitMs;
    if (next.isValid())
        wait
            = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(next), schedulerMinWaitMs, schedulerMaxWaitMs);
    m_scheduler->start(int(wait));
}

void FetchWorker::runDue()
{
    if (!m_schedulerEnabled || !m_subscriptions)
        return;
    if (m_fetcher->isOffline()) {
        scheduleNext(); // offline is not a failure: try again when the timer next fires
        return;
    }
    QList<Storage::Subscription> due;
    for (const Storage::Subscription &subscription : m_subscriptions->due(QDateTime::currentDateTimeUtc())) {
        if (!m_refreshing.contains(subscription.id))
            due.append(subscription);
    }
    if (!due.isEmpty()) {
        const RequestId id = scheduledBit | ++m_lastScheduledId;
        qCDebug(lcWorker) << "scheduled refresh of" << due.size() << "subscriptions";
        startRefresh(id, due);
    }
    scheduleNext();
}

// --- offline copies and images --------------------------------------------------------------------

void FetchWorker::makeOfflineCopy(RequestId id, Storage::DocId doc)
{
    if (ready(id))
        startOfflineCopy(id, doc, CopyCause::Asked);
}

void FetchWorker::startOfflineCopy(RequestId id, Storage::DocId doc, CopyCause cause)
{
    auto *job = new OfflineCopyJob(*m_fetcher, *m_library, *m_images, doc, this);
    adopt(id, job);
    connect(job, &OfflineCopyJob::articleStored, this,
        [this, id](const StoredArticle &stored) { Q_EMIT articleStored(id, stored.docId, stored.locale); });
    connect(job, &OfflineCopyJob::finished, this, [this, id, job, cause] {
        Request &request = begin(id);
        request.outcome.stored += job->stored();
        request.outcome.warnings += job->warnings();
        request.outcome.imagesStored += job->imagesStored();
        if (!job->ok() && cause == CopyCause::Asked) {
            request.outcome.ok = false;
            request.outcome.error = job->error();
        } else if (!job->ok()) {
            request.outcome.warnings.append(
                QCoreApplication::translate("Newsdesk::Net::FetchWorker", "an offline copy is still incomplete: %1")
                    .arg(job->error().message));
        }
        jobDone(id, job);
    });
    job->start();
}

void FetchWorker::releaseOfflineCopy(RequestId id, Storage::DocId doc)
{
    if (!ready(id))
        return;
    // With the cache off, an unbookmarked article's images have no reason to stay; with it on,
    // they become ordinary cache entries.
    if (!m_settings.allowRemoteImages) {
        if (Result<int> dropped = m_images->dropImagesOf(doc); !dropped) {
            fail(id, dropped.error());
            return;
        }
    } else if (Result<qint64> evicted = m_images->evict(m_settings.imageCacheBytes); !evicted) {
        fail(id, evicted.error());
        return;
    }
    begin(id);
    finish(id);
}

void FetchWorker::fetchImage(RequestId id, const QUrl &source, Storage::DocId doc, bool remoteAllowed)
{
    if (!ready(id))
        return;
    // Too many pixels: the page gets a placeholder that says so, never the image.
    const auto answer = [this, id](const QByteArray &bytes, const QString &mimeType) {
        if (const std::optional<Error> tooLarge = checkImageDimensions(bytes)) {
            begin(id).outcome.warnings.append(tooLarge->message);
            Q_EMIT imageReady(id, refusedImagePlaceholder(tooLarge->message), u"image/svg+xml"_qs);
            return false;
        }
        Q_EMIT imageReady(id, bytes, mimeType);
        return true;
    };
    if (std::optional<Storage::StoredImage> image = m_images->get(source)) {
        if (doc != 0)
            (void)m_images->link(source, doc);
        answer(image->bytes, image->mimeType);
        begin(id);
        finish(id);
        return;
    }
    if (!remoteAllowed) {
        fail(id,
            Error::make(Error::Kind::NotFound,
                QCoreApplication::translate(
                    "Newsdesk::Net::FetchWorker", "the image is not in the library, and remote images are off")));
        return;
    }
    Request &pending = begin(id);
    FetchRequest request;
    request.url = source;
    request.expect = Expect::Image;
    // For the document that shows it: internal addresses only on the host it came from (with no
    // document named, a host some stored document came from).
    const QString originHost = doc != 0          ? m_library->originHost(doc)
        : m_library->isOriginHost(source.host()) ? source.host()
                                                 : QString();
    request.origin = FetchPolicy::originOfHost(originHost);
    pending.fetches.append(
        m_fetcher->fetch(request, this, [this, id, source, doc, answer](const Result<FetchedResource> &result) {
            if (!m_requests.contains(id))
                return;
            if (!result) {
                fail(id, result.error());
                return;
            }
            const QString mimeType = QString::fromLatin1(result->mimeType);
            if (!answer(result->body, mimeType)) {
                finish(id);
                return;
            }
            if (Result<void> stored = m_images->put(source, result->body, mimeType, doc); !stored) {
                begin(id).outcome.warnings.append(stored.error().message);
            } else {
                begin(id).outcome.imagesStored = 1;
                (void)m_images->evict(m_settings.imageCacheBytes);
            }
            finish(id);
        }));
}

} // namespace Newsdesk::Net
