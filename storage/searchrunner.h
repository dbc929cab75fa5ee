#pragma once

#include "storage/library.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Newsdesk::Storage {

// Runs list searches on a thread of its own with its own connection, so that the reader's GUI
// thread never waits for one; only the newest request's answer is delivered (a request that a
// newer one overtook is skipped if it has not started, and its answer dropped if it has).
class SearchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchRunner)

public:
    explicit SearchRunner(const QString &libraryPath, QObject *parent = nullptr);
    ~SearchRunner() override;

    // The newest `limit` rows of `filter` and how many documents match; returns the request's
    // number. The answer comes later through finished() or failed(), on this object's thread.
    quint64 search(const ListFilter &filter, int limit, const QString &preferredLocale = {});
    quint64 latestRequest() const { return m_latest.load(); }

Q_SIGNALS:
    void finished(quint64 request, const Newsdesk::Storage::ListFilter &filter,
        const QList<Newsdesk::Storage::ListRow> &rows, int count);
    void failed(quint64 request, const QString &message);

private:
    class Worker;

    // The newest request's number, shared with the worker (declared first: the worker gets it).
    std::shared_ptr<std::atomic<quint64>> m_newest = std::make_shared<std::atomic<quint64>>(0);
    std::atomic<quint64> &m_latest = *m_newest;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread, deleted when it finishes
};

} // namespace Newsdesk::Storage
