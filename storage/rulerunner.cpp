#include "storage/rulerunner.h"

#include "storage/articlecodec.h"
#include "storage/connection.h"
#include "storage/ids.h"
#include "storage/labelstore.h"
#include "storage/listquery.h"
#include "storage/rules.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRules, "newsdesk.storage.rules", QtInfoMsg)

namespace Newsdesk::Storage {

QList<Rule> RuleRunner::rules() const
{
    QList<Rule> rules;
    Result<Rows> rows = m_connection.select(
        QStringLiteral("SELECT id, name, query, labels, mark_read, bookmark, notify, mute, stop FROM rules "
                       "ORDER BY position, id"));
    if (!rows) {
        qCWarning(lcRules).noquote() << "cannot read the rules:" << rows.error().message;
        return rules;
    }
    while (rows->next()) {
        Rule rule;
        rule.id = rows->integer(0);
        rule.name = rows->text(1);
        rule.query = rows->text(2);
        rule.labels = Codec::stringsFromJson(rows->text(3));
        rule.markRead = rows->integer(4) != 0;
        rule.bookmark = rows->integer(5) != 0;
        rule.notify = rows->integer(6) != 0;
        rule.mute = rows->integer(7) != 0;
        rule.stop = rows->integer(8) != 0;
        rules.append(std::move(rule));
    }
    return rules;
}

Result<void> RuleRunner::readBatch(Batch &batch) const
{
    batch.now = QDateTime::currentDateTimeUtc();
    if (!batch.among) {
        batch.names = m_list.tickerNames();
        return {};
    }
    // Of arriving documents only their own company names can matter (a name leads to its ticker's
    // documents); of the whole library, all of them.
    const QString docs = Codec::numbersToJson(*batch.among);
    Result<TickerNames> names = m_list.tickerNamesOf(*batch.among);
    if (!names)
        return names.error();
    batch.names = std::move(*names);
    // A rule about tickers none of the documents is about cannot match them.
    Result<Rows> rows = m_connection.select(
        QStringLiteral("SELECT DISTINCT t.key FROM json_each(?) j JOIN article_tickers t ON t.doc_id = j.value"),
        {docs});
    if (!rows)
        return rows.error();
    batch.keys.emplace();
    while (rows->next())
        batch.keys->insert(rows->text(0));
    if (rows->error())
        return *rows->error();
    return {};
}

Result<QList<DocId>> RuleRunner::matching(const Rule &rule, Batch &batch) const
{
    if (const auto known = batch.found.constFind(rule.query); known != batch.found.cend())
        return *known;
    ListFilter filter;
    filter.search = rule.query;
    filter.among = batch.among;
    filter.now = batch.now;
    const TickerNames &names = batch.names;
    const ListPlan plan(filter, m_connection, [&names]() -> const TickerNames & { return names; });
    QList<DocId> docs;
    const bool aboutOthers = batch.keys && !plan.tickerKeys.isEmpty()
        && std::none_of(plan.tickerKeys.cbegin(), plan.tickerKeys.cend(),
            [&batch](const QString &key) { return batch.keys->contains(key); });
    if (!aboutOthers) {
        Result<QList<DocId>> found
            = m_list.ids(plan, batch.among ? int(batch.among->size()) : ListQuery::everyDocument);
        if (!found)
            return found;
        docs = std::move(*found);
    }
    if (!plan.readsMarks)
        batch.found.insert(rule.query, docs);
    return docs;
}

// Runs an UPDATE … RETURNING id on the documents; the ids it changed.
Result<QList<DocId>> RuleRunner::update(const QString &sql, const QList<DocId> &docs, const QVariantList &before)
{
    Result<Rows> rows = m_connection.select(sql, before + QVariantList{Codec::numbersToJson(docs)});
    if (!rows)
        return rows.error();
    QList<DocId> changed;
    while (rows->next())
        changed.append(rows->integer(0));
    if (rows->error())
        return *rows->error();
    return changed;
}

Result<RuleEffects> RuleRunner::run(const QList<Rule> &rules, const std::optional<QList<DocId>> &among)
{
    RuleEffects effects;
    if (rules.isEmpty() || (among && among->isEmpty()))
        return effects;
    Batch batch;
    batch.among = among;
    if (Result<void> read = readBatch(batch); !read)
        return read.error();
    QSet<DocId> stopped;
    for (const Rule &rule : rules) {
        Result<QList<DocId>> found = matching(rule, batch);
        if (!found)
            return found.error();
        QList<DocId> docs;
        for (const DocId doc : std::as_const(*found)) {
            if (!stopped.contains(doc))
                docs.append(doc);
        }
        if (docs.isEmpty())
            continue;
        for (const QString &label : rule.labels) {
            const Result<QList<DocId>> labelled = m_labels.addWithin(docs, label);
            if (!labelled)
                return labelled.error();
            for (const DocId doc : *labelled)
                effects.changed.insert(doc);
        }
        if (rule.markRead) {
            const Result<QList<DocId>> read
                = update(QStringLiteral(
                             "UPDATE documents SET read = 1 WHERE read = 0 AND id IN (SELECT value FROM json_each(?)) "
                             "RETURNING id"),
                    docs);
            if (!read)
                return read.error();
            // The copy beside the tickers, for the unread counts (migration 3).
            if (!read->isEmpty()) {
                if (Result<void> done = m_connection.run(
                        QStringLiteral("UPDATE article_tickers SET unread = 0 WHERE article_id IN (SELECT t.article_id "
                                       "FROM json_each(?) j JOIN article_tickers t ON t.article_id >= j.value * 64 "
                                       "AND t.article_id < (j.value + 1) * 64)"),
                        {Codec::numbersToJson(*read)});
                    !done) {
                    return done.error();
                }
            }
            for (const DocId doc : *read)
                effects.changed.insert(doc);
        }
        if (rule.bookmark) {
            // The offline copy is recorded as begun, so the next refresh or `bookmark add` makes it.
            const Result<QList<DocId>> marked = update(
                QStringLiteral("UPDATE documents SET bookmarked = ?, offline_copy = coalesce(offline_copy, 0) "
                               "WHERE bookmarked IS NULL AND id IN (SELECT value FROM json_each(?)) RETURNING id"),
                docs, {QDateTime::currentMSecsSinceEpoch()});
            if (!marked)
                return marked.error();
            for (const DocId doc : *marked)
                effects.changed.insert(doc);
        }
        if (rule.mute) {
            const Result<QList<DocId>> muted = update(
                QStringLiteral(
                    "UPDATE documents SET muted = 1 WHERE muted = 0 AND id IN (SELECT value FROM json_each(?)) "
                    "RETURNING id"),
                docs);
            if (!muted)
                return muted.error();
            for (const DocId doc : *muted)
                effects.changed.insert(doc);
        }
        if (rule.notify && among) {
            for (const DocId doc : std::as_const(docs))
                effects.notify[doc].append(rule.name);
        }
        if (rule.stop) {
            for (const DocId doc : std::as_const(docs))
                stopped.insert(doc);
        }
    }
    return effects;
}

Result<void> RuleRunner::runOnArrivals(QList<Result<StoreOutcome>> &outcomes)
{
    QList<DocId> arrived;
    for (const Result<StoreOutcome> &outcome : std::as_const(outcomes)) {
        if (outcome && outcome->newDocument && !arrived.contains(outcome->docId))
            arrived.append(outcome->docId);
    }
    if (arrived.isEmpty())
        return {};
    const QList<Rule> all = rules();
    if (all.isEmpty())
        return {};
    // A failing rule undoes what the rules did, never the articles stored.
    Savepoint savepoint(m_connection);
    if (Result<void> begun = savepoint.begin(); !begun)
        return begun;
    const Result<RuleEffects> effects = run(all, arrived);
    if (!effects) {
        savepoint.rollback();
        return effects.error();
    }
    if (Result<void> released = savepoint.release(); !released)
        return released;
    for (Result<StoreOutcome> &outcome : outcomes) {
        if (outcome && outcome->newDocument)
            outcome->notify = effects->notify.value(outcome->docId);
    }
    return {};
}

} // namespace Newsdesk::Storage
