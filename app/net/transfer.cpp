#include "net/transfer.h"

#include "net/fetchpolicy.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Newsdesk::Net {

Q_LOGGING_CATEGORY(lcTransfer, "newsdesk.net.transfer", QtInfoMsg)

namespace {

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', bytes % (1024 * 1024) ? 1 : 0);
    if (bytes >= 1024)
        return QStringLiteral("%1 KB").arg(bytes / 1024);
    return QCoreApplication::translate("Newsdesk::Net::Transfer", "%1 bytes").arg(bytes);
}

QString secondsText(int ms)
{
    const QString seconds = QCoreApplication::translate("Newsdesk::Net::Transfer", "%1 s");
    return ms % 1000 ? seconds.arg(double(ms) / 1000.0, 0, 'f', 1) : seconds.arg(ms / 1000);
}

} // namespace

// Qt 6.4.2, after following a redirect on a keep-alive HTTP/1.1 connection, sometimes sends the
// first request twice and merges the redirect response's headers into the final reply's (measured
// here: a quarter of redirected fetches came back as "text/html; charset=utf-8, text/markdown;
// charset=utf-8", against Python's http.server too). The final response's value is the last one.
QByteArray finalHeaderValue(const QByteArray &value, HeaderShape shape)
{
    switch (shape) {
    case HeaderShape::MediaType: {
        const QList<QByteArray> parts = value.split(',');
        for (qsizetype i = parts.size() - 1; i >= 0; --i) {
            if (parts.at(i).contains('/'))
                return parts.at(i).trimmed();
        }
        return value.trimmed();
    }
    case HeaderShape::EntityTag: {
        const qsizetype open = value.lastIndexOf('"', value.size() - 2);
        if (!value.endsWith('"') || open < 0)
            return value.trimmed();
        const bool weak = open >= 2 && value.mid(open - 2, 2) == "W/";
        return value.mid(weak ? open - 2 : open).trimmed();
    }
    case HeaderShape::HttpDate: {
        constexpr qsizetype imfFixdateLength = 29; // "Thu, 12 Mar 2026 08:30:00 GMT"
        const QByteArray trimmed = value.trimmed();
        return trimmed.size() > imfFixdateLength && trimmed.endsWith("GMT") ? trimmed.right(imfFixdateLength) : trimmed;
    }
    }
    return value;
}

Transfer::Transfer(QNetworkAccessManager *manager, const QNetworkRequest &request, const QUrl &origin,
    const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(request)
    , m_origin(origin)
    , m_limits(limits)
{
    // Redirects are followed here, each hop checked by the policy before it is requested.
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        stop(Error::make(Error::Kind::Timeout,
            QCoreApplication::translate(
                "Newsdesk::Net::Transfer", "no complete answer within %1 (the server is too slow or stalled)")
                .arg(secondsText(m_limits.deadlineMs))));
    });
    m_deadline.start(m_limits.deadlineMs);
    check(request.url(), false);
}

Transfer::~Transfer()
{
    delete m_check;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Transfer::check(const QUrl &target, bool hop)
{
    delete m_check;
    m_check = new AddressCheck(target, m_origin, hop, this);
    connect(m_check, &AddressCheck::done, this, [this, target](const std::optional<Error> &refusal) {
        m_check->deleteLater();
        m_check = nullptr;
        if (m_done)
            return;
        if (refusal) {
            m_abortReason = *refusal;
            finish();
            return;
        }
        send(target);
    });
}

void Transfer::send(const QUrl &target)
{
    if (m_abortReason) {
        finish();
        return;
    }
    QNetworkRequest request = m_request;
    request.setUrl(target);
    m_body.clear();
    m_reply = m_manager->get(request);
    m_reply->setReadBufferSize(readBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Transfer::checkHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &Transfer::readBody);
    connect(m_reply, &QNetworkReply::finished, this, &Transfer::finish);
}

void Transfer::abort(const Error &reason)
{
    stop(reason);
}

void Transfer::stop(const Error &reason)
{
    if (m_done || m_abortReason)
        return;
    m_abortReason = reason;
    if (m_reply)
        m_reply->abort(); // finished() follows synchronously or soon
    else if (m_check)
        QMetaObject::invokeMethod(this, &Transfer::finish, Qt::QueuedConnection); // the lookup is dropped
}

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

void Transfer::checkHeaders()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirect(status))
        return;
    // Qt takes a negative or non-numeric length as "unknown" and waits for the connection to close.
    const QByteArray declared = m_reply->rawHeader("Content-Length").trimmed();
    bool numeric = false;
    const qint64 length = declared.toLongLong(&numeric);
    if (!declared.isEmpty() && (!numeric || length < 0 || declared.startsWith('+'))) {
        stop(Error::make(Error::Kind::Network,
            QCoreApplication::translate(
                "Newsdesk::Net::Transfer", "the server sent an invalid Content-Length (%1): the answer cannot be read")
                .arg(QString::fromLatin1(declared.left(40)))));
        return;
    }
    if (numeric && length > m_limits.maxBytes) {
        stop(Error::make(Error::Kind::TooLarge,
            QCoreApplication::translate("Newsdesk::Net::Transfer", "the server announced %1, over the %2 limit")
                .arg(sizeText(length), sizeText(m_limits.maxBytes))));
    }
}

