#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <utility>

class QTcpServer;

namespace Newsdesk::Test {

// What the server answers for one path, including the ways it can misbehave.
struct Route
{
    enum class Behaviour {
        Normal, // status, headers and body as given
        Trickle, // headers at once, then the body one byte every trickleIntervalMs
        CutShort, // claims the whole body's length, sends the first half, closes the connection
        Stream, // sends streamBytes of filler (no Content-Length unless declaredLength), then closes
        Hang, // reads the request and never answers
    };

    int status = 200;
    QByteArray contentType = "text/markdown; charset=utf-8";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra response headers
    QByteArray location; // 3xx: the Location header (absolute or a path)
    QByteArray etag; // sent as ETag; a request whose If-None-Match matches gets 304
    QByteArray lastModified; // sent as Last-Modified; an equal If-Modified-Since gets 304
    bool gzip = false; // gzip the body when the request accepts it
    int delayMs = 0; // wait before answering (makes concurrent requests observable)
    Behaviour behaviour = Behaviour::Normal;
    int trickleIntervalMs = 100;
    qint64 declaredLength = -1; // a Content-Length to claim instead of the real one
    qint64 streamBytes = 0;
    bool chunked = false; // Stream: Transfer-Encoding: chunked (endless as far as the client can tell)

    static Route markdown(const QByteArray &body);
    static Route html(const QByteArray &body = {});
    static Route error(int code); // an HTML error page with that status
    static Route redirect(const QByteArray &location, int code = 302);
    static Route image(const QByteArray &bytes, const QByteArray &mimeType = "image/png");
};

// One request as the server received it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query
    QString path; // decoded, without the query
    QList<std::pair<QByteArray, QByteArray>> headers;
    int status = 0; // what the server answered (0: no answer yet, or never)
    qint64 receivedMs = 0; // since the server started
    int connection = 0; // which TCP connection carried it

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

// A real HTTP/1.1 server on 127.0.0.1 for tests, on the thread that creates it. It serves
// in-memory routes and files from a directory laid out like Longbridge's URLs
// (/en/news/281000001.md, /en/news.md, /en/quote/AMZN.US/news.md, ...), misbehaves on request
// (see Route), answers conditional requests with 304, and records every request it receives.
class TestHttpServer final : public QObject
{
    Q_OBJECT

public:
    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;
    Q_DISABLE_COPY_MOVE(TestHttpServer)

    // Listens on 127.0.0.1 (port 0: any free port). Restarting after stop() reuses the old port.
    // Another loopback address (127.0.0.2) plays another host.
    bool start(quint16 port = 0, const QString &address = QStringLiteral("127.0.0.1"));
    // Stops listening and drops every connection: requests are refused from now on.
    void stop();
    bool isListening() const;
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QUrl url(const QString &path) const; // baseUrl() + path ("/en/news/1.md")

    void setRoute(const QString &path, const Route &route);
    void removeRoute(const QString &path);
    void clearRoutes();

    // Files under `root` at their relative paths. Markdown files get an ETag (from their bytes)
    // and a Last-Modified. A page path without extension whose ".md" twin exists is answered with
    // an HTML page, as Longbridge does for browsers, unless negotiation is on and the request
    // accepts text/markdown. Routes win over files.
    void setDocumentRoot(const QString &root);
    void setContentNegotiation(bool enabled) { m_negotiation = enabled; }

    QList<RecordedRequest> requests() const { return m_requests; }
    QStringList requestedPaths() const;
    int count(const QString &path) const;
    void clearLog();
    // The most requests in progress at once (received, not yet answered) since clearLog().
    int maxConcurrent() const { return m_maxActive; }
    int inProgress() const { return m_active; }

    // gzip (RFC 1952) without a zlib dependency, for the gzip route and for tests.
    static QByteArray gzip(const QByteArray &data);
    static quint32 crc32(const QByteArray &data);

Q_SIGNALS:
    void requestReceived(const QString &path);

private:
    friend class HttpConnection;
    struct Answer;
    Route routeFor(const RecordedRequest &request) const;
    int record(const RecordedRequest &request);
    void answered(int index, int status);

    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QString m_address = QStringLiteral("127.0.0.1");
    QHash<QString, Route> m_routes;
    QString m_root;
    bool m_negotiation = false;
    QList<RecordedRequest> m_requests;
    QElapsedTimer m_clock;
    int m_active = 0;
    int m_maxActive = 0;
    int m_connections = 0;
};

} // namespace Newsdesk::Test
