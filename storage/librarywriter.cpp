#include "storage/librarywriter.h"

#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QTimer>

Q_LOGGING_CATEGORY(lcLibraryWriter, "newsdesk.storage.writer", QtInfoMsg)

namespace Newsdesk::Storage {

namespace {

// The writers open in this process, by file.
struct Registry
{
    QMutex mutex;
    QHash<QString, LibraryWriter *> writers;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

LibraryWriter::LibraryWriter(QObject *parent)
    : QObject(parent)
    , m_executor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("LibraryWriter"));
    m_executor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_executor, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_executor,
        [this] {
            m_library = std::make_unique<Library>();
            m_upkeep = new QTimer(m_executor);
            m_upkeep->setSingleShot(true);
            connect(m_upkeep, &QTimer::timeout, m_executor, [this] { upkeepStep(); });
        },
        Qt::BlockingQueuedConnection);
}

LibraryWriter::~LibraryWriter()
{
    if (!m_key.isEmpty()) {
        const QMutexLocker lock(&registry().mutex);
        registry().writers.remove(m_key);
    }
    // Queued after every job submitted so far: they all run before the connection closes.
    QMetaObject::invokeMethod(
        m_executor,
        [this] {
            m_upkeep->stop(); // the next start finds the index as this one left it: steps are transactions
            m_library.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString LibraryWriter::keyFor(const QString &path)
{
    const QFileInfo file(path);
    const QString canonical = file.canonicalFilePath();
    return canonical.isEmpty() ? file.absoluteFilePath() : canonical;
}

Result<void> LibraryWriter::open(const QString &path)
{
    Result<void> opened;
    QMetaObject::invokeMethod(
        m_executor,
        [this, &opened, &path] {
            opened = m_library->open(path);
            if (opened) // what an import without a writer, or an older version, left unmerged
                m_upkeep->start(std::chrono::milliseconds(m_upkeepDelayMs.load()));
        },
        Qt::BlockingQueuedConnection);
    if (!opened)
        return opened;
    m_key = keyFor(path);
    const QMutexLocker lock(&registry().mutex);
    registry().writers.insert(m_key, this);
    qCDebug(lcLibraryWriter).noquote() << "the writer of" << m_key;
    return {};
}

LibraryWriter *LibraryWriter::forPath(const QString &path)
{
    const QString key = keyFor(path);
    const QMutexLocker lock(&registry().mutex);
    return registry().writers.value(key);
}

void LibraryWriter::post(Job job)
{
    QMetaObject::invokeMethod(
        m_executor,
        [this, job = std::move(job)] {
            job(*m_library);
            afterJob();
        },
        Qt::QueuedConnection);
}

void LibraryWriter::run(const Job &job)
{
    auto execute = [this, &job] {
        job(*m_library);
        afterJob();
    };
    if (QThread::currentThread() == &m_thread)
        execute();
    else
        QMetaObject::invokeMethod(m_executor, execute, Qt::BlockingQueuedConnection);
}

void LibraryWriter::submit(
    std::function<Result<void>(Library &)> job, QObject *context, std::function<void(const Result<void> &)> done)
{
    post([job = std::move(job), context = QPointer<QObject>(context), done = std::move(done)](Library &library) {
        const Result<void> result = job(library);
        if (context && done)
            QMetaObject::invokeMethod(
                context.data(), [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

quint64 LibraryWriter::jobsRun() const
{
    return m_jobsRun.load();
}

void LibraryWriter::setUpkeepDelay(std::chrono::milliseconds delay)
{
    m_upkeepDelayMs = delay.count();
}

quint64 LibraryWriter::upkeepStepsRun() const
{
    return m_upkeepSteps.load();
}

// Every job may have written: the upkeep waits for the queue to stay empty for the delay again.
void LibraryWriter::afterJob()
{
    ++m_jobsRun;
    if (m_library->isOpen())
        m_upkeep->start(std::chrono::milliseconds(m_upkeepDelayMs.load()));
}

// A step is not a job: it does not restart the delay. The next one is a zero timer, so a job
// queued meanwhile runs first.
void LibraryWriter::upkeepStep()
{
    const Result<bool> more = m_library->tidySearchIndex();
    ++m_upkeepSteps;
    if (!more) {
        qCWarning(lcLibraryWriter).noquote() << "full-text index upkeep stopped:" << more.error().message;
        return;
    }
    if (*more)
        m_upkeep->start(0);
}

} // namespace Newsdesk::Storage