void Transfer::readBody()
{
    if (m_abortReason || !m_reply)
        return;
    const QByteArray chunk = m_reply->readAll();
    // A redirect response's body is not the document.
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirect(status))
        return;
    m_body += chunk;
    if (m_body.size() > m_limits.maxBytes) {
        stop(Error::make(Error::Kind::TooLarge,
            QCoreApplication::translate(
                "Newsdesk::Net::Transfer", "the answer is larger than the %1 limit; stopped reading")
                .arg(sizeText(m_limits.maxBytes))));
    }
}

// A 3xx with a Location: the next hop, after the policy has seen it. False when it is no redirect.
bool Transfer::followRedirect()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray location = m_reply->rawHeader("Location");
    if (!isRedirect(status) || location.isEmpty() || m_reply->error() != QNetworkReply::NoError)
        return false;
    const QUrl from = m_reply->url();
    const QUrl target = from.resolved(QUrl::fromEncoded(location.trimmed()));
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    if (++m_hops > m_limits.maxRedirects) {
        m_abortReason = Error::make(Error::Kind::Network,
            QCoreApplication::translate(
                "Newsdesk::Net::Transfer", "too many redirects (more than %1): the server redirects in a loop")
                .arg(m_limits.maxRedirects));
        return false;
    }
    if (from.scheme().compare(u"https", Qt::CaseInsensitive) == 0
        && target.scheme().compare(u"http", Qt::CaseInsensitive) == 0) {
        m_abortReason = Error::make(Error::Kind::Network,
            QCoreApplication::translate(
                "Newsdesk::Net::Transfer", "the server redirected from HTTPS to an insecure address; not followed"));
        return false;
    }
    qCDebug(lcTransfer) << "redirect" << status << from << "->" << target;
    check(target, true);
    return true;
}

void Transfer::finish()
{
    if (m_done)
        return;
    if (m_reply && !m_abortReason) {
        readBody();
        if (!m_abortReason && followRedirect())
            return;
    }
    m_deadline.stop();
    m_done = true;

    if (m_abortReason) {
        m_result = *m_abortReason;
    } else {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool httpError = status >= 400 || isRedirect(status);
        if (m_reply->error() != QNetworkReply::NoError || httpError) {
            m_result = translateError();
        } else {
            RawResponse response;
            response.finalUrl = m_reply->url();
            response.status = status;
            response.contentType = finalHeaderValue(m_reply->rawHeader("Content-Type"), HeaderShape::MediaType);
            response.etag = finalHeaderValue(m_reply->rawHeader("ETag"), HeaderShape::EntityTag);
            response.lastModified = finalHeaderValue(m_reply->rawHeader("Last-Modified"), HeaderShape::HttpDate);
            response.body = std::move(m_body);
            m_result = std::move(response);
        }
    }
    if (!m_result.ok())
        qCDebug(lcTransfer) << m_request.url() << m_result.error().message;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT done();
}

