#include "storage/listquery.h"

#include "core/feeditem.h"
#include "storage/articlecodec.h"
#include "storage/connection.h"
#include "storage/ids.h"
#include "storage/listplan.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcList, "newsdesk.storage.list", QtInfoMsg)

namespace Newsdesk::Storage {

namespace {

constexpr DocId noUpperBound = std::numeric_limits<qint64>::max() / Ids::slotsPerDocument;

QVariant preferred(const QString &locale)
{
    return locale.isEmpty() ? QVariant() : QVariant(locale);
}

// The conditions a full-text match must also meet; `article_fts.rowid / 64` is the document of
// the match.
ListPlan::Condition searchConditions(const ListPlan &plan)
{
    ListPlan::Condition condition = plan.matches;
    if (!plan.documents.sql.isEmpty()) {
        condition.add(
            u" AND EXISTS (SELECT 1 FROM documents d WHERE d.id = article_fts.rowid / 64" + plan.documents.sql + u')',
            plan.documents.values);
    }
    if (!plan.tickerKeys.isEmpty()) {
        // Not correlated: SQLite builds the tickers' documents once and probes it per match (a
        // per-match EXISTS scanned the ticker's rows again for every match: 126 ms for a common
        // word and one ticker on 10,000 articles, against under 5 ms).
        condition.add(QStringLiteral(" AND article_fts.rowid / 64 IN (SELECT t.doc_id FROM article_tickers t WHERE "
                                     "t.key IN (SELECT value FROM json_each(?)))"),
            {Codec::stringsToJson(plan.tickerKeys)});
    }
    return condition;
}

// Two lists of documents, newest first, as one without repeats, cut at `limit`.
QList<DocId> mergeNewestFirst(QList<DocId> a, const QList<DocId> &b, int limit)
{
    a += b;
    std::sort(a.begin(), a.end(), std::greater<>());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    if (a.size() > limit)
        a.resize(limit);
    return a;
}

} // namespace

Result<QList<ListRow>> ListQuery::rows(
    const ListFilter &filter, int limit, std::optional<DocId> before, const QString &preferredLocale) const
{
    if (limit <= 0)
        return QList<ListRow>();
    const ListPlan plan(filter, m_connection, [this]() -> const TickerNames & { return tickerNames(); });
    if (plan.nothing)
        return QList<ListRow>();
    const QString shown = plan.locale.isEmpty() ? preferredLocale : plan.locale;
    QList<qint64> matched;
    const Result<QList<DocId>> found = ids(plan, limit, before, &matched);
    if (!found)
        return found.error();
    return load(*found, shown, matched);
}

Result<QList<DocId>> ListQuery::ids(const ListPlan &plan, int limit, std::optional<DocId> before) const
{
    return ids(plan, limit, before, nullptr);
}

Result<QList<DocId>> ListQuery::ids(
    const ListPlan &plan, int limit, std::optional<DocId> before, QList<qint64> *matchedArticles) const
{
    if (limit <= 0 || plan.nothing)
        return QList<DocId>();
    const DocId upper = std::min(before.value_or(noUpperBound), plan.until.value_or(noUpperBound));
    if (!plan.match.isEmpty()) {
        QList<qint64> matched;
        Result<QList<DocId>> found = searchIds(plan, limit, upper, matched);
        if (!found)
            return found;
        if (matchedArticles)
            *matchedArticles = std::move(matched);
        if (plan.namedKeys.isEmpty())
            return found;
        const Result<QList<DocId>> named = tickerIds(plan.namedKeys, plan.named, false, limit, upper, plan.from);
        if (!named)
            return named.error();
        return mergeNewestFirst(*found, *named, limit);
    }
    if (!plan.tickerKeys.isEmpty())
        return tickerIds(plan.tickerKeys, plan.documents, plan.onlyView, limit, upper, plan.from);
    return viewIds(plan, limit, upper);
}

std::optional<ListRow> ListQuery::row(DocId doc, const QString &preferredLocale) const
{
    const Result<QList<ListRow>> found = load({doc}, preferredLocale);
    if (!found || found->isEmpty())
        return std::nullopt;
    return found->first();
}

// Full-text matches come newest first by rowid; several locales of one document are one row, so
// read a few more matches than needed and continue below the last document until the page is full.
Result<QList<DocId>> ListQuery::searchIds(
    const ListPlan &plan, int limit, DocId before, QList<qint64> &matchedArticles) const
{
    const ListPlan::Condition conditions = searchConditions(plan);
    const QString sql = u"SELECT rowid FROM article_fts WHERE article_fts MATCH ? AND rowid < ?" + conditions.sql
        + u" ORDER BY rowid DESC LIMIT ?";
    const int batch = limit * 3 + 8;
    QList<DocId> ids;
    qint64 belowRow = before * Ids::slotsPerDocument;
    while (ids.size() < limit) {
        QVariantList values{plan.match, belowRow};
        values += conditions.values;
        values.append(batch);
        Result<Rows> rows = m_connection.select(sql, values);
        if (!rows) {
            qCWarning(lcList).noquote() << "search failed:" << plan.match << rows.error().message;
            return rows.error();
        }
        int seen = 0;
        while (rows->next() && ids.size() < limit) {
            ++seen;
            const qint64 articleId = rows->integer(0);
            const DocId doc = Ids::documentOf(articleId);
            if (ids.isEmpty() || ids.last() != doc)
                ids.append(doc);
            matchedArticles.append(articleId);
        }
        if (rows->error())
            return *rows->error();
        if (seen < batch || ids.isEmpty())
            break;
        belowRow = ids.last() * Ids::slotsPerDocument;
    }
    return ids;
}

// The newest documents of each ticker come straight from the (key, doc_id) index; the page is
// the newest of their union.
Result<QList<DocId>> ListQuery::tickerIds(const QStringList &keys, const ListPlan::Condition &documents, bool onlyView,
    int limit, DocId before, DocId from) const
{
    // All and Unread read one index range each (article_tickers_by_key, article_tickers_unread).
    QString sql;
    QVariantList conditionValues;
    if (onlyView && documents.sql.isEmpty()) {
        sql = QStringLiteral("SELECT DISTINCT t.doc_id FROM article_tickers t WHERE t.key = ? AND t.doc_id < ? "
                             "AND t.doc_id >= ? ORDER BY t.doc_id DESC LIMIT ?");
    } else if (onlyView) {
        sql = QStringLiteral("SELECT DISTINCT t.doc_id FROM article_tickers t WHERE t.key = ? AND t.unread = 1 "
                             "AND t.doc_id < ? AND t.doc_id >= ? ORDER BY t.doc_id DESC LIMIT ?");
    } else {
        sql = u"SELECT DISTINCT t.doc_id FROM article_tickers t CROSS JOIN documents d ON d.id = t.doc_id "
              u"WHERE t.key = ? AND t.doc_id < ? AND t.doc_id >= ?"
            + documents.sql + u" ORDER BY t.doc_id DESC LIMIT ?";
        conditionValues = documents.values;
    }
    QList<DocId> ids;
    for (const QString &key : keys) {
        Result<Rows> rows
            = m_connection.select(sql, QVariantList{key, before, from} + conditionValues + QVariantList{limit});
        if (!rows) {
            qCWarning(lcList).noquote() << "ticker filter failed:" << rows.error().message;
            return rows.error();
        }
        while (rows->next())
            ids.append(rows->integer(0));
        if (rows->error())
            return *rows->error();
    }
    return mergeNewestFirst(std::move(ids), {}, limit);
}

Result<QList<DocId>> ListQuery::viewIds(const ListPlan &plan, int limit, DocId before) const
{
    // The partial indexes documents_unread and documents_bookmarked serve the two views.
    const QString sql = u"SELECT d.id FROM documents d WHERE d.id < ? AND d.id >= ?" + plan.documents.sql
        + u" ORDER BY d.id DESC LIMIT ?";
    QList<DocId> ids;
    Result<Rows> rows
        = m_connection.select(sql, QVariantList{before, plan.from} + plan.documents.values + QVariantList{limit});
    if (!rows)
        return rows.error();
    while (rows->next())
        ids.append(rows->integer(0));
    if (rows->error())
        return *rows->error();
    return ids;
}

// A row shows one variant: of a search result, one that matched (the preferred locale if it did);
// otherwise the preferred locale if stored, else the first stored.
Result<QList<ListRow>> ListQuery::load(
    const QList<DocId> &ids, const QString &preferredLocale, const QList<qint64> &matchedArticles) const
{
    if (ids.isEmpty())
        return QList<ListRow>();
    Result<Rows> rows = m_connection.select(
        QStringLiteral(
            "SELECT d.id, d.key, d.published, d.read, d.bookmarked IS NOT NULL, a.locale, a.title, a.summary, a.url, "
            "a.tickers, a.type = ?, (SELECT group_concat(locale, char(10)) FROM "
            "(SELECT locale FROM articles WHERE doc_id = d.id ORDER BY id)) "
            "FROM documents d JOIN articles a ON a.id = "
            "(SELECT id FROM articles WHERE doc_id = d.id "
            "ORDER BY id IN (SELECT value FROM json_each(?)) DESC, locale = ? DESC, id LIMIT 1) "
            "WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY d.id DESC"),
        {Core::feedExcerptType.toString(), Codec::numbersToJson(matchedArticles), preferred(preferredLocale),
            Codec::numbersToJson(ids)});
    if (!rows) {
        qCWarning(lcList).noquote() << "cannot load list rows:" << rows.error().message;
        return rows.error();
    }
    QList<ListRow> result;
    result.reserve(ids.size());
    while (rows->next()) {
        ListRow row;
        row.docId = rows->integer(0);
        row.key = rows->text(1);
        row.published = Codec::timeFromValue(rows->value(2));
        row.read = rows->integer(3) != 0;
        row.bookmarked = rows->integer(4) != 0;
        row.locale = rows->text(5);
        row.title = rows->text(6);
        row.summary = rows->text(7);
        row.url = Codec::urlFromText(rows->text(8));
        row.tickers = rows->text(9).split(u' ', Qt::SkipEmptyParts);
        row.excerpt = rows->integer(10) != 0;
        row.locales = rows->text(11).split(u'\n');
        result.append(std::move(row));
    }
    if (rows->error())
        return *rows->error();
    return result;
}

const TickerNames &ListQuery::tickerNames() const
{
    // data_version moves when another connection commits, total_changes() when this one writes.
    Result<Rows> version = m_connection.select(QStringLiteral("SELECT total_changes()"));
    Result<QVariant> data = m_connection.scalar(QStringLiteral("PRAGMA data_version"));
    const std::pair<qint64, qint64> now{
        data ? data->toLongLong() : -2, version && version->next() ? version->integer(0) : -2};
    if (now == m_namesVersion && now.first != -2)
        return m_names;
    m_names.clear();
    if (Result<Rows> rows = m_connection.select(QStringLiteral(
            "SELECT key, name FROM article_tickers WHERE related = 1 AND name <> '' GROUP BY key, name"));
        rows) {
        while (rows->next())
            m_names.append({rows->text(0), rows->text(1)});
    }
    m_namesVersion = now;
    return m_names;
}

Result<TickerNames> ListQuery::tickerNamesOf(const QList<DocId> &docs) const
{
    Result<Rows> rows = m_connection.select(
        QStringLiteral("SELECT DISTINCT t.key, t.name FROM json_each(?) j JOIN article_tickers t ON t.doc_id = j.value "
                       "WHERE t.related = 1 AND t.name <> ''"),
        {Codec::numbersToJson(docs)});
    if (!rows)
        return rows.error();
    TickerNames names;
    while (rows->next())
        names.append({rows->text(0), rows->text(1)});
    if (rows->error())
        return *rows->error();
    return names;
}

int ListQuery::count(const ListFilter &filter) const
{
    const ListPlan plan(filter, m_connection, [this]() -> const TickerNames & { return tickerNames(); });
    if (plan.nothing)
        return 0;
    QString sql;
    QVariantList values;
    if (!plan.match.isEmpty()) {
        const ListPlan::Condition conditions = searchConditions(plan);
        sql = u"SELECT rowid / 64 AS doc FROM article_fts WHERE article_fts MATCH ?" + conditions.sql;
        values = QVariantList{plan.match} + conditions.values;
        if (!plan.namedKeys.isEmpty()) {
            sql += u" UNION SELECT t.doc_id FROM article_tickers t CROSS JOIN documents d ON d.id = t.doc_id "
                   u"WHERE t.key IN (SELECT value FROM json_each(?))"
                + plan.named.sql;
            values += QVariantList{Codec::stringsToJson(plan.namedKeys)} + plan.named.values;
        }
        sql = u"SELECT count(DISTINCT doc) FROM (" + sql + u')';
    } else if (!plan.tickerKeys.isEmpty()) {
        sql = u"SELECT count(DISTINCT t.doc_id) FROM article_tickers t CROSS JOIN documents d ON d.id = t.doc_id "
              u"WHERE t.key IN (SELECT value FROM json_each(?))"
            + plan.documents.sql;
        values = QVariantList{Codec::stringsToJson(plan.tickerKeys)} + plan.documents.values;
    } else {
        sql = u"SELECT count(*) FROM documents d WHERE 1" + plan.documents.sql;
        values = plan.documents.values;
    }
    Result<Rows> rows = m_connection.select(sql, values);
    if (rows && rows->next())
        return int(rows->integer(0));
    return 0;
}

} // namespace Newsdesk::Storage
