#pragma once

#include "storage/library.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Newsdesk::Storage {

// Counts the documents of several filters on a thread of its own with its own connection, so the
// reader's GUI thread never waits for them (the sidebar's saved searches: 20 counts take tens of
// milliseconds on a large library). Only the newest request is answered.
class CountRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountRunner)

public:
    explicit CountRunner(const QString &libraryPath, QObject *parent = nullptr);
    ~CountRunner() override;

    // Returns the request's number; the answer comes through counted(), on this object's thread.
    quint64 count(const QList<ListFilter> &filters);

Q_SIGNALS:
    void counted(quint64 request, const QList<int> &counts);

private:
    class Worker;

    std::shared_ptr<std::atomic<quint64>> m_newest = std::make_shared<std::atomic<quint64>>(0);
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread, deleted when it finishes
};

} // namespace Newsdesk::Storage