Error Transfer::translateError() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString reason
            = QString::fromUtf8(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        return Error::make(Error::Kind::HttpStatus,
            reason.isEmpty()
                ? QCoreApplication::translate("Newsdesk::Net::Transfer", "the server answered HTTP %1").arg(status)
                : QCoreApplication::translate("Newsdesk::Net::Transfer", "the server answered HTTP %1 (%2)")
                      .arg(status)
                      .arg(reason));
    }
    const QUrl url = m_reply->request().url();
    if (isRedirect(status) && m_reply->error() == QNetworkReply::NoError)
        return Error::make(Error::Kind::Network,
            QCoreApplication::translate(
                "Newsdesk::Net::Transfer", "the server answered HTTP %1 but named no address to go to")
                .arg(status));
    switch (m_reply->error()) {
    case QNetworkReply::UnknownContentError:
        // Qt's guard against decompression bombs ends with "Decompression failed: " and no reason.
        if (m_reply->errorString().startsWith(u"Decompression failed")) {
            const QString detail = m_reply->errorString().section(u": "_qs, 1).trimmed();
            return Error::make(Error::Kind::TooLarge,
                detail.isEmpty()
                    ? QCoreApplication::translate("Newsdesk::Net::Transfer",
                        "the compressed answer expands far beyond its size (a decompression bomb); refused")
                    : QCoreApplication::translate("Newsdesk::Net::Transfer", "the compressed answer is damaged: %1")
                          .arg(detail));
        }
        return Error::make(Error::Kind::Network, m_reply->errorString());
    case QNetworkReply::HostNotFoundError:
        return Error::make(Error::Kind::Network,
            QCoreApplication::translate("Newsdesk::Net::Transfer", "host not found: %1 (DNS lookup failed)")
                .arg(url.host()));
    case QNetworkReply::ConnectionRefusedError:
        return Error::make(Error::Kind::Network,
            QCoreApplication::translate(
                "Newsdesk::Net::Transfer", "connection refused by %1 (nothing is listening there)")
                .arg(url.authority()));
    case QNetworkReply::RemoteHostClosedError: {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (status > 0 && length.isValid())
            return Error::make(Error::Kind::Network,
                QCoreApplication::translate("Newsdesk::Net::Transfer",
                    "the connection closed before the whole answer arrived (%1 of %2 bytes): the document is cut short")
                    .arg(m_body.size())
                    .arg(length.toLongLong()));
        if (status > 0)
            return Error::make(Error::Kind::Network,
                QCoreApplication::translate("Newsdesk::Net::Transfer",
                    "the connection closed before the whole answer arrived (%1 bytes): the document is cut short")
                    .arg(m_body.size()));
        return Error::make(Error::Kind::Network,
            QCoreApplication::translate(
                "Newsdesk::Net::Transfer", "the server closed the connection without answering"));
    }
    case QNetworkReply::TimeoutError:
        return Error::make(
            Error::Kind::Timeout, QCoreApplication::translate("Newsdesk::Net::Transfer", "the connection timed out"));
    case QNetworkReply::TooManyRedirectsError:
        return Error::make(Error::Kind::Network,
            QCoreApplication::translate(
                "Newsdesk::Net::Transfer", "too many redirects (more than %1): the server redirects in a loop")
                .arg(m_reply->request().maximumRedirectsAllowed()));
    case QNetworkReply::InsecureRedirectError:
        return Error::make(Error::Kind::Network,
            QCoreApplication::translate(
                "Newsdesk::Net::Transfer", "the server redirected from HTTPS to an insecure address; not followed"));
    case QNetworkReply::SslHandshakeFailedError:
        return Error::make(Error::Kind::Network,
            QCoreApplication::translate("Newsdesk::Net::Transfer", "secure connection failed: %1")
                .arg(m_reply->errorString()));
    case QNetworkReply::OperationCanceledError:
        return Error::make(Error::Kind::Cancelled, QCoreApplication::translate("Newsdesk::Net::Transfer", "cancelled"));
    case QNetworkReply::ProtocolUnknownError:
        return Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate(
                "Newsdesk::Net::Transfer", "'%1' addresses cannot be fetched (only http and https)")
                .arg(url.scheme()));
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return Error::make(
            Error::Kind::Network, QCoreApplication::translate("Newsdesk::Net::Transfer", "the network is unavailable"));
    default:
        return Error::make(Error::Kind::Network, m_reply->errorString());
    }
}

} // namespace Newsdesk::Net
