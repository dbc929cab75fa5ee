#include "storage/keptcounts.h"

#include "storage/articlecodec.h"
#include "storage/connection.h"
#include "storage/ids.h"
#include "storage/listquery.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeptCounts, "newsdesk.storage.keptcounts", QtInfoMsg)

namespace Newsdesk::Storage {

namespace {

// Beyond this many changed documents (a "mark all read", a large import) counting afresh is cheaper.
constexpr int mostChanges = 5000;
// Changed documents further apart than this (in publish time) are re-tested in separate queries:
// each query's full-text part reads the matches between its lowest and highest document, so one
// old article read beside a fresh batch must not make it read the months between them.
constexpr qint64 clusterGap = Ids::sequencePerSecond * 6 * 3600;

// All and Unread without anything else leave out muted documents, which a count among documents
// does not: these few count afresh each time, from the partial index that serves them.
bool plainView(const ListFilter &filter)
{
    return filter.search.trimmed().isEmpty()
        && (filter.view == ListFilter::View::All || filter.view == ListFilter::View::Unread) && filter.tickers.isEmpty()
        && filter.site.isEmpty() && filter.labels.isEmpty();
}

QString filterKey(const ListFilter &filter)
{
    const QChar unit(0x1f);
    return QString::number(int(filter.view)) + unit + filter.tickers.join(unit) + unit + filter.search + unit
        + filter.site + unit + QString::number(filter.tickerRole) + unit + filter.locale + unit
        + QString::number(filter.typing) + unit + filter.labels.join(unit);
}

QString valuesText(const QVariantList &values)
{
    QStringList texts;
    for (const QVariant &value : values)
        texts.append(value.toString());
    return texts.join(QChar(0x1f));
}

// What a plan selects, as the SQL it runs and the keys it looked up: equal meanings, equal matches.
QString meaningOf(const ListPlan &plan)
{
    QStringList tickers = plan.tickerKeys;
    QStringList named = plan.namedKeys;
    tickers.sort();
    named.sort();
    const QChar unit(0x1e);
    return QString::number(plan.nothing) + unit + plan.match + unit + tickers.join(u' ') + unit + named.join(u' ')
        + unit + plan.locale + unit + plan.documents.sql + unit + valuesText(plan.documents.values) + unit
        + plan.matches.sql + unit + valuesText(plan.matches.values) + unit + plan.named.sql + unit
        + valuesText(plan.named.values);
}

// Sorted documents in runs whose neighbours are at most clusterGap apart.
QList<QList<DocId>> clusters(QList<DocId> docs)
{
    std::sort(docs.begin(), docs.end());
    QList<QList<DocId>> runs;
    for (const DocId doc : std::as_const(docs)) {
        if (runs.isEmpty() || doc - runs.last().last() > clusterGap)
            runs.append(QList<DocId>());
        runs.last().append(doc);
    }
    return runs;
}

} // namespace

QList<int> KeptCounts::counts(const QList<ListFilter> &filters)
{
    const std::optional<QList<DocId>> changed = changedSince();
    if (!changed) {
        m_kept.clear();
        m_namesRead = false;
    } else if (!changed->isEmpty()) {
        learnNames(*changed);
    }
    QHash<QString, Kept> kept;
    QList<int> result;
    result.reserve(filters.size());
    for (const ListFilter &asked : filters) {
        if (plainView(asked)) {
            result.append(m_list.count(asked));
            continue;
        }
        ListFilter filter = asked;
        filter.among.reset();
        const ListPlan plan(filter, m_connection, namesSource());
        const QString key = filterKey(filter);
        auto found = kept.find(key);
        if (found == kept.end()) {
            // The meaning without the time: within: moves with the clock, its matches age out below.
            ListFilter timeless = filter;
            timeless.now = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
            const QString meaning = meaningOf(ListPlan(timeless, m_connection, namesSource()));
            Kept entry = m_kept.take(key);
            Result<void> done;
            if (entry.meaning != meaning || !changed || plan.since < entry.since) {
                entry = Kept{meaning, {}, plan.since};
                done = countAfresh(entry, plan);
            } else if (!changed->isEmpty()) {
                done = recount(entry, filter, *changed);
            }
            if (!done) {
                qCWarning(lcKeptCounts).noquote() << "cannot count" << filter.search << done.error().message;
                entry = Kept{}; // counted afresh next time
            }
            found = kept.insert(key, std::move(entry));
        }
        Kept &entry = *found;
        if (plan.since > entry.since) {
            entry.matched.removeIf([since = plan.since](const auto &match) { return match.value() < since; });
            entry.since = plan.since;
        }
        result.append(int(entry.matched.size()));
    }
    m_kept = std::move(kept);
    return result;
}

void KeptCounts::forget()
{
    m_seq = -1;
    m_kept.clear();
    m_namesRead = false;
}

std::optional<QList<DocId>> KeptCounts::changedSince()
{
    // Two subqueries: min() and max() together in one would scan the table instead of seeking.
    Result<Rows> range
        = m_connection.select(QStringLiteral("SELECT (SELECT min(seq) FROM changes), (SELECT max(seq) FROM changes)"));
    if (!range || !range->next()) {
        m_seq = -1; // an older schema read as it is: always afresh
        return std::nullopt;
    }
    const qint64 oldest = range->value(0).isNull() ? 1 : range->integer(0);
    const qint64 newest = range->value(1).isNull() ? 0 : range->integer(1);
    range->finish();
    if (m_seq < 0 || oldest > m_seq + 1 || newest < m_seq) {
        m_seq = newest;
        return std::nullopt;
    }
    Result<Rows> rows
        = m_connection.select(QStringLiteral("SELECT seq, doc_id FROM changes WHERE seq > ? ORDER BY seq"), {m_seq});
    if (!rows)
        return std::nullopt;
    QSet<DocId> docs;
    qint64 seq = m_seq;
    while (rows->next()) {
        seq = rows->integer(0);
        docs.insert(rows->integer(1));
    }
    if (rows->error())
        return std::nullopt;
    m_seq = seq;
    if (docs.contains(0) || docs.size() > mostChanges)
        return std::nullopt;
    return QList<DocId>(docs.cbegin(), docs.cend());
}

const TickerNames &KeptCounts::names()
{
    if (!m_namesRead) {
        m_names = m_list.tickerNames();
        m_nameSet.clear();
        for (const auto &[key, name] : std::as_const(m_names))
            m_nameSet.insert(key + QChar(0x1f) + name);
        m_namesRead = true;
    }
    return m_names;
}

TickerNamesSource KeptCounts::namesSource()
{
    return [this]() -> const TickerNames & {
        return names();
    };
}

// Names only arrive with documents; a deleted document may take the last use of one away, and the
// names are read again (a prune's rare cost).
void KeptCounts::learnNames(const QList<DocId> &changed)
{
    if (!m_namesRead)
        return;
    const QString docs = Codec::numbersToJson(changed);
    const Result<QVariant> gone = m_connection.scalar(
        QStringLiteral(
            "SELECT count(*) FROM json_each(?) j WHERE NOT EXISTS (SELECT 1 FROM documents WHERE id = j.value)"),
        {docs});
    if (!gone || gone->toInt() > 0) {
        m_namesRead = false;
        return;
    }
    const Result<TickerNames> arrived = m_list.tickerNamesOf(changed);
    if (!arrived) {
        m_namesRead = false;
        return;
    }
    for (const auto &[key, name] : *arrived) {
        if (!m_nameSet.contains(key + QChar(0x1f) + name)) {
            m_nameSet.insert(key + QChar(0x1f) + name);
            m_names.append({key, name});
        }
    }
}

Result<void> KeptCounts::countAfresh(Kept &kept, const ListPlan &plan)
{
    if (plan.nothing)
        return {};
    Result<QList<DocId>> ids = m_list.ids(plan, ListQuery::everyDocument);
    if (!ids)
        return ids.error();
    return addMatches(kept, *ids, plan.since != 0);
}

Result<void> KeptCounts::recount(Kept &kept, const ListFilter &filter, const QList<DocId> &changed)
{
    for (const DocId doc : changed)
        kept.matched.remove(doc);
    for (const QList<DocId> &run : clusters(changed)) {
        ListFilter among = filter;
        among.among = run;
        const ListPlan plan(among, m_connection, namesSource());
        if (plan.nothing)
            continue;
        Result<QList<DocId>> ids = m_list.ids(plan, int(run.size()));
        if (!ids)
            return ids.error();
        if (Result<void> added = addMatches(kept, *ids, plan.since != 0); !added)
            return added;
    }
    return {};
}

Result<void> KeptCounts::addMatches(Kept &kept, const QList<DocId> &ids, bool timed)
{
    if (!timed) {
        for (const DocId doc : ids)
            kept.matched.insert(doc, 0);
        return {};
    }
    Result<Rows> rows = m_connection.select(
        QStringLiteral(
            "SELECT id, COALESCE(published, added) FROM documents WHERE id IN (SELECT value FROM json_each(?))"),
        {Codec::numbersToJson(ids)});
    if (!rows)
        return rows.error();
    while (rows->next())
        kept.matched.insert(rows->integer(0), rows->integer(1));
    if (rows->error())
        return *rows->error();
    return {};
}

} // namespace Newsdesk::Storage
