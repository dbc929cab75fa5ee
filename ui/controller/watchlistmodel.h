#pragma once

#include "storage/library.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>

#include <functional>

namespace Newsdesk::Storage {
class TickerStatsRunner;
}

namespace Newsdesk::Ui {

// The watchlist, in the user's order, with each ticker's unread count. The one place that writes
// it: adding (a partial ticker such as "nvda" resolves to the library's NVDA.US), removing and
// moving rows (moveRows, so a view's drag and the menu's Move Up/Down take the same path). After
// every write the rows are read back from the library, so the model never disagrees with it.
// Each ticker's buzz and its documents per UTC day of the last 14 days (the sparkline;
// TickerStats::glance) are counted off the GUI thread after every reload and come in as a
// dataChanged.
class WatchlistModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchlistModel)

public:
    enum Role {
        TickerRole = Qt::UserRole + 1,
        NameRole,
        UnreadRole,
        BuzzRole,
        BuzzTodayRole,
        BuzzMeanRole,
        // QList<int>: documents per day, the oldest of the sparklineDays first, today last; both
        // this and RecentRole are null until the first count comes in.
        SparklineRole,
        RecentRole, // int: the sparkline's documents in all
    };
    static constexpr int sparklineDays = 14;
    // "14 articles in the last 14 days": the sparkline in words (tooltip, screen readers).
    static QString recentText(int documents);

    explicit WatchlistModel(QObject *parent = nullptr);
    ~WatchlistModel() override = default;

    // The library belongs to the caller and must outlive the model.
    void setLibrary(Storage::Library *library);
    // Reads the watchlist and its counts again.
    void reload();
    // What "today" is for the buzz (tests fix it) and when a count is one.
    void setClock(std::function<QDateTime()> clock);
    void setBuzzRule(const Storage::BuzzRule &rule);

    QStringList tickers() const;
    int rowOf(const QString &ticker) const;

    // The ticker `text` names: itself when it is CODE.MARKET, else the library's ticker whose code
    // it is ("nvda" → NVDA.US). Empty when it names none.
    QString resolve(const QString &text) const;
    bool add(const QString &text);
    bool remove(const QString &ticker);
    bool move(const QString &ticker, int newIndex);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
        int destinationChild) override;

Q_SIGNALS:
    // Added, removed or moved (not a plain reload of the counts).
    void changed();
    void message(const QString &text);

private:
    void countBuzz();
    void takeCounts(const QList<Storage::TickerSummary> &summaries);

    Storage::Library *m_library = nullptr;
    QList<Storage::WatchItem> m_items;
    Storage::TickerStatsRunner *m_buzzRunner = nullptr; // made when first needed
    std::function<QDateTime()> m_clock;
    Storage::BuzzRule m_rule;
    struct Counts
    {
        Storage::Buzz buzz;
        QList<int> days; // sparklineDays of them, oldest first
    };
    QHash<QString, Counts> m_counts; // by key: the last counts, shown until new ones come
    QDate m_askedToday; // the UTC day the newest request counted to
};

} // namespace Newsdesk::Ui
