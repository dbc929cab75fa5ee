#include "net/fetcher.h"

#include "core/sitelayout.h"
#include "net/networkaccess.h"
#include "net/transfer.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace Newsdesk::Net {

Q_LOGGING_CATEGORY(lcFetcher, "newsdesk.net.fetcher", QtInfoMsg)

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

Fetcher::Fetcher(QObject *parent)
    : QObject(parent)
{
}

Fetcher::~Fetcher()
{
    // Callbacks are not run on destruction: their context usually dies with us.
    for (Job &job : m_running) {
        if (job.transfer) {
            job.transfer->disconnect(this);
            delete job.transfer;
        }
    }
}

QByteArray Fetcher::userAgent()
{
    return QByteArrayLiteral("Newsdesk/" NEWSDESK_VERSION " (+desktop news reader)");
}

std::optional<Error> Fetcher::offlineErrorFor(const QUrl &url) const
{
    if (m_userOffline)
        return Error::make(Error::Kind::Offline,
            QCoreApplication::translate(
                "Newsdesk::Net::Fetcher", "offline mode is on, so nothing was fetched; turn it off to fetch"));
    if (m_systemOffline && !isLoopback(url))
        return Error::make(Error::Kind::Offline,
            QCoreApplication::translate(
                "Newsdesk::Net::Fetcher", "the system reports no network connection, so nothing was fetched"));
    return std::nullopt;
}

void Fetcher::setOffline(bool offline)
{
    m_userOffline = offline;
    if (!offline)
        return;
    const Error error = *offlineErrorFor({});
    const QList<Job> queued = std::exchange(m_queue, {});
    for (const Job &job : queued)
        deliver(job, error);
    const QList<quint64> running = m_running.keys();
    for (const quint64 handle : running) {
        if (Transfer *transfer = m_running.value(handle).transfer)
            transfer->abort(error);
    }
}

void Fetcher::setSystemOffline(bool offline)
{
    m_systemOffline = offline;
}

int Fetcher::runningCount() const
{
    return int(m_running.size());
}

QString Fetcher::hostKey(const QUrl &url)
{
    return url.host().toLower() + u':' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

quint64 Fetcher::fetch(const FetchRequest &request, QObject *context, FetchCallback callback)
{
    Job job;
    job.handle = ++m_lastHandle;
    job.request = request;
    job.currentUrl = request.url;
    job.context = context;
    job.hasContext = context != nullptr;
    job.callback = std::move(callback);
    job.hostKey = hostKey(request.url);

    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || (scheme != u"http" && scheme != u"https") || request.url.host().isEmpty()) {
        deliver(std::move(job),
            Error::make(Error::Kind::InvalidInput,
                QCoreApplication::translate("Newsdesk::Net::Fetcher", "'%1' is not an http or https address")
                    .arg(request.url.toDisplayString())));
        return m_lastHandle;
    }
    if (const auto offline = offlineErrorFor(request.url)) {
        deliver(std::move(job), *offline);
        return m_lastHandle;
    }
    enqueue(std::move(job));
    pump();
    return m_lastHandle;
}

void Fetcher::enqueue(Job job)
{
    m_queue.append(std::move(job));
}

void Fetcher::pump()
{
    const int limit = std::max(1, m_settings.maxRequestsPerHost);
    for (qsizetype i = 0; i < m_queue.size();) {
        if (m_perHost.value(m_queue.at(i).hostKey) >= limit) {
            ++i;
            continue;
        }
        Job job = m_queue.takeAt(i);
        if (const auto offline = offlineErrorFor(job.currentUrl)) {
            deliver(std::move(job), *offline);
            continue;
        }
        start(job);
    }
}

