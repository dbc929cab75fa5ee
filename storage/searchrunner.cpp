#include "storage/searchrunner.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSearchRunner, "newsdesk.storage.searchrunner", QtInfoMsg)

namespace Newsdesk::Storage {

class SearchRunner::Worker final : public QObject
{
public:
    Worker(QString path, std::shared_ptr<std::atomic<quint64>> newest)
        : m_path(std::move(path))
        , m_newest(std::move(newest))
    {
    }

    void run(SearchRunner *runner, quint64 request, const ListFilter &filter, int limit, const QString &locale)
    {
        if (request != m_newest->load())
            return; // overtaken before it started
        if (!m_library.isOpen()) {
            if (Result<void> opened = m_library.open(m_path); !opened) {
                deliverFailure(runner, request, opened.error().message);
                return;
            }
        }
        Result<QList<ListRow>> rows = m_library.page(filter, limit, std::nullopt, locale);
        if (!rows) {
            deliverFailure(runner, request, rows.error().message);
            return;
        }
        const int count = request == m_newest->load() ? m_library.count(filter) : 0;
        QMetaObject::invokeMethod(
            runner,
            [runner, request, filter, rows = std::move(rows).value(), count] {
                if (request == runner->latestRequest())
                    Q_EMIT runner->finished(request, filter, rows, count);
            },
            Qt::QueuedConnection);
    }

private:
    static void deliverFailure(SearchRunner *runner, quint64 request, const QString &message)
    {
        qCWarning(lcSearchRunner).noquote() << "search failed:" << message;
        QMetaObject::invokeMethod(
            runner,
            [runner, request, message] {
                if (request == runner->latestRequest())
                    Q_EMIT runner->failed(request, message);
            },
            Qt::QueuedConnection);
    }

    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_newest;
    Library m_library; // opened on the worker's thread, used only there
};

SearchRunner::SearchRunner(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(libraryPath, m_newest))
{
    m_thread.setObjectName(QStringLiteral("newsdesk-search"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SearchRunner::~SearchRunner()
{
    m_latest.store(0); // whatever is queued is skipped
    m_thread.quit();
    m_thread.wait();
}

quint64 SearchRunner::search(const ListFilter &filter, int limit, const QString &preferredLocale)
{
    const quint64 request = ++m_latest;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, runner = this, request, filter, limit, preferredLocale] {
            worker->run(runner, request, filter, limit, preferredLocale);
        },
        Qt::QueuedConnection);
    return request;
}

} // namespace Newsdesk::Storage
