#pragma once

#include "result.h"

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
    QUrl finalUrl;         // after redirects
    int status = 0;
    QByteArray contentType; // the header as sent
    QByteArray etag;
    QByteArray lastModified;
    QByteArray body;        // decompressed
};

enum class HeaderShape { MediaType, EntityTag, HttpDate };
// The value of the final response when Qt merged several into one header (see transfer.cpp).
QByteArray finalHeaderValue(const QByteArray &value, HeaderShape shape);

// One GET with the limits Qt does not enforce itself: an overall deadline (Qt's transfer timeout
// only notices idle connections), a size cap checked from Content-Length when headers arrive and
// while reading, and errors translated into causes a person understands. Emits done() once.
class Transfer final : public QObject
{
    Q_OBJECT

public:
    Transfer(QNetworkAccessManager *manager, const QNetworkRequest &request, int deadlineMs,
             qint64 maxBytes, QObject *parent = nullptr);
    ~Transfer() override;
    Q_DISABLE_COPY_MOVE(Transfer)

    // Stops the transfer; done() follows with `reason` as the error.
    void abort(const Error &reason);
    const Result<RawResponse> &result() const { return m_result; }

Q_SIGNALS:
    void done();

private:
    void checkHeaders();
    void readBody();
    void finish();
    void stop(const Error &reason);
    Error translateError() const;

    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    int m_deadlineMs = 0;
    qint64 m_maxBytes = 0;
    QByteArray m_body;
    std::optional<Error> m_abortReason;
    Result<RawResponse> m_result = Error::make(Error::Kind::Generic, QStringLiteral("not finished"));
    bool m_done = false;
};

} // namespace Newsdesk::Net
