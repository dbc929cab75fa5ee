#pragma once

#include "storage/library.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Newsdesk::Storage {

// Computes tickers' summaries (tickerstats.h) on a thread of its own with its own connection, so
// the ticker view and the sidebar's buzz badges never hold up the GUI thread (a popular ticker of
// a large library takes tens of milliseconds). Only the newest request is answered.
class TickerStatsRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TickerStatsRunner)

public:
    explicit TickerStatsRunner(const QString &libraryPath, QObject *parent = nullptr);
    ~TickerStatsRunner() override;

    // Whole summaries; only their ticker, key and buzz (31 days counted); or those and the days
    // counted that have articles (the sidebar's badges and sparklines, TickerStats::glance).
    enum class Depth { Summary, BuzzOnly, Glance };

    // Returns the request's number; the answer comes through summarized(), on this object's
    // thread, one summary per ticker in the order asked (a ticker that failed is left out).
    quint64 summarize(
        const QStringList &tickers, const QDateTime &now, const BuzzRule &rule, Depth depth = Depth::Summary);

Q_SIGNALS:
    void summarized(quint64 request, const QList<Newsdesk::Storage::TickerSummary> &summaries);

private:
    class Worker;

    std::shared_ptr<std::atomic<quint64>> m_newest = std::make_shared<std::atomic<quint64>>(0);
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread, deleted when it finishes
};

} // namespace Newsdesk::Storage
