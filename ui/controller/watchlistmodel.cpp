#include "controller/watchlistmodel.h"

#include "core/ticker.h"
#include "storage/tickerstatsrunner.h"

#include <QLocale>
#include <QLoggingCategory>

#include <memory>
#include <numeric>

Q_LOGGING_CATEGORY(lcWatchlistModel, "newsdesk.ui.watchlist")

namespace Newsdesk::Ui {

WatchlistModel::WatchlistModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void WatchlistModel::setLibrary(Storage::Library *library)
{
    m_library = library;
    reload();
}

void WatchlistModel::reload()
{
    QList<Storage::WatchItem> items
        = m_library && m_library->isOpen() ? m_library->watchlist() : QList<Storage::WatchItem>();
    bool sameTickers = items.size() == m_items.size();
    for (qsizetype i = 0; sameTickers && i < items.size(); ++i)
        sameTickers = items.at(i).key == m_items.at(i).key;
    if (sameTickers) {
        // Only the counts or names changed: no reset, so views keep their selection.
        m_items = std::move(items);
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1));
        countBuzz();
        return;
    }
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
    countBuzz();
}

void WatchlistModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    countBuzz();
}

void WatchlistModel::setBuzzRule(const Storage::BuzzRule &rule)
{
    if (rule.factor == m_rule.factor && rule.minimumArticles == m_rule.minimumArticles)
        return;
    m_rule = rule;
    countBuzz();
}

void WatchlistModel::countBuzz()
{
    if (!m_library || !m_library->isOpen() || m_items.isEmpty())
        return;
    if (!m_buzzRunner) {
        m_buzzRunner = new Storage::TickerStatsRunner(m_library->path(), this);
        connect(m_buzzRunner, &Storage::TickerStatsRunner::summarized, this,
            [this](quint64, const QList<Storage::TickerSummary> &summaries) { takeCounts(summaries); });
    }
    const QDateTime now = (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
    m_askedToday = now.date();
    m_buzzRunner->summarize(tickers(), now, m_rule, Storage::TickerStatsRunner::Depth::Glance);
}

void WatchlistModel::takeCounts(const QList<Storage::TickerSummary> &summaries)
{
    // Only the newest request is answered, so the days are those of m_askedToday.
    QHash<QString, Counts> counts;
    for (const Storage::TickerSummary &summary : summaries) {
        Counts &c = counts[summary.key];
        c.buzz = summary.buzz;
        c.days = QList<int>(sparklineDays, 0);
        for (const Storage::DayCount &day : summary.daily) {
            const qint64 age = day.date.daysTo(m_askedToday);
            if (age >= 0 && age < sparklineDays)
                c.days[sparklineDays - 1 - int(age)] = day.count;
        }
    }
    m_counts = std::move(counts);
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1),
            {Qt::ToolTipRole, BuzzRole, BuzzTodayRole, BuzzMeanRole, SparklineRole, RecentRole});
}

QString WatchlistModel::recentText(int documents)
{
    return tr("%n article(s) in the last %1 days", nullptr, documents).arg(sparklineDays);
}

QStringList WatchlistModel::tickers() const
{
    QStringList list;
    for (const Storage::WatchItem &w : m_items)
        list.append(w.ticker);
    return list;
}

int WatchlistModel::rowOf(const QString &ticker) const
{
    const QString key = Core::Ticker::keyFor(ticker);
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).key == key)
            return int(i);
    }
    return -1;
}

QString WatchlistModel::resolve(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (const auto ticker = Core::Ticker::parse(trimmed))
        return ticker->text().toUpper();
    if (!m_library || trimmed.isEmpty() || trimmed.contains(u'.'))
        return {};
    // A bare code: the library's ticker with exactly that code, the most written one first.
    const QStringList known = m_library->knownTickers(trimmed + u'.', 5);
    return known.isEmpty() ? QString() : known.first();
}

