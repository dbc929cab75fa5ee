#include "render/helperprotocol.h"

#include <QtEndian>

#include <cerrno>
#include <cstdlib>
#include <thread>
#include <unistd.h>
#ifdef __linux__
#include <csignal>
#include <sys/prctl.h>
#endif

namespace Newsdesk::Render::Protocol {

QByteArray Frame::header(const QByteArray &key) const
{
    for (const auto &entry : headers) {
        if (entry.first == key)
            return entry.second;
    }
    return {};
}

void Frame::setHeader(const QByteArray &key, const QByteArray &value)
{
    for (auto &entry : headers) {
        if (entry.first == key) {
            entry.second = value;
            return;
        }
    }
    headers.append(qMakePair(key, value));
}

QByteArray encode(const Frame &frame)
{
    QByteArray payload;
    qsizetype bodySize = 0;
    for (const QByteArray &part : frame.parts)
        bodySize += part.size();
    payload.reserve(bodySize + 64 + 16 * frame.parts.size());
    for (const auto &entry : frame.headers) {
        if (entry.first == "parts")
            continue;
        QByteArray value = entry.second;
        value.replace('\n', ' ').replace('\r', ' ');
        payload += entry.first + ": " + value + '\n';
    }
    if (frame.parts.size() != 1) {
        QList<QByteArray> sizes;
        for (const QByteArray &part : frame.parts)
            sizes.append(QByteArray::number(part.size()));
        payload += "parts: " + sizes.join(' ') + '\n';
    }
    payload += '\n';
    for (const QByteArray &part : frame.parts)
        payload += part;

    QByteArray out(lengthPrefixSize, '\0');
    qToBigEndian<quint32>(quint32(payload.size()), out.data());
    return out + payload;
}

bool decodePayload(const QByteArray &payload, Frame *frame)
{
    *frame = Frame{};
    qsizetype pos = 0;
    QList<qsizetype> partSizes;
    bool haveParts = false;
    for (;;) {
        const qsizetype end = payload.indexOf('\n', pos);
        if (end < 0)
            return false;
        if (end == pos) {
            pos = end + 1;
            break;
        }
        const QByteArray line = payload.mid(pos, end - pos);
        pos = end + 1;
        const qsizetype colon = line.indexOf(": ");
        if (colon <= 0)
            return false;
        const QByteArray key = line.left(colon);
        const QByteArray value = line.mid(colon + 2);
        if (key == "parts") {
            haveParts = true;
            for (const QByteArray &size : value.split(' ')) {
                if (size.isEmpty())
                    continue;
                bool ok = false;
                const qlonglong n = size.toLongLong(&ok);
                if (!ok || n < 0)
                    return false;
                partSizes.append(qsizetype(n));
            }
        } else {
            frame->headers.append(qMakePair(key, value));
        }
    }
    if (!haveParts) {
        frame->parts.append(payload.mid(pos));
        return true;
    }
    for (const qsizetype size : partSizes) {
        if (size > payload.size() - pos)
            return false;
        frame->parts.append(payload.mid(pos, size));
        pos += size;
    }
    return pos == payload.size();
}

FrameDecoder::Status FrameDecoder::next(Frame *frame)
{
    if (m_buffer.size() < lengthPrefixSize)
        return Status::NeedMore;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (length > maxPayloadSize)
        return Status::Invalid;
    if (m_buffer.size() - lengthPrefixSize < qsizetype(length))
        return Status::NeedMore;
    const QByteArray payload = m_buffer.mid(lengthPrefixSize, qsizetype(length));
    m_buffer.remove(0, lengthPrefixSize + qsizetype(length));
    return decodePayload(payload, frame) ? Status::Ready : Status::Invalid;
}

namespace {

bool readExactly(int fd, char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::read(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

bool writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

bool readFrame(int fd, Frame *frame)
{
    char prefix[lengthPrefixSize];
    if (!readExactly(fd, prefix, lengthPrefixSize))
        return false;
    const quint32 length = qFromBigEndian<quint32>(prefix);
    if (length > maxPayloadSize)
        return false;
    QByteArray payload(qsizetype(length), Qt::Uninitialized);
    if (!readExactly(fd, payload.data(), payload.size()))
        return false;
    return decodePayload(payload, frame);
}

bool writeFrame(int fd, const Frame &frame)
{
    const QByteArray bytes = encode(frame);
    return writeAll(fd, bytes.constData(), bytes.size());
}

Frame errorReply(const QByteArray &message)
{
    Frame reply;
    reply.setHeader("status", "error");
    reply.setHeader("message", message);
    return reply;
}

bool testHooksEnabled()
{
    static const bool enabled = qgetenv("NEWSDESK_HELPER_TEST_HOOKS") == "1";
    return enabled;
}

void honourTestHook(const QByteArray &what)
{
    if (!testHooksEnabled())
        return;
    if (what == "newsdesk-test-crash")
        std::abort();
    if (what == "newsdesk-test-hang") {
        for (;;)
            std::this_thread::sleep_for(std::chrono::hours(1));
    }
}

int serve(const std::function<Frame(const Frame &request)> &handle)
{
#ifdef __linux__
    // Die with the thread that started us even while stuck in a slow parse: nobody would read the
    // answer, and a pathological document can keep a parser busy for minutes.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() == 1)
        return 0;
#endif
    Frame request;
    while (readFrame(STDIN_FILENO, &request)) {
        Frame reply = handle(request);
        if (reply.header("status").isEmpty())
            reply.setHeader("status", "ok");
        reply.headers.prepend(qMakePair(QByteArray("id"), request.header("id")));
        if (!writeFrame(STDOUT_FILENO, reply))
            return 1;
    }
    return 0;
}

} // namespace Newsdesk::Render::Protocol