QNetworkRequest Fetcher::makeRequest(const Job &job) const
{
    QNetworkRequest request(job.currentUrl);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", acceptHeader(job.request.expect));
    if (!job.request.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", job.request.ifNoneMatch);
    if (!job.request.ifModifiedSince.isEmpty())
        request.setRawHeader("If-Modified-Since", job.request.ifModifiedSince);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // Qt adds Accept-Encoding (gzip, deflate) and decompresses, as long as we do not set it.
    return request;
}

void Fetcher::start(Job &job)
{
    const qint64 maxBytes
        = job.request.expect == Expect::Image ? m_settings.maxImageBytes : m_settings.maxDocumentBytes;
    const Transfer::Limits limits{m_settings.deadlineMs, maxBytes, m_settings.maxRedirects};
    const QUrl origin = job.request.origin.value_or(job.request.url);
    auto *transfer = new Transfer(networkAccessManager(), makeRequest(job), origin, limits, this);
    job.transfer = transfer;
    const quint64 handle = job.handle;
    connect(transfer, &Transfer::done, this, [this, handle] { transferDone(handle); });
    ++m_perHost[job.hostKey];
    qCDebug(lcFetcher) << "GET" << job.currentUrl;
    m_running.insert(handle, job);
}

void Fetcher::transferDone(quint64 handle)
{
    auto it = m_running.find(handle);
    if (it == m_running.end())
        return;
    Job job = *it;
    m_running.erase(it);
    if (--m_perHost[job.hostKey] <= 0)
        m_perHost.remove(job.hostKey);

    Transfer *transfer = job.transfer;
    job.transfer = nullptr;
    const Result<RawResponse> raw = transfer->result();
    transfer->deleteLater(); // done() may come from inside the transfer's own call stack

    auto retryWithTwin = [&](const Error &why) {
        const bool canRetry = job.request.expect != Expect::Image && job.request.retryWithMdSuffix && !job.retried;
        const auto twin = canRetry ? Core::SiteLayout::markdownTwin(job.currentUrl) : std::nullopt;
        if (!twin)
            return false;
        qCDebug(lcFetcher) << job.currentUrl << why.message << "- retrying" << *twin; // every web-page item of a feed
        job.retried = true;
        job.firstError = why;
        job.currentUrl = *twin;
        m_queue.prepend(job);
        return true;
    };

    // The twin failing says nothing new: the page's own answer is the cause.
    const auto failure = [&job](const Error &error) {
        return job.firstError ? *job.firstError : error;
    };
    if (!raw.ok()) {
        const bool notAcceptable
            = raw.error().kind == Error::Kind::HttpStatus && raw.error().message.contains(u"HTTP 406");
        if (!(notAcceptable && retryWithTwin(raw.error())))
            deliver(std::move(job), raw.error().kind == Error::Kind::HttpStatus ? failure(raw.error()) : raw.error());
        pump();
        return;
    }

    FetchedResource resource;
    resource.url = job.currentUrl;
    resource.finalUrl = raw->finalUrl;
    resource.httpStatus = raw->status;
    resource.etag = raw->etag;
    resource.lastModified = raw->lastModified;
    if (raw->status == 304) {
        resource.notModified = true;
        deliver(std::move(job), resource);
        pump();
        return;
    }
    const ContentType type = parseContentType(raw->contentType);
    Result<QByteArray> content = checkContent(job.request.expect, type, raw->body);
    if (!content.ok()) {
        if (!(content.error().kind == Error::Kind::NotMarkdown && retryWithTwin(content.error())))
            deliver(std::move(job), failure(content.error()));
        pump();
        return;
    }
    resource.mimeType = type.mimeType;
    resource.charset = type.charset;
    resource.body = std::move(content).value();
    deliver(std::move(job), resource);
    pump();
}

void Fetcher::deliver(Job job, const Result<FetchedResource> &result)
{
    // Always from the event loop: the caller may be inside fetch(), cancel() or setOffline().
    QMetaObject::invokeMethod(
        this,
        [context = job.context, hasContext = job.hasContext, callback = std::move(job.callback), result] {
            if ((hasContext && !context) || !callback)
                return;
            callback(result);
        },
        Qt::QueuedConnection);
}

void Fetcher::cancel(quint64 handle)
{
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).handle == handle) {
            deliver(m_queue.takeAt(i),
                Error::make(
                    Error::Kind::Cancelled, QCoreApplication::translate("Newsdesk::Net::Fetcher", "cancelled")));
            return;
        }
    }
    const auto it = m_running.constFind(handle);
    if (it != m_running.constEnd() && it->transfer)
        it->transfer->abort(
            Error::make(Error::Kind::Cancelled, QCoreApplication::translate("Newsdesk::Net::Fetcher", "cancelled")));
}

void Fetcher::cancelAll()
{
    const QList<Job> queued = std::exchange(m_queue, {});
    for (const Job &job : queued)
        deliver(job,
            Error::make(Error::Kind::Cancelled, QCoreApplication::translate("Newsdesk::Net::Fetcher", "cancelled")));
    const QList<quint64> running = m_running.keys();
    for (const quint64 handle : running) {
        if (Transfer *transfer = m_running.value(handle).transfer)
            transfer->abort(Error::make(
                Error::Kind::Cancelled, QCoreApplication::translate("Newsdesk::Net::Fetcher", "cancelled")));
    }
}

} // namespace Newsdesk::Net