bool WatchlistModel::add(const QString &text)
{
    if (!m_library)
        return false;
    const QString ticker = resolve(text);
    if (ticker.isEmpty()) {
        Q_EMIT message(
            tr("“%1” is not a ticker: write CODE.MARKET, for example AAPL.US or 700.HK").arg(text.trimmed()));
        return false;
    }
    if (m_library->isWatched(ticker)) {
        Q_EMIT message(tr("%1 is already on the watchlist").arg(ticker));
        return true;
    }
    // Queued on the library's writer; the list shows it once it is stored.
    auto failed = std::make_shared<bool>(false);
    m_library->submit([ticker, name = m_library->tickerName(ticker)](
                          Storage::Library &library) { return library.addToWatchlist(ticker, name); },
        this,
        [this, ticker, failed](const Result<void> &r) {
            if (!r) {
                *failed = true;
                qCWarning(lcWatchlistModel) << "add to watchlist failed:" << r.error().message;
                Q_EMIT message(tr("Could not add %1 to the watchlist: %2").arg(ticker, r.error().message));
                return;
            }
            reload();
            Q_EMIT changed();
            Q_EMIT message(tr("Added %1 to the watchlist").arg(ticker));
        });
    return !*failed;
}

bool WatchlistModel::remove(const QString &ticker)
{
    if (!m_library)
        return false;
    auto failed = std::make_shared<bool>(false);
    m_library->submit([ticker](Storage::Library &library) { return library.removeFromWatchlist(ticker); }, this,
        [this, ticker, failed](const Result<void> &r) {
            if (!r) {
                *failed = true;
                qCWarning(lcWatchlistModel) << "remove from watchlist failed:" << r.error().message;
                Q_EMIT message(tr("Could not remove %1 from the watchlist: %2").arg(ticker, r.error().message));
                return;
            }
            reload();
            Q_EMIT changed();
            Q_EMIT message(tr("Removed %1 from the watchlist").arg(ticker));
        });
    return !*failed;
}

bool WatchlistModel::move(const QString &ticker, int newIndex)
{
    const int from = rowOf(ticker);
    if (from < 0 || newIndex < 0 || newIndex >= rowCount() || newIndex == from)
        return false;
    // moveRows names the row before which the moved one lands.
    return moveRows({}, from, 1, {}, newIndex > from ? newIndex + 1 : newIndex);
}

bool WatchlistModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
    const QModelIndex &destinationParent, int destinationChild)
{
    if (!m_library || sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount()
        || destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    const QString ticker = m_items.at(sourceRow).ticker;
    const int newIndex = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    // Shown moved at once; the library's writer stores it, and a failure puts the row back.
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    m_items.move(sourceRow, newIndex);
    endMoveRows();
    auto failed = std::make_shared<bool>(false);
    m_library->submit(
        [ticker, newIndex](Storage::Library &library) { return library.moveInWatchlist(ticker, newIndex); }, this,
        [this, ticker, failed](const Result<void> &r) {
            if (!r) {
                *failed = true;
                Q_EMIT message(tr("Could not move %1: %2").arg(ticker, r.error().message));
            }
            reload();
            if (r)
                Q_EMIT changed();
        });
    return !*failed;
}

int WatchlistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant WatchlistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Storage::WatchItem &w = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TickerRole:
        return w.ticker;
    case Qt::ToolTipRole: {
        const QString name = w.name.isEmpty() ? w.ticker : w.name + u" (" + w.ticker + u')';
        const auto counts = m_counts.constFind(w.key);
        if (counts == m_counts.constEnd())
            return name;
        QString tip = name + u'\n' + recentText(std::accumulate(counts->days.cbegin(), counts->days.cend(), 0));
        if (counts->buzz.active)
            tip += u'\n'
                + tr("Buzz: %n article(s) today against a 30-day daily mean of %1", nullptr, counts->buzz.today)
                      .arg(QLocale().toString(counts->buzz.mean, 'f', 1));
        return tip;
    }
    case BuzzRole:
        return m_counts.value(w.key).buzz.active;
    case BuzzTodayRole:
        return m_counts.value(w.key).buzz.today;
    case BuzzMeanRole:
        return m_counts.value(w.key).buzz.mean;
    case SparklineRole:
        if (const auto counts = m_counts.constFind(w.key); counts != m_counts.constEnd())
            return QVariant::fromValue(counts->days);
        return {};
    case RecentRole:
        if (const auto counts = m_counts.constFind(w.key); counts != m_counts.constEnd())
            return std::accumulate(counts->days.cbegin(), counts->days.cend(), 0);
        return {};
    case NameRole:
        return w.name;
    case UnreadRole:
        return w.unread;
    default:
        return {};
    }
}

} // namespace Newsdesk::Ui
