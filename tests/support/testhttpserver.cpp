#include "support/testhttpserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <array>

namespace Newsdesk::Test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 406:
        return "Not Acceptable";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

QByteArray contentTypeForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"md")
        return "text/markdown; charset=utf-8";
    if (suffix == u"xml" || suffix == u"rss")
        return "application/rss+xml; charset=utf-8";
    if (suffix == u"atom")
        return "application/atom+xml; charset=utf-8";
    if (suffix == u"png")
        return "image/png";
    if (suffix == u"jpg" || suffix == u"jpeg")
        return "image/jpeg";
    if (suffix == u"gif")
        return "image/gif";
    if (suffix == u"svg")
        return "image/svg+xml";
    if (suffix == u"html" || suffix == u"htm")
        return "text/html; charset=utf-8";
    if (suffix == u"txt")
        return "text/plain; charset=utf-8";
    return "application/octet-stream";
}

QByteArray sitePage(const QString &path)
{
    return "<!DOCTYPE html>\n<html><head><title>Longbridge</title>"
           "<script>window.app = {};</script></head><body><div id=\"app\">"
        + path.toUtf8().toPercentEncoding("/") + "</div></body></html>\n";
}

} // namespace

// --- Route ---------------------------------------------------------------------------------------

Route Route::markdown(const QByteArray &body)
{
    Route route;
    route.body = body;
    return route;
}

Route Route::html(const QByteArray &body)
{
    Route route;
    route.contentType = "text/html; charset=utf-8";
    route.body = body.isEmpty() ? sitePage(QStringLiteral("page")) : body;
    return route;
}

Route Route::error(int code)
{
    Route route;
    route.status = code;
    route.contentType = "text/html; charset=utf-8";
    route.body = "<html><body><h1>" + QByteArray::number(code) + ' ' + reasonPhrase(code) + "</h1></body></html>\n";
    return route;
}

Route Route::redirect(const QByteArray &location, int code)
{
    Route route = error(code);
    route.location = location;
    return route;
}

Route Route::image(const QByteArray &bytes, const QByteArray &mimeType)
{
    Route route;
    route.contentType = mimeType;
    route.body = bytes;
    return route;
}

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// --- one TCP connection: reads requests one after another, answers each ------------------------

class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    HttpConnection(TestHttpServer *server, QTcpSocket *socket, int number)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_number(number)
    {
        socket->setParent(this);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readRequests);
        connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::feedStream);
        connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::closed);
    }

    void abort()
    {
        m_trickle.stop();
        m_socket->abort();
    }

