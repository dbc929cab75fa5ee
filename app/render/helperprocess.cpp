#include "render/helperprocess.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>

Q_LOGGING_CATEGORY(lcHelper, "newsdesk.render.helper")

namespace Newsdesk::Render {

using namespace std::chrono_literals;

HelperProcess::HelperProcess(Options options)
    : m_options(std::move(options))
{
}

HelperProcess::~HelperProcess()
{
    stop(false);
}

bool HelperProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 HelperProcess::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

Result<void> HelperProcess::ensureStarted()
{
    if (isRunning())
        return {};
    stop(true);
    m_recentStarts.removeIf([](const QDeadlineTimer &timer) { return timer.hasExpired(); });
    const bool free = std::exchange(m_nextStartIsFree, false);
    if (!free && m_recentStarts.size() >= m_options.maxStartsPerMinute) {
        return Error::make(Error::Kind::Generic,
            m_options.name + u" restarted too often in the last minute; not starting it again yet");
    }
    if (m_options.program.isEmpty()) {
        if (!m_reportedMissing)
            qCWarning(lcHelper) << m_options.name << "is not installed; its work is shown as plain text";
        m_reportedMissing = true;
        return Error::make(Error::Kind::NotFound, m_options.name + u" is not installed");
    }

    if (!free)
        m_recentStarts.append(QDeadlineTimer(1min));
    ++m_startCount;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(m_options.program, m_options.arguments);
    if (!m_process->waitForStarted(int(m_options.deadline.count()))) {
        const QString reason = m_process->errorString();
        stop(true);
        qCWarning(lcHelper) << m_options.name << "did not start:" << reason;
        return Error::make(Error::Kind::NotFound, m_options.name + u" did not start: " + reason);
    }
    m_decoder.clear();
    qCDebug(lcHelper) << m_options.name << "started, pid" << m_process->processId();
    return {};
}

void HelperProcess::stop(bool kill)
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        if (!kill) {
            // End of input is the helper's signal to exit.
            m_process->closeWriteChannel();
            if (m_process->waitForFinished(300)) {
                m_process.reset();
                return;
            }
        }
        m_process->kill();
        m_process->waitForFinished(1000);
    }
    m_process.reset();
}

Result<Protocol::Frame> HelperProcess::call(Protocol::Frame request)
{
    return call(std::move(request), m_options.deadline);
}

Result<Protocol::Frame> HelperProcess::call(Protocol::Frame request, std::chrono::milliseconds deadline)
{
    const QByteArray type = request.header("type");
    const QByteArray digest = contentDigest(request);
    if (!digest.isEmpty() && m_failedRequests.contains(digest)) {
        qCDebug(lcHelper) << m_options.name << "not sent a request it failed on before";
        return Error::make(Error::Kind::Timeout, m_options.name + u" failed on this input before");
    }

    if (const Result<void> started = ensureStarted(); !started)
        return started.error();

    const QByteArray id = QByteArray::number(m_nextId++);
    request.setHeader("id", id);
    QDeadlineTimer timer(deadline);

    const auto fail = [&](Error::Kind kind, const QString &what) -> Result<Protocol::Frame> {
        qCWarning(lcHelper).noquote() << m_options.name << what << "(request" << type << "id" << id << ')';
        stop(true);
        if (!digest.isEmpty())
            remember(digest);
        if (kind == Error::Kind::Timeout)
            m_nextStartIsFree = true;
        return Error::make(kind, m_options.name + u' ' + what);
    };

    m_process->write(Protocol::encode(request));
    for (;;) {
        if (m_process->bytesToWrite() == 0) {
            Protocol::Frame reply;
            for (;;) {
                const auto status = m_decoder.next(&reply);
                if (status == Protocol::FrameDecoder::Status::NeedMore)
                    break;
                if (status == Protocol::FrameDecoder::Status::Invalid)
                    return fail(Error::Kind::Generic, QStringLiteral("sent a malformed reply"));
                if (reply.header("id") != id) {
                    qCDebug(lcHelper) << m_options.name << "dropped a stale reply, id" << reply.header("id");
                    continue;
                }
                if (reply.header("status") != "ok") {
                    return Error::make(
                        Error::Kind::Generic, m_options.name + u": " + QString::fromUtf8(reply.header("message")));
                }
                return reply;
            }
        }
        if (m_process->state() != QProcess::Running)
            return fail(Error::Kind::Generic, QStringLiteral("exited during the request"));
        if (timer.hasExpired())
            return fail(Error::Kind::Timeout, QStringLiteral("missed its deadline"));
        const int wait = int(qMax<qint64>(1, timer.remainingTime()));
        if (m_process->bytesToWrite() > 0)
            m_process->waitForBytesWritten(wait);
        else
            m_process->waitForReadyRead(wait);
        // Read whatever arrived, also while writing: Qt buffers it and would not report it again.
        m_decoder.append(m_process->readAllStandardOutput());
    }
}

// Small inputs are not remembered: no small input is slow, so a miss on one (a helper slow to
// start, say) says nothing about the input.
QByteArray HelperProcess::contentDigest(const Protocol::Frame &request)
{
    qint64 total = 0;
    for (const QByteArray &part : request.parts)
        total += part.size();
    if (total < minimumRememberedBytes)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.header("type"));
    for (const QByteArray &part : request.parts) {
        const qint64 size = part.size();
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        hash.addData(part);
    }
    return hash.result();
}

void HelperProcess::remember(const QByteArray &digest)
{
    if (m_failedRequests.size() >= rememberedRequests)
        m_failedRequests.removeFirst();
    m_failedRequests.append(digest);
}

QString findHelperProgram(const QString &fileName)
{
    QStringList dirs;
    if (const QString dir = qEnvironmentVariable("NEWSDESK_HELPER_DIR"); !dir.isEmpty())
        dirs.append(dir);
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        dirs.append(appDir); // the build tree
        dirs.append(
            QDir::cleanPath(appDir + u'/' + QStringLiteral(NEWSDESK_HELPERS_FROM_BIN))); // <prefix>/libexec/newsdesk
    }
    dirs.append(QStringLiteral(NEWSDESK_LIBEXEC_DIR)); // the configured prefix
    for (const QString &dir : dirs) {
        const QFileInfo candidate(QDir(dir), fileName);
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.absoluteFilePath();
    }
    // Said once more, as a warning, when something needs the helper (HelperProcess::call).
    qCDebug(lcHelper) << "helper" << fileName << "not found in" << dirs;
    return {};
}

} // namespace Newsdesk::Render
