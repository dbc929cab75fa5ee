#pragma once

#include "storage/library.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QTimer;

namespace Newsdesk::Ui {

// How long the reader keeps articles: forever, or a number of days or months. Bookmarked,
// labelled and watchlist articles are kept whatever the rule (PruneOptions' defaults).
struct RetentionRule
{
    enum class Unit { Forever, Days, Months };
    Unit unit = Unit::Forever;
    int count = 0;

    // Articles published before this are deleted; none when kept forever.
    std::optional<QDateTime> cutoff(const QDateTime &now) const;
    friend bool operator==(const RetentionRule &, const RetentionRule &) = default;
};

// Applies the retention rule to the library in the background: once when started and then about
// daily while the reader runs. The deleting runs on the library's writer in jobs of a few hundred
// articles, so the reader's own writes (read state, bookmarks) wait at most one job; then the
// full-text index is merged in bounded steps and the freed pages go back to the file system.
class RetentionSchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionSchedule)

public:
    explicit RetentionSchedule(Storage::Library *library, QObject *parent = nullptr);
    ~RetentionSchedule() override = default;

    void setRule(const RetentionRule &rule) { m_rule = rule; }
    RetentionRule rule() const { return m_rule; }
    // What "now" is (tests fix it); the system clock by default.
    void setClock(const std::function<QDateTime()> &clock) { m_clock = clock; }

    // Runs now, then every day.
    void start();
    // One run now; false when the rule keeps everything or a run is going on.
    bool runNow();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // A run ended: how many articles went and how much the file shrank.
    void finished(const Newsdesk::Storage::PruneOutcome &outcome);
    // A sentence for the status bar: what a run freed, or why it failed.
    void message(const QString &text);

private:
    void deleteSome();
    void mergeIndex(bool first);
    void finish();
    void fail(const QString &reason);

    Storage::Library *m_library = nullptr;
    QTimer *m_daily = nullptr;
    RetentionRule m_rule;
    std::function<QDateTime()> m_clock;
    bool m_running = false;
    Storage::PruneOptions m_options;
    Storage::PruneOutcome m_total;
    qint64 m_sizeBefore = 0;
};

} // namespace Newsdesk::Ui
