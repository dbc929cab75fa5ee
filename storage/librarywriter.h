#pragma once

#include "core/result.h"
#include "storage/library.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

class QTimer;

namespace Newsdesk::Storage {

// The one connection that writes a library file, on a thread of its own. Every write of the
// process is a job on its queue, run in the order submitted; other connections only read (SQLite
// in WAL mode lets them while it writes), so no thread ever waits on SQLite's write lock.
//
// While a writer is open for a file, every Library opened on that file in this process hands its
// writes to it (Library::open looks it up) and refuses to write itself (`PRAGMA query_only`):
// a write that is not routed here fails instead of racing. The GUI submits its writes
// (Library::submit) and goes on; worker threads and the command line wait for theirs.
class LibraryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryWriter)

public:
    explicit LibraryWriter(QObject *parent = nullptr);
    // Runs every job still queued, then closes the connection.
    ~LibraryWriter() override;

    // Opens (creating and migrating if needed) the library on the writer's thread; from then on it
    // is the writer of that file for this process.
    Result<void> open(const QString &path);
    bool isOpen() const { return !m_key.isEmpty(); }
    // The writer open for this file in this process, or none.
    static LibraryWriter *forPath(const QString &path);

    using Job = std::function<void(Library &)>;
    // Queues `job` and returns at once.
    void post(Job job);
    // Runs `job` and waits for it (at once when called from the writer's own thread).
    void run(const Job &job);
    // run() for a job with a result.
    template<typename Fn> std::invoke_result_t<Fn &, Library &> call(Fn &&job)
    {
        std::optional<std::invoke_result_t<Fn &, Library &>> result;
        run([&](Library &library) { result.emplace(job(library)); });
        return std::move(*result);
    }
    // Queues `job`; `done` gets its result on `context`'s thread afterwards (not if `context` is gone).
    void submit(
        std::function<Result<void>(Library &)> job, QObject *context, std::function<void(const Result<void> &)> done);

    // Jobs run since open(), for the tests and the benchmark.
    quint64 jobsRun() const;

    // How long the queue stays empty after a job before the full-text index's upkeep
    // (Library::tidySearchIndex) starts; its steps then run one by one while nothing else is
    // queued, so a write waits at most one step. Two seconds unless set.
    void setUpkeepDelay(std::chrono::milliseconds delay);
    // Upkeep steps run since open(), for the tests and the benchmark.
    quint64 upkeepStepsRun() const;

private:
    static QString keyFor(const QString &path);
    // On the writer's thread: after every job, and for each step of the upkeep.
    void afterJob();
    void upkeepStep();

    QThread m_thread;
    QObject *m_executor = nullptr; // lives on m_thread; jobs are its queued calls
    std::unique_ptr<Library> m_library; // created, used and destroyed on m_thread; never null before the destructor
    QString m_key;
    QTimer *m_upkeep = nullptr; // single-shot, on m_thread (a child of m_executor)
    std::atomic<qint64> m_upkeepDelayMs{2000};
    std::atomic<quint64> m_jobsRun{0};
    std::atomic<quint64> m_upkeepSteps{0};
};

} // namespace Newsdesk::Storage
