#include "storage/tickerstatsrunner.h"

#include "core/ticker.h"
#include "storage/tickerstats.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTickerStatsRunner, "newsdesk.storage.tickerstatsrunner", QtInfoMsg)

namespace Newsdesk::Storage {

class TickerStatsRunner::Worker final : public QObject
{
public:
    Worker(QString path, std::shared_ptr<std::atomic<quint64>> newest)
        : m_path(std::move(path))
        , m_newest(std::move(newest))
    {
    }

    void run(TickerStatsRunner *runner, quint64 request, const QStringList &tickers, const QDateTime &now,
        const BuzzRule &rule, Depth depth)
    {
        if (request != m_newest->load())
            return; // overtaken before it started
        if (!m_library.isOpen()) {
            if (Result<void> opened = m_library.open(m_path); !opened) {
                qCWarning(lcTickerStatsRunner).noquote() << "cannot count:" << opened.error().message;
                return;
            }
        }
        QList<TickerSummary> summaries;
        summaries.reserve(tickers.size());
        for (const QString &ticker : tickers) {
            if (request != m_newest->load())
                return; // a newer request will answer
            Result<TickerSummary> summary = depth == Depth::Summary ? m_library.tickerSummary(ticker, now, rule)
                : depth == Depth::Glance ? TickerStats(m_library.connection()).glance(ticker, now, rule)
                                         : buzzOnly(ticker, now, rule);
            if (!summary) {
                qCWarning(lcTickerStatsRunner).noquote() << ticker << summary.error().message;
                continue;
            }
            summaries.append(std::move(*summary));
        }
        QMetaObject::invokeMethod(
            runner,
            [runner, request, newest = m_newest, summaries = std::move(summaries)] {
                if (request == newest->load())
                    Q_EMIT runner->summarized(request, summaries);
            },
            Qt::QueuedConnection);
    }

private:
    Result<TickerSummary> buzzOnly(const QString &ticker, const QDateTime &now, const BuzzRule &rule)
    {
        Result<Buzz> buzz = TickerStats(m_library.connection()).buzz(ticker, now, rule);
        if (!buzz)
            return buzz.error();
        TickerSummary summary;
        summary.ticker = ticker;
        summary.key = Core::Ticker::keyFor(ticker);
        summary.buzz = *buzz;
        return summary;
    }

    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_newest;
    Library m_library; // opened on the worker's thread, used only there
};

TickerStatsRunner::TickerStatsRunner(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(libraryPath, m_newest))
{
    m_thread.setObjectName(QStringLiteral("newsdesk-tickerstats"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

TickerStatsRunner::~TickerStatsRunner()
{
    m_newest->store(0);
    m_thread.quit();
    m_thread.wait();
}

quint64 TickerStatsRunner::summarize(
    const QStringList &tickers, const QDateTime &now, const BuzzRule &rule, Depth depth)
{
    const quint64 request = ++*m_newest;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, runner = this, request, tickers, now, rule, depth] {
            worker->run(runner, request, tickers, now, rule, depth);
        },
        Qt::QueuedConnection);
    return request;
}

} // namespace Newsdesk::Storage
