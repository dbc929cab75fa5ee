#pragma once

#include "storage/library.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace Newsdesk::Storage {
class TickerStatsRunner;
}

namespace Newsdesk::Ui {

// One bar of the news-volume timeline: the documents published in [from, from + days).
struct TimelineBar
{
    QDate from; // UTC
    int days = 1;
    int count = 0;
};

// What the ticker view knows about its ticker, without a widget: the summary (counts, buzz, often
// together, the timeline; computed off the GUI thread), the company's aliases and their edits, and
// the search a click on one of the timeline's days means. The clock is injected so that tests
// fix "today".
class TickerInsight final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TickerInsight)

public:
    using Clock = std::function<QDateTime()>;

    // The library belongs to the caller and must outlive this object.
    explicit TickerInsight(Storage::Library *library, QObject *parent = nullptr);
    ~TickerInsight() override;

    void setClock(Clock clock);
    QDateTime now() const;
    void setBuzzRule(const Storage::BuzzRule &rule);
    Storage::BuzzRule buzzRule() const { return m_rule; }

    // Shows `ticker` (empty: none); the summary follows through summaryChanged().
    void setTicker(const QString &ticker);
    QString ticker() const { return m_ticker; }
    // Counts again (after reading, an import, a changed setting).
    void refresh();

    // True once the summary answers the current ticker.
    bool ready() const { return m_ready; }
    const Storage::TickerSummary &summary() const { return m_summary; }

    QStringList aliases() const { return m_aliases; }
    void addAlias(const QString &alias);
    void removeAlias(const QString &alias);

    // The timeline's bars: one per week for the weeks before the last 90 days (from the first week
    // with articles on), then one per day for the last 90 days, days without articles included.
    static QList<TimelineBar> timeline(const Storage::TickerSummary &summary, const QDate &today);
    // The search that lists the articles published in the bar's days (UTC), in the search language.
    static QString barSearch(const TimelineBar &bar);

Q_SIGNALS:
    void summaryChanged();
    void aliasesChanged();
    void message(const QString &text);

private:
    void reloadAliases();
    void editAlias(const QString &alias, bool add);

    Storage::Library *m_library = nullptr;
    Storage::TickerStatsRunner *m_runner = nullptr; // made when first needed
    Clock m_clock;
    Storage::BuzzRule m_rule;
    QString m_ticker;
    quint64 m_request = 0;
    bool m_ready = false;
    Storage::TickerSummary m_summary;
    QStringList m_aliases;
};

} // namespace Newsdesk::Ui
