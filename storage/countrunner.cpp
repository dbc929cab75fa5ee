#include "storage/countrunner.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCountRunner, "newsdesk.storage.countrunner", QtInfoMsg)

namespace Newsdesk::Storage {

class CountRunner::Worker final : public QObject
{
public:
    Worker(QString path, std::shared_ptr<std::atomic<quint64>> newest)
        : m_path(std::move(path))
        , m_newest(std::move(newest))
    {
    }

    void run(CountRunner *runner, quint64 request, const QList<ListFilter> &filters)
    {
        if (request != m_newest->load())
            return; // overtaken before it started
        if (!m_library.isOpen()) {
            if (Result<void> opened = m_library.open(m_path); !opened) {
                qCWarning(lcCountRunner).noquote() << "cannot count:" << opened.error().message;
                return;
            }
        }
        // Kept between requests: only what changed since the last one is counted again.
        QList<int> counts = m_library.keptCounts(filters);
        QMetaObject::invokeMethod(
            runner,
            [runner, request, newest = m_newest, counts = std::move(counts)] {
                if (request == newest->load())
                    Q_EMIT runner->counted(request, counts);
            },
            Qt::QueuedConnection);
    }

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_newest;
    Library m_library; // opened on the worker's thread, used only there
};

CountRunner::CountRunner(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(libraryPath, m_newest))
{
    m_thread.setObjectName(QStringLiteral("newsdesk-counts"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

CountRunner::~CountRunner()
{
    m_newest->store(0);
    m_thread.quit();
    m_thread.wait();
}

quint64 CountRunner::count(const QList<ListFilter> &filters)
{
    const quint64 request = ++*m_newest;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, runner = this, request, filters] { worker->run(runner, request, filters); },
        Qt::QueuedConnection);
    return request;
}

} // namespace Newsdesk::Storage