private:
    void readRequests()
    {
        m_buffer += m_socket->readAll();
        while (!m_busy) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            RecordedRequest request;
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            const qsizetype query = request.target.indexOf('?');
            request.path = QString::fromUtf8(
                QByteArray::fromPercentEncoding(query < 0 ? request.target : request.target.left(query)));
            qint64 bodyLength = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed();
                const QByteArray value = line.mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                    bodyLength = value.toLongLong();
            }
            if (m_buffer.size() < end + 4 + bodyLength)
                return; // the request body is still arriving
            m_buffer.remove(0, end + 4 + bodyLength);
            request.connection = m_number;
            m_busy = true;
            m_index = m_server->record(request);
            const Route route = m_server->routeFor(request);
            if (route.delayMs > 0) {
                QTimer::singleShot(route.delayMs, this, [this, route, request] { answer(route, request); });
            } else {
                answer(route, request);
            }
        }
    }

    void answer(const Route &given, const RecordedRequest &request)
    {
        Route route = given;
        const QByteArray ifNoneMatch = request.header("If-None-Match");
        const QByteArray ifModifiedSince = request.header("If-Modified-Since");
        const bool etagMatches = !route.etag.isEmpty() && !ifNoneMatch.isEmpty()
            && (ifNoneMatch == "*" || ifNoneMatch.split(',').contains(route.etag) || ifNoneMatch.contains(route.etag));
        const bool dateMatches = !route.lastModified.isEmpty() && ifModifiedSince == route.lastModified;
        const bool conditionalHeaders = !ifNoneMatch.isEmpty() || !ifModifiedSince.isEmpty();
        if (route.status == 200 && conditionalHeaders && (etagMatches || (ifNoneMatch.isEmpty() && dateMatches))) {
            route.status = 304;
            route.body.clear();
            route.behaviour = Route::Behaviour::Normal;
        }
        if (route.behaviour == Route::Behaviour::Hang)
            return;

        QByteArray body = route.body;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(route.status) + ' ' + reasonPhrase(route.status) + "\r\n";
        head += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
        head += "Server: newsdesk-test\r\n";
        if (route.status != 304)
            head += "Content-Type: " + route.contentType + "\r\n";
        if (route.gzip && request.header("Accept-Encoding").contains("gzip") && route.status != 304) {
            body = TestHttpServer::gzip(body);
            head += "Content-Encoding: gzip\r\n";
        }
        if (!route.etag.isEmpty())
            head += "ETag: " + route.etag + "\r\n";
        if (!route.lastModified.isEmpty())
            head += "Last-Modified: " + route.lastModified + "\r\n";
        if (!route.location.isEmpty())
            head += "Location: " + route.location + "\r\n";
        for (const auto &[name, value] : route.headers)
            head += name + ": " + value + "\r\n";

        const bool closes
            = route.behaviour == Route::Behaviour::CutShort || route.behaviour == Route::Behaviour::Stream;
        const bool streamWithoutLength = route.behaviour == Route::Behaviour::Stream && route.declaredLength < 0;
        if (route.behaviour == Route::Behaviour::Stream && route.chunked)
            head += "Transfer-Encoding: chunked\r\n";
        m_chunked = route.behaviour == Route::Behaviour::Stream && route.chunked;
        if (!streamWithoutLength) {
            const qint64 length = route.declaredLength >= 0 ? route.declaredLength
                : route.status == 304                       ? -1
                                                            : body.size();
            if (length >= 0)
                head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        }
        head += closes ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
        head += "\r\n";

        switch (route.behaviour) {
        case Route::Behaviour::Normal:
            // One write: headers and body in separate segments meet Nagle and delayed ACKs (40 ms).
            m_socket->write(head + body);
            finish(route.status);
            break;
        case Route::Behaviour::Trickle:
            m_socket->write(head);
            m_pending = body;
            m_status = route.status;
            connect(&m_trickle, &QTimer::timeout, this, &HttpConnection::trickle, Qt::UniqueConnection);
            m_trickle.start(route.trickleIntervalMs);
            break;
        case Route::Behaviour::CutShort:
            m_socket->write(head + body.left(body.size() / 2));
            m_server->answered(m_index, route.status);
            m_socket->disconnectFromHost();
            break;
        case Route::Behaviour::Stream:
            m_socket->write(head);
            m_streamLeft = route.streamBytes;
            m_status = route.status;
            feedStream();
            break;
        case Route::Behaviour::Hang:
            break;
        }
    }

    void trickle()
    {
        if (m_pending.isEmpty()) {
            m_trickle.stop();
            finish(m_status);
            return;
        }
        m_socket->write(m_pending.left(1));
        m_pending.remove(0, 1);
    }

    // Keeps a streamed body flowing while the client reads, without buffering it all here.
    void feedStream()
    {
        if (m_streamLeft <= 0)
            return;
        static const QByteArray chunk(16 * 1024, 'x');
        while (m_streamLeft > 0 && m_socket->bytesToWrite() < 256 * 1024) {
            const qint64 n = std::min<qint64>(chunk.size(), m_streamLeft);
            if (m_chunked)
                m_socket->write(QByteArray::number(n, 16) + "\r\n");
            m_socket->write(chunk.constData(), n);
            if (m_chunked)
                m_socket->write("\r\n");
            m_streamLeft -= n;
        }
        if (m_streamLeft <= 0) {
            if (m_chunked)
                m_socket->write("0\r\n\r\n");
            m_server->answered(m_index, m_status);
            m_socket->disconnectFromHost();
        }
    }

    void finish(int status)
    {
        m_server->answered(m_index, status);
        m_index = -1;
        m_busy = false;
        if (!m_buffer.isEmpty())
            QTimer::singleShot(0, this, &HttpConnection::readRequests);
    }

    void closed()
    {
        m_trickle.stop();
        if (m_index >= 0 && m_busy)
            m_server->answered(m_index, 0);
        m_index = -1;
        deleteLater();
    }

    TestHttpServer *m_server;
    QTcpSocket *m_socket;
    int m_number;
    QByteArray m_buffer;
    bool m_busy = false;
    int m_index = -1;
    int m_status = 0;
    QByteArray m_pending;
    QTimer m_trickle;
    qint64 m_streamLeft = 0;
    bool m_chunked = false;
};

