#include "controller/tickerinsight.h"

#include "core/ticker.h"
#include "storage/tickerstats.h"
#include "storage/tickerstatsrunner.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTickerInsight, "newsdesk.ui.tickerinsight")

namespace Newsdesk::Ui {

TickerInsight::TickerInsight(Storage::Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
}

TickerInsight::~TickerInsight() = default;

void TickerInsight::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

QDateTime TickerInsight::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void TickerInsight::setBuzzRule(const Storage::BuzzRule &rule)
{
    if (rule.factor == m_rule.factor && rule.minimumArticles == m_rule.minimumArticles)
        return;
    m_rule = rule;
    refresh();
}

void TickerInsight::setTicker(const QString &ticker)
{
    if (ticker == m_ticker)
        return;
    m_ticker = ticker;
    m_ready = false;
    m_summary = {};
    reloadAliases();
    refresh();
    Q_EMIT summaryChanged();
}

void TickerInsight::refresh()
{
    if (m_ticker.isEmpty() || !m_library || !m_library->isOpen())
        return;
    if (!m_runner) {
        m_runner = new Storage::TickerStatsRunner(m_library->path(), this);
        connect(m_runner, &Storage::TickerStatsRunner::summarized, this,
            [this](quint64 request, const QList<Storage::TickerSummary> &summaries) {
                if (request != m_request || summaries.isEmpty())
                    return;
                if (Core::Ticker::keyFor(m_ticker) != summaries.first().key)
                    return; // asked for a ticker since shown no more
                m_summary = summaries.first();
                m_ready = true;
                Q_EMIT summaryChanged();
            });
    }
    m_request = m_runner->summarize({m_ticker}, now(), m_rule);
}

void TickerInsight::reloadAliases()
{
    m_aliases
        = m_ticker.isEmpty() || !m_library || !m_library->isOpen() ? QStringList() : m_library->tickerAliases(m_ticker);
    Q_EMIT aliasesChanged();
}

void TickerInsight::addAlias(const QString &alias)
{
    editAlias(alias.simplified(), true);
}

void TickerInsight::removeAlias(const QString &alias)
{
    editAlias(alias, false);
}

void TickerInsight::editAlias(const QString &alias, bool add)
{
    if (!m_library || m_ticker.isEmpty() || alias.isEmpty())
        return;
    const QString ticker = m_ticker;
    // Queued on the library's writer; the list shows the change once it is stored.
    m_library->submit(
        [ticker, alias, add](Storage::Library &library) {
            return add ? library.addTickerAlias(ticker, alias) : library.removeTickerAlias(ticker, alias);
        },
        this,
        [this, ticker, alias, add](const Result<void> &r) {
            if (!r) {
                qCWarning(lcTickerInsight).noquote() << "alias edit failed:" << r.error().message;
                Q_EMIT message(add ? tr("Could not add “%1” to %2: %3").arg(alias, ticker, r.error().message)
                                   : tr("Could not remove “%1” from %2: %3").arg(alias, ticker, r.error().message));
                return;
            }
            if (ticker == m_ticker)
                reloadAliases();
            Q_EMIT message(add ? tr("%1 is now also called “%2”").arg(ticker, alias)
                               : tr("“%1” no longer marks %2").arg(alias, ticker));
        });
}

QList<TimelineBar> TickerInsight::timeline(const Storage::TickerSummary &summary, const QDate &today)
{
    QList<TimelineBar> bars;
    const QDate firstDaily = today.addDays(1 - Storage::TickerStats::dailyDays);
    if (!summary.weekly.isEmpty()) {
        QDate week = summary.weekly.first().date;
        qsizetype next = 0;
        for (; week < firstDaily; week = week.addDays(7)) {
            int count = 0;
            if (next < summary.weekly.size() && summary.weekly.at(next).date == week)
                count = summary.weekly.at(next++).count;
            bars.append({week, 7, count});
        }
    }
    qsizetype next = 0;
    for (QDate day = firstDaily; day <= today; day = day.addDays(1)) {
        while (next < summary.daily.size() && summary.daily.at(next).date < day)
            ++next;
        const int count
            = next < summary.daily.size() && summary.daily.at(next).date == day ? summary.daily.at(next).count : 0;
        bars.append({day, 1, count});
    }
    return bars;
}

QString TickerInsight::barSearch(const TimelineBar &bar)
{
    return QStringLiteral("after:%1 before:%2")
        .arg(bar.from.toString(Qt::ISODate), bar.from.addDays(bar.days).toString(Qt::ISODate));
}

} // namespace Newsdesk::Ui
