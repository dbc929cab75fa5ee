#include "storage/librarywriter.h"

#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

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
        m_executor, [this] { m_library = std::make_unique<Library>(); }, Qt::BlockingQueuedConnection);
}

LibraryWriter::~LibraryWriter()
{
    if (!m_key.isEmpty()) {
        const QMutexLocker lock(&registry().mutex);
        registry().writers.remove(m_key);
    }
    // Queued after every job submitted so far: they all run before the connection closes.
    QMetaObject::invokeMethod(
        m_executor, [this] { m_library.reset(); }, Qt::BlockingQueuedConnection);
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
        m_executor, [this, &opened, &path] { opened = m_library->open(path); }, Qt::BlockingQueuedConnection);
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
            ++m_jobsRun;
        },
        Qt::QueuedConnection);
}

void LibraryWriter::run(const Job &job)
{
    auto execute = [this, &job] {
        job(*m_library);
        ++m_jobsRun;
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

} // namespace Newsdesk::Storage