// --- the server --------------------------------------------------------------------------------

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            new HttpConnection(this, socket, ++m_connections);
    });
}

TestHttpServer::~TestHttpServer()
{
    stop();
}

bool TestHttpServer::start(quint16 port, const QString &address)
{
    if (m_server->isListening())
        return true;
    m_address = address;
    if (!m_server->listen(QHostAddress(address), port ? port : m_port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void TestHttpServer::stop()
{
    m_server->close();
    const QList<HttpConnection *> connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections) {
        connection->abort();
        delete connection;
    }
    m_active = 0;
}

bool TestHttpServer::isListening() const
{
    return m_server->isListening();
}

QUrl TestHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address);
    url.setPort(m_port);
    return url;
}

QUrl TestHttpServer::url(const QString &path) const
{
    return baseUrl().resolved(QUrl(path));
}

void TestHttpServer::setRoute(const QString &path, const Route &route)
{
    m_routes.insert(path, route);
}

void TestHttpServer::removeRoute(const QString &path)
{
    m_routes.remove(path);
}

void TestHttpServer::clearRoutes()
{
    m_routes.clear();
}

void TestHttpServer::setDocumentRoot(const QString &root)
{
    m_root = root;
}

QStringList TestHttpServer::requestedPaths() const
{
    QStringList paths;
    for (const RecordedRequest &request : m_requests)
        paths.append(request.path);
    return paths;
}

int TestHttpServer::count(const QString &path) const
{
    int n = 0;
    for (const RecordedRequest &request : m_requests)
        n += request.path == path ? 1 : 0;
    return n;
}

void TestHttpServer::clearLog()
{
    m_requests.clear();
    m_maxActive = m_active;
}

int TestHttpServer::record(const RecordedRequest &request)
{
    m_requests.append(request);
    m_requests.last().receivedMs = m_clock.elapsed();
    ++m_active;
    m_maxActive = std::max(m_maxActive, m_active);
    Q_EMIT requestReceived(request.path);
    return int(m_requests.size() - 1);
}

void TestHttpServer::answered(int index, int status)
{
    if (index >= 0 && index < m_requests.size())
        m_requests[index].status = status;
    m_active = std::max(0, m_active - 1);
}

Route TestHttpServer::routeFor(const RecordedRequest &request) const
{
    const auto exact = m_routes.constFind(QString::fromUtf8(request.target));
    if (exact != m_routes.constEnd())
        return *exact;
    const auto byPath = m_routes.constFind(request.path);
    if (byPath != m_routes.constEnd())
        return *byPath;
    if (m_root.isEmpty() || request.path.contains(u".."))
        return Route::error(404);

    const QString filePath = QDir(m_root).filePath(request.path.mid(1));
    const QFileInfo info(filePath);
    if (info.isFile()) {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            return Route::error(403);
        Route route;
        route.body = file.readAll();
        route.contentType = contentTypeForFile(filePath);
        if (!route.contentType.startsWith("image/")) {
            route.etag = '"' + QCryptographicHash::hash(route.body, QCryptographicHash::Sha1).toHex().left(16) + '"';
            route.lastModified = httpDate(info.lastModified());
        }
        return route;
    }
    if (info.suffix().isEmpty() && QFileInfo(filePath + u".md").isFile()) {
        if (m_negotiation && request.header("Accept").contains("text/markdown")) {
            QFile file(filePath + u".md");
            if (file.open(QIODevice::ReadOnly))
                return Route::markdown(file.readAll());
        }
        return Route::html(sitePage(request.path));
    }
    return Route::error(404);
}

// --- gzip ----------------------------------------------------------------------------------------

quint32 TestHttpServer::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray TestHttpServer::gzip(const QByteArray &data)
{
    // qCompress gives a 4-byte length, then a zlib stream: 2 header bytes, raw deflate, Adler-32.
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflate = zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4);
    auto littleEndian = [](quint32 v) {
        QByteArray out(4, '\0');
        for (int i = 0; i < 4; ++i)
            out[i] = char((v >> (8 * i)) & 0xFFu);
        return out;
    };
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03", 10);
    out += deflate;
    out += littleEndian(crc32(data));
    out += littleEndian(quint32(data.size()));
    return out;
}

} // namespace Newsdesk::Test

#include "testhttpserver.moc"
