#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Newsdesk::Net {

// An HTTP answer as received, before its content is judged.
struct RawResponse
{
    QUrl finalUrl; // after redirects
    int status = 0;
    QByteArray contentType; // the header as sent
    QByteArray etag;
    QByteArray lastModified;
    QByteArray body; // decompressed
};

enum class HeaderShape { MediaType, EntityTag, HttpDate };
// The value of the final response when Qt merged several into one header (see transfer.cpp).
QByteArray finalHeaderValue(const QByteArray &value, HeaderShape shape);

class AddressCheck;

// One GET with the limits Qt does not enforce itself: the fetch policy (fetchpolicy.h) on the
// first address and on every redirect hop, which are followed here rather than by Qt so each one
// is checked before it is requested; an overall deadline (Qt's transfer timeout only notices idle
// connections); a size cap checked from Content-Length when headers arrive and while reading,
// with a bounded read buffer so an endless body never piles up in memory; and errors translated
// into causes a person understands. Emits done() once.
class Transfer final : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int deadlineMs = 30'000;
        qint64 maxBytes = 10 * 1024 * 1024;
        int maxRedirects = 5;
    };
    // Qt reads at most this much ahead of us from the socket.
    static constexpr qint64 readBufferBytes = 256 * 1024;

    // `origin`: where the policy lets internal addresses be reached (see FetchPolicy).
    Transfer(QNetworkAccessManager *manager, const QNetworkRequest &request, const QUrl &origin, const Limits &limits,
        QObject *parent = nullptr);
    ~Transfer() override;
    Q_DISABLE_COPY_MOVE(Transfer)

    // Stops the transfer; done() follows with `reason` as the error.
    void abort(const Error &reason);
    const Result<RawResponse> &result() const { return m_result; }

Q_SIGNALS:
    void done();

private:
    void check(const QUrl &target, bool hop);
    void send(const QUrl &target);
    bool followRedirect();
    void checkHeaders();
    void readBody();
    void finish();
    void stop(const Error &reason);
    Error translateError() const;

    QNetworkAccessManager *m_manager = nullptr;
    QNetworkRequest m_request;
    QUrl m_origin;
    Limits m_limits;
    int m_hops = 0;
    QPointer<QNetworkReply> m_reply;
    QPointer<AddressCheck> m_check;
    QTimer m_deadline;
    QByteArray m_body;
    std::optional<Error> m_abortReason;
    Result<RawResponse> m_result = Error::make(Error::Kind::Generic, QStringLiteral("not finished"));
    bool m_done = false;
};

} // namespace Newsdesk::Net
