#pragma once

// The framed protocol between Newsdesk and its helper processes (newsdesk-highlighter, Qt 5, and
// newsdesk-render-worker), over the helper's stdin and stdout. Compiled into both Qt 5 and Qt 6
// programs, so it uses only API common to both.
//
// A frame is a 4-byte big-endian payload length, then the payload:
//   header lines "key: value\n" (ASCII key; value UTF-8 without newline), an empty line "\n",
//   then the body. The body is a list of parts whose byte lengths the "parts" header lists
//   ("12 0 345"); without that header the whole body is one part.
// Every request has "id" and "type"; its reply echoes the "id" and says "status: ok", or
// "status: error" with a "message". A client discards a reply whose id is not the one it waits
// for, so a late answer to a killed request is never taken for the answer to the next one.
//
// Requests:
//   highlight   highlighter    "theme: light|dark"; parts: language₀, code₀, language₁, code₁, …
//                              reply parts: html₀, html₁, … (escaped text in <span class="hl-…">)
//   stylesheet  highlighter    reply: one part, the CSS for the hl-* classes of both themes
//   markdown    render worker  "base: URL" (may be empty); parts: the markdown
//                              reply parts: html, language₀, code₀, … (a placeholder per code block)
// Test hooks, honoured only when the helper runs with NEWSDESK_HELPER_TEST_HOOKS=1: a code block
// whose language is "newsdesk-test-crash"/"newsdesk-test-hang", or markdown starting with
// "<!-- newsdesk-test-crash -->"/"<!-- newsdesk-test-hang -->", makes the helper abort or hang.

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>

namespace Newsdesk::Render::Protocol {

inline constexpr int lengthPrefixSize = 4;
// Far above any article; a larger length means the stream is garbage.
inline constexpr quint32 maxPayloadSize = 256u * 1024u * 1024u;

struct Frame
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<QByteArray> parts;

    QByteArray header(const QByteArray &key) const;
    void setHeader(const QByteArray &key, const QByteArray &value);
};

// The frame with its length prefix. Newlines in header values are replaced by spaces.
QByteArray encode(const Frame &frame);

// Accumulates bytes from a stream and cuts them into frames.
class FrameDecoder final
{
public:
    enum class Status { NeedMore, Ready, Invalid };

    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    // Ready: *frame holds the next frame. Invalid: the stream is corrupt (stop reading it).
    Status next(Frame *frame);
    void clear() { m_buffer.clear(); }

private:
    QByteArray m_buffer;
};

// Parses one payload (without its length prefix); false when it is malformed.
bool decodePayload(const QByteArray &payload, Frame *frame);

// Blocking I/O on a file descriptor, for the helpers' main loops.
bool readFrame(int fd, Frame *frame);
bool writeFrame(int fd, const Frame &frame);

// The helpers' main loop: reads requests from stdin until end of file, answers each with
// handle(request) (whose reply gets the request's id), honours the test hooks. Returns the exit
// status. Handlers report failure with errorReply().
int serve(const std::function<Frame(const Frame &request)> &handle);
Frame errorReply(const QByteArray &message);

// The test hooks, for the helpers' handlers.
bool testHooksEnabled();
// Aborts or hangs forever when `what` is "newsdesk-test-crash" or "newsdesk-test-hang" and the
// hooks are enabled; otherwise returns.
void honourTestHook(const QByteArray &what);

} // namespace Newsdesk::Render::Protocol
