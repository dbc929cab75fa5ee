#pragma once

#include "core/result.h"
#include "render/helperprotocol.h"

#include <QDeadlineTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

class QProcess;

namespace Newsdesk::Render {

// A helper process spoken to synchronously with the framed protocol (helperprotocol.h): started on
// first use and kept; killed when a request misses its deadline, crashes it or garbles the reply;
// restarted on the next use, at most maxStartsPerMinute times a minute (after that, calls fail at
// once until the minute has passed). Not thread-safe: use it only in the thread that created it
// (the process dies with that thread).
//
// A request that made the helper miss its deadline or crash is remembered by the hash of its
// content: the same request again fails at once (Timeout), never reaching the helper. The restart
// after a missed deadline does not count against the budget, because the input was at fault, not
// the helper; a pathological document cannot then leave ordinary ones as plain text (a missed
// deadline costs its own length, which bounds how often that can happen). Crashes and garbled
// replies still count.
class HelperProcess final
{
public:
    struct Options
    {
        QString program; // empty: every call fails (the helper is missing)
        QStringList arguments;
        std::chrono::milliseconds deadline{1000};
        int maxStartsPerMinute = 5;
        QString name = QStringLiteral("helper"); // for the log
    };

    explicit HelperProcess(Options options);
    ~HelperProcess();
    Q_DISABLE_COPY_MOVE(HelperProcess)

    // Sends the request (its "id" header is set here) and waits for the reply until the deadline.
    // A reply with "status: error" is returned as an Error too.
    Result<Protocol::Frame> call(Protocol::Frame request);
    Result<Protocol::Frame> call(Protocol::Frame request, std::chrono::milliseconds deadline);

    const Options &options() const { return m_options; }
    bool isRunning() const;
    qint64 processId() const; // 0 when not running
    int startCount() const { return m_startCount; } // starts since construction

    static constexpr int rememberedRequests = 256;
    static constexpr qint64 minimumRememberedBytes = 1024;

private:
    Result<void> ensureStarted();
    void stop(bool kill);
    static QByteArray contentDigest(const Protocol::Frame &request);
    void remember(const QByteArray &digest);

    Options m_options;
    std::unique_ptr<QProcess> m_process;
    Protocol::FrameDecoder m_decoder;
    quint64 m_nextId = 1;
    int m_startCount = 0;
    bool m_reportedMissing = false;
    QList<QDeadlineTimer> m_recentStarts; // each expires a minute after its start
    QList<QByteArray> m_failedRequests; // content hashes, oldest first, at most rememberedRequests
    bool m_nextStartIsFree = false;
};

// Where a helper executable is: $NEWSDESK_HELPER_DIR, next to the running program (the build
// tree), the libexec directory relative to it (<prefix>/bin → <prefix>/libexec/newsdesk, wherever
// the prefix is), then the configured prefix's libexec directory. Empty when none exists.
QString findHelperProgram(const QString &fileName);

} // namespace Newsdesk::Render
