#include "controller/retentionschedule.h"

#include "storage/librarywriter.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRetentionSchedule, "newsdesk.ui.retention", QtInfoMsg)

namespace Newsdesk::Ui {

namespace {

constexpr int articlesPerJob = 1000;
constexpr int dayMs = 24 * 60 * 60 * 1000;

// Runs `job` on the library's writer (here, without one) and hands its result to `done` on the
// schedule's thread afterwards, unless the schedule is gone.
template<typename T>
void onWriter(Storage::Library *library, QObject *context, std::function<T(Storage::Library &)> job,
    std::function<void(const T &)> done)
{
    auto run = [job = std::move(job), context = QPointer<QObject>(context), done = std::move(done)](
                   Storage::Library &writing) {
        const T result = job(writing);
        if (context)
            QMetaObject::invokeMethod(
                context.data(), [done, result] { done(result); }, Qt::QueuedConnection);
    };
    if (Storage::LibraryWriter *writer = library->writer())
        writer->post(std::move(run));
    else
        run(*library);
}

} // namespace

std::optional<QDateTime> RetentionRule::cutoff(const QDateTime &now) const
{
    if (count <= 0)
        return std::nullopt;
    switch (unit) {
    case Unit::Days:
        return now.addDays(-count);
    case Unit::Months:
        return now.addMonths(-count);
    case Unit::Forever:
        break;
    }
    return std::nullopt;
}

RetentionSchedule::RetentionSchedule(Storage::Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_daily(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_daily->setInterval(dayMs);
    connect(m_daily, &QTimer::timeout, this, &RetentionSchedule::runNow);
}

void RetentionSchedule::start()
{
    m_daily->start();
    runNow();
}

bool RetentionSchedule::runNow()
{
    const std::optional<QDateTime> before = m_rule.cutoff(m_clock());
    if (m_running || !before || !m_library->isOpen() || m_library->isReadOnly())
        return false;
    m_running = true;
    m_options = {};
    m_options.olderThan = *before;
    m_options.limit = articlesPerJob;
    m_total = {};
    m_sizeBefore = -1;
    qCInfo(lcRetentionSchedule) << "deleting articles published before" << *before;
    deleteSome();
    return true;
}

void RetentionSchedule::deleteSome()
{
    const Storage::PruneOptions options = m_options;
    const bool measure = m_sizeBefore < 0;
    onWriter<std::pair<Result<Storage::PruneOutcome>, qint64>>(
        m_library, this,
        [options, measure](Storage::Library &library) {
            const qint64 size = measure ? library.sizeInBytes() : 0;
            return std::make_pair(library.prune(options), size);
        },
        [this, measure](const std::pair<Result<Storage::PruneOutcome>, qint64> &result) {
            if (measure)
                m_sizeBefore = result.second;
            if (!result.first)
                return fail(result.first.error().message);
            m_total.documents += result.first->documents;
            if (result.first->documents >= m_options.limit)
                deleteSome();
            else if (m_total.documents > 0)
                mergeIndex(true);
            else
                finish();
        });
}

void RetentionSchedule::mergeIndex(bool first)
{
    onWriter<Result<bool>>(
        m_library, this, [first](Storage::Library &library) { return library.mergeSearchIndex(first); },
        [this](const Result<bool> &more) {
            if (!more)
                qCWarning(lcRetentionSchedule).noquote() << "full-text index not merged:" << more.error().message;
            if (more && *more)
                mergeIndex(false);
            else
                finish();
        });
}

void RetentionSchedule::finish()
{
    onWriter<qint64>(
        m_library, this, [](Storage::Library &library) { return library.sizeInBytes(); },
        [this](const qint64 &sizeAfter) {
            m_total.freedBytes = m_sizeBefore - sizeAfter;
            m_running = false;
            qCInfo(lcRetentionSchedule) << "deleted" << m_total.documents << "articles," << m_total.freedBytes
                                        << "bytes returned";
            if (m_total.documents > 0) {
                // The file can grow a little when the index records more than a merge frees.
                const QString freed = QLocale().formattedDataSize(std::max<qint64>(0, m_total.freedBytes));
                Q_EMIT message(tr("Deleted %n old article(s); %1 freed", nullptr, m_total.documents).arg(freed));
            }
            Q_EMIT finished(m_total);
        });
}

void RetentionSchedule::fail(const QString &reason)
{
    m_running = false;
    qCWarning(lcRetentionSchedule).noquote() << "retention failed:" << reason;
    Q_EMIT message(tr("Old articles could not be deleted: %1").arg(reason));
    Q_EMIT finished(m_total);
}

} // namespace Newsdesk::Ui
