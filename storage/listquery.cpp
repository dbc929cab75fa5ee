#include "listquery.h"

#include "articlecodec.h"
#include "connection.h"
#include "ids.h"
#include "searchquery.h"
#include "ticker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcList, "newsdesk.storage.list", QtInfoMsg)

namespace Newsdesk::Storage {

namespace {

constexpr DocId noUpperBound = std::numeric_limits<qint64>::max() / Ids::slotsPerDocument;

QString viewCondition(ListFilter::View view)
{
    switch (view) {
    case ListFilter::View::Unread:
        return QStringLiteral(" AND d.read = 0");
    case ListFilter::View::Bookmarked:
        return QStringLiteral(" AND d.bookmarked IS NOT NULL");
    case ListFilter::View::UnreadBookmarked:
        return QStringLiteral(" AND d.read = 0 AND d.bookmarked IS NOT NULL");
    case ListFilter::View::All:
        break;
    }
    return {};
}

// Documents `d` with a variant on the host (http or https, any path).
QString siteCondition(const ListFilter &filter)
{
    if (filter.site.isEmpty())
        return {};
    return QStringLiteral(" AND EXISTS (SELECT 1 FROM articles s WHERE s.doc_id = d.id AND s.url LIKE ? ESCAPE '\\')");
}

QVariantList siteValues(const ListFilter &filter)
{
    if (filter.site.isEmpty())
        return {};
    QString host = filter.site.toLower();
    host.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return {QVariant(u"http%://" + host + u"/%")};
}

QStringList tickerKeys(const QStringList &tickers)
{
    QStringList keys;
    for (const QString &ticker : tickers) {
        const QString key = Core::Ticker::keyFor(ticker);
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QString jsonList(const QStringList &strings)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(strings)).toJson(QJsonDocument::Compact));
}

QString jsonList(const QList<DocId> &ids)
{
    QString json(u'[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += u',';
        json += QString::number(ids.at(i));
    }
    return json + u']';
}

QVariant preferred(const QString &locale)
{
    return locale.isEmpty() ? QVariant() : QVariant(locale);
}

// The document-level conditions a full-text match must also meet; `article_fts.rowid / 64` is
// the document of the match.
QString searchConditions(const ListFilter &filter, bool withTickers)
{
    QString sql;
    if (filter.view != ListFilter::View::All || !filter.site.isEmpty()) {
        sql += u" AND EXISTS (SELECT 1 FROM documents d WHERE d.id = article_fts.rowid / 64" + viewCondition(filter.view)
            + siteCondition(filter) + u')';
    }
    if (withTickers) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM article_tickers t WHERE t.article_id >= article_fts.rowid / 64 * 64"
                              " AND t.article_id < article_fts.rowid / 64 * 64 + 64"
                              " AND t.key IN (SELECT value FROM json_each(?)))");
    }
    return sql;
}

} // namespace

