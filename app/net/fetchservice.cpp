#include "net/fetchservice.h"

#include "core/sitelayout.h"
#include "net/fetchworker.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QRegularExpression>
#include <QThread>

namespace Newsdesk::Net {

Q_LOGGING_CATEGORY(lcService, "newsdesk.net.service", QtInfoMsg)

namespace {

constexpr qsizetype keptOutcomes = 256;

} // namespace

FetchService::FetchService(const QString &libraryPath, const FetchSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("newsdesk-fetch"));
    m_worker = new FetchWorker(libraryPath, settings);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FetchWorker::articleStored, this, &FetchService::articleStored);
    connect(m_worker, &FetchWorker::refreshProgress, this, &FetchService::refreshProgress);
    connect(m_worker, &FetchWorker::newArticles, this, &FetchService::newArticles);
    connect(m_worker, &FetchWorker::subscriptionChanged, this, &FetchService::subscriptionChanged);
    connect(m_worker, &FetchWorker::imageReady, this,
        [this](RequestId id, const QByteArray &bytes, const QString &mimeType) {
            if (const ImageCallback done = m_imageCallbacks.take(id)) {
                done(ImageBytes{bytes, mimeType.toLatin1()});
                m_imagesAnswered.insert(id);
                return;
            }
            Q_EMIT imageReady(id, bytes, mimeType);
        });
    connect(m_worker, &FetchWorker::requestFinished, this, &FetchService::onFinished);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &FetchWorker::initialize, Qt::QueuedConnection);

    if (settings.followSystemNetworkState
        && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *information = QNetworkInformation::instance();
        connect(information, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                const bool before = isOffline();
                m_systemOffline = reachability == QNetworkInformation::Reachability::Disconnected;
                updateOffline();
                if (before != isOffline())
                    Q_EMIT offlineChanged(isOffline());
            });
        m_systemOffline = information->reachability() == QNetworkInformation::Reachability::Disconnected;
        qCDebug(lcService) << "network state from" << information->backendName() << "- offline:" << m_systemOffline;
        if (m_systemOffline)
            updateOffline();
    }
}

FetchService::~FetchService()
{
    m_thread->quit();
    m_thread->wait();
}

FetchSettings FetchService::settings() const
{
    return m_settings;
}

void FetchService::setSettings(const FetchSettings &settings)
{
    m_settings = settings;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, settings] { worker->setSettings(settings); }, Qt::QueuedConnection);
}

void FetchService::setOffline(bool offline)
{
    if (m_userOffline == offline)
        return;
    const bool before = isOffline();
    m_userOffline = offline;
    updateOffline();
    if (before != isOffline())
        Q_EMIT offlineChanged(isOffline());
}

bool FetchService::isOffline() const
{
    return m_userOffline || m_systemOffline;
}

bool FetchService::isSystemOffline() const
{
    return m_systemOffline;
}

void FetchService::updateOffline()
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, user = m_userOffline, system = m_systemOffline] { worker->setOffline(user, system); },
        Qt::QueuedConnection);
}

void FetchService::setSchedulerEnabled(bool enabled)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, enabled] { worker->setSchedulerEnabled(enabled); }, Qt::QueuedConnection);
}

bool FetchService::isScheduledRefresh(RequestId id)
{
    return (id & FetchWorker::scheduledBit) != 0;
}

RequestId FetchService::nextId()
{
    return ++m_lastId;
}

RequestId FetchService::fetchArticle(const QUrl &url)
{
    const RequestId id = nextId();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, url] { worker->fetchArticle(id, url); }, Qt::QueuedConnection);
    return id;
}

RequestId FetchService::fetchNews(const QString &newsId, const QString &locale)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(newsId).hasMatch()) {
        const RequestId id = nextId();
        RequestOutcome outcome;
        outcome.id = id;
        outcome.error = Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate("Newsdesk::Net::FetchService", "'%1' is not a news id").arg(newsId));
        QMetaObject::invokeMethod(
            this, [this, outcome] { onFinished(outcome); }, Qt::QueuedConnection);
        return id;
    }
    return fetchArticle(Core::SiteLayout::newsArticle(m_settings.newsSite, locale, newsId));
}

RequestId FetchService::fetchVariant(Storage::DocId doc, const QString &locale)
{
    const RequestId id = nextId();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, doc, locale] { worker->fetchVariant(id, doc, locale); },
        Qt::QueuedConnection);
    return id;
}

RequestId FetchService::refresh(const QList<QUrl> &subscriptions)
{
    const RequestId id = nextId();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, subscriptions] { worker->refresh(id, subscriptions); }, Qt::QueuedConnection);
    return id;
}

RequestId FetchService::subscribe(const QUrl &url)
{
    const RequestId id = nextId();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, url] { worker->subscribe(id, url); }, Qt::QueuedConnection);
    return id;
}

RequestId FetchService::unsubscribe(const QUrl &url)
{
    const RequestId id = nextId();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, url] { worker->unsubscribe(id, url); }, Qt::QueuedConnection);
    return id;
}

RequestId FetchService::makeOfflineCopy(Storage::DocId doc)
{
    const RequestId id = nextId();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, doc] { worker->makeOfflineCopy(id, doc); }, Qt::QueuedConnection);
    return id;
}

RequestId FetchService::releaseOfflineCopy(Storage::DocId doc)
{
    const RequestId id = nextId();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, doc] { worker->releaseOfflineCopy(id, doc); }, Qt::QueuedConnection);
    return id;
}

RequestId FetchService::fetchImage(const QUrl &source, Storage::DocId doc)
{
    const RequestId id = nextId();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id, source, doc, remote = m_settings.allowRemoteImages] {
            worker->fetchImage(id, source, doc, remote);
        },
        Qt::QueuedConnection);
    return id;
}

RequestId FetchService::loadImage(const QUrl &source, Storage::DocId doc)
{
    const RequestId id = nextId();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, source, doc] { worker->fetchImage(id, source, doc, true); },
        Qt::QueuedConnection);
    return id;
}

void FetchService::provideImage(const QUrl &source, bool remoteAllowed, ImageCallback done)
{
    const RequestId id = nextId();
    m_imageCallbacks.insert(id, std::move(done));
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, source, remoteAllowed] { worker->fetchImage(id, source, 0, remoteAllowed); },
        Qt::QueuedConnection);
}

void FetchService::cancel(RequestId id)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id] { worker->cancel(id); }, Qt::QueuedConnection);
}

void FetchService::onFinished(const RequestOutcome &outcome)
{
    // provideImage answers only through its callback.
    if (m_imagesAnswered.remove(outcome.id))
        return;
    if (const ImageCallback done = m_imageCallbacks.take(outcome.id)) {
        done(std::nullopt);
        return;
    }
    m_outcomes.insert(outcome.id, outcome);
    m_outcomeOrder.append(outcome.id);
    while (m_outcomeOrder.size() > keptOutcomes)
        m_outcomes.remove(m_outcomeOrder.takeFirst());
    if (!outcome.ok)
        Q_EMIT requestFailed(outcome.id, outcome.error);
    Q_EMIT requestFinished(outcome.id, outcome);
}

RequestOutcome FetchService::waitFor(RequestId id)
{
    if (!m_outcomes.contains(id)) {
        if (id == 0 || (id > m_lastId && !isScheduledRefresh(id))) {
            RequestOutcome unknown;
            unknown.id = id;
            unknown.error = Error::make(Error::Kind::InvalidInput,
                QCoreApplication::translate("Newsdesk::Net::FetchService", "no such request"));
            return unknown;
        }
        QEventLoop loop;
        connect(this, &FetchService::requestFinished, &loop, [&loop, id](RequestId finished) {
            if (finished == id)
                loop.quit();
        });
        loop.exec();
    }
    return m_outcomes.value(id);
}

} // namespace Newsdesk::Net