Result<QList<ListRow>> ListQuery::rows(const ListFilter &filter, int limit, std::optional<DocId> before,
                                       const QString &preferredLocale) const
{
    if (limit <= 0)
        return QList<ListRow>();
    const DocId upper = before.value_or(noUpperBound);
    Result<QList<DocId>> ids = QList<DocId>();
    if (!filter.search.trimmed().isEmpty()) {
        const QString match = SearchQuery::toFts5(filter.search);
        if (match.isEmpty())
            return QList<ListRow>();
        QList<qint64> matched;
        ids = searchIds(match, filter, limit, upper, matched);
        if (!ids)
            return ids.error();
        return load(*ids, preferredLocale, matched);
    } else if (!filter.tickers.isEmpty()) {
        ids = tickerIds(tickerKeys(filter.tickers), filter, limit, upper);
    } else {
        ids = viewIds(filter, limit, upper);
    }
    if (!ids)
        return ids.error();
    return load(*ids, preferredLocale);
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
Result<QList<DocId>> ListQuery::searchIds(const QString &match, const ListFilter &filter, int limit, DocId before,
                                          QList<qint64> &matchedArticles) const
{
    const QStringList keys = tickerKeys(filter.tickers);
    const QString sql = u"SELECT rowid FROM article_fts WHERE article_fts MATCH ? AND rowid < ?"
        + searchConditions(filter, !keys.isEmpty()) + u" ORDER BY rowid DESC LIMIT ?";
    const int batch = limit * 3 + 8;
    QList<DocId> ids;
    qint64 belowRow = before * Ids::slotsPerDocument;
    while (ids.size() < limit) {
        QVariantList values{match, belowRow};
        values.append(siteValues(filter));
        if (!keys.isEmpty())
            values.append(jsonList(keys));
        values.append(batch);
        Result<Rows> rows = m_connection.select(sql, values);
        if (!rows) {
            qCWarning(lcList).noquote() << "search failed:" << match << rows.error().message;
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
Result<QList<DocId>> ListQuery::tickerIds(const QStringList &keys, const ListFilter &filter, int limit, DocId before) const
{
    // All and Unread read one index range each (article_tickers_by_key, article_tickers_unread).
    const ListFilter::View view = filter.site.isEmpty() ? filter.view : ListFilter::View::Bookmarked;
    QString sql;
    switch (view) {
    case ListFilter::View::All:
        sql = QStringLiteral("SELECT DISTINCT t.doc_id FROM article_tickers t WHERE t.key = ? AND t.doc_id < ? "
                             "ORDER BY t.doc_id DESC LIMIT ?");
        break;
    case ListFilter::View::Unread:
        sql = QStringLiteral("SELECT DISTINCT t.doc_id FROM article_tickers t WHERE t.key = ? AND t.unread = 1 "
                             "AND t.doc_id < ? ORDER BY t.doc_id DESC LIMIT ?");
        break;
    case ListFilter::View::Bookmarked:
    case ListFilter::View::UnreadBookmarked:
        sql = u"SELECT DISTINCT t.doc_id FROM article_tickers t CROSS JOIN documents d ON d.id = t.doc_id "
              u"WHERE t.key = ? AND t.doc_id < ?" + viewCondition(filter.view) + siteCondition(filter)
            + u" ORDER BY t.doc_id DESC LIMIT ?";
        break;
    }
    QList<DocId> ids;
    for (const QString &key : keys) {
        Result<Rows> rows = m_connection.select(sql, QVariantList{key, before} + siteValues(filter) + QVariantList{limit});
        if (!rows) {
            qCWarning(lcList).noquote() << "ticker filter failed:" << rows.error().message;
            return rows.error();
        }
        while (rows->next())
            ids.append(rows->integer(0));
        if (rows->error())
            return *rows->error();
    }
    std::sort(ids.begin(), ids.end(), std::greater<>());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.size() > limit)
        ids.resize(limit);
    return ids;
}

Result<QList<DocId>> ListQuery::viewIds(const ListFilter &filter, int limit, DocId before) const
{
    // The partial indexes documents_unread and documents_bookmarked serve the two views.
    const QString sql = u"SELECT d.id FROM documents d WHERE d.id < ?" + viewCondition(filter.view)
        + siteCondition(filter) + u" ORDER BY d.id DESC LIMIT ?";
    QList<DocId> ids;
    Result<Rows> rows = m_connection.select(sql, QVariantList{before} + siteValues(filter) + QVariantList{limit});
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
Result<QList<ListRow>> ListQuery::load(const QList<DocId> &ids, const QString &preferredLocale,
                                       const QList<qint64> &matchedArticles) const
{
    if (ids.isEmpty())
        return QList<ListRow>();
    Result<Rows> rows = m_connection.select(
        QStringLiteral(
            "SELECT d.id, d.key, d.published, d.read, d.bookmarked IS NOT NULL, a.locale, a.title, a.summary, a.url, "
            "a.tickers, (SELECT group_concat(locale, char(10)) FROM "
            "(SELECT locale FROM articles WHERE doc_id = d.id ORDER BY id)) "
            "FROM documents d JOIN articles a ON a.id = "
            "(SELECT id FROM articles WHERE doc_id = d.id "
            "ORDER BY id IN (SELECT value FROM json_each(?)) DESC, locale = ? DESC, id LIMIT 1) "
            "WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY d.id DESC"),
        {jsonList(matchedArticles), preferred(preferredLocale), jsonList(ids)});
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
        row.locales = rows->text(10).split(u'\n');
        result.append(std::move(row));
    }
    if (rows->error())
        return *rows->error();
    return result;
}

int ListQuery::count(const ListFilter &filter) const
{
    const QStringList keys = tickerKeys(filter.tickers);
    if (!filter.search.trimmed().isEmpty()) {
        const QString match = SearchQuery::toFts5(filter.search);
        if (match.isEmpty())
            return 0;
        const QString sql = u"SELECT count(DISTINCT rowid / 64) FROM article_fts WHERE article_fts MATCH ?"
            + searchConditions(filter, !keys.isEmpty());
        QVariantList values = QVariantList{match} + siteValues(filter);
        if (!keys.isEmpty())
            values.append(jsonList(keys));
        Result<Rows> rows = m_connection.select(sql, values);
        if (rows && rows->next())
            return int(rows->integer(0));
        return 0;
    }
    Result<Rows> rows = keys.isEmpty()
        ? m_connection.select(u"SELECT count(*) FROM documents d WHERE 1" + viewCondition(filter.view)
                                  + siteCondition(filter),
                              siteValues(filter))
        : m_connection.select(u"SELECT count(DISTINCT t.doc_id) FROM article_tickers t CROSS JOIN documents d "
                              u"ON d.id = t.doc_id WHERE t.key IN (SELECT value FROM json_each(?))"
                                  + viewCondition(filter.view) + siteCondition(filter),
                              QVariantList{jsonList(keys)} + siteValues(filter));
    if (rows && rows->next())
        return int(rows->integer(0));
    return 0;
}

} // namespace Newsdesk::Storage
