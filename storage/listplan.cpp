#include "storage/listplan.h"

#include "core/searchsyntax.h"
#include "core/ticker.h"
#include "storage/articlecodec.h"
#include "storage/connection.h"
#include "storage/ids.h"
#include "storage/searchquery.h"

#include <algorithm>

namespace Newsdesk::Storage {

namespace {

// Tickers a company name can stand for, at most this many (a name like "Inc" is in thousands).
constexpr int maxNamedKeys = 20;

void addKeys(QStringList &keys, const QStringList &tickers)
{
    for (const QString &ticker : tickers) {
        const QString key = Core::Ticker::keyFor(ticker);
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
}

bool isAsciiCode(QStringView text)
{
    if (text.isEmpty() || text.size() > 12)
        return false;
    for (const QChar c : text) {
        if (c.unicode() > 127 || !c.isLetterOrNumber())
            return false;
    }
    return true;
}

// The tickers the whole of the words name: a ticker in any spelling ("0700.HK"), a code without
// its market ("NVDA"), or (three characters or more, two in Chinese) part of a company name as
// Related Stocks write it ("GraniteShares", "腾讯").
QStringList namedTickers(const Core::ParsedSearch &search, Connection &db, const TickerNamesSource &names)
{
    const QString text = search.wordsText().trimmed();
    if (text.isEmpty())
        return {};
    if (Core::Ticker::parse(text))
        return {Core::Ticker::keyFor(text)};
    QStringList keys;
    if (isAsciiCode(text)) {
        const QString code = text.toUpper();
        if (Result<Rows> rows = db.select(QStringLiteral("SELECT DISTINCT key FROM article_tickers WHERE key > ? AND "
                                                         "key < ? LIMIT ?"),
                QVariantList{QVariant(code + u'.'), QVariant(code + u'/'), maxNamedKeys});
            rows) {
            while (rows->next())
                keys.append(rows->text(0));
        }
    }
    bool cjk = false;
    for (const QChar c : text)
        cjk = cjk || c.script() == QChar::Script_Han;
    if (text.size() >= (cjk ? 2 : 3)) {
        for (const auto &[key, name] : names()) {
            if (keys.size() >= maxNamedKeys)
                break;
            if (name.contains(text, Qt::CaseInsensitive) && !keys.contains(key))
                keys.append(key);
        }
    }
    return keys;
}

void addLabels(SqlCondition &documents, const QStringList &labels)
{
    // Not correlated: SQLite lists the label's documents once and probes that list.
    for (const QString &label : labels) {
        documents.add(QStringLiteral(" AND d.id IN (SELECT a.doc_id FROM article_labels a WHERE a.label_id = "
                                     "(SELECT id FROM labels WHERE name = ?))"),
            {label.trimmed()});
    }
}

qint64 startOfDay(QDate date)
{
    return date.startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

void SqlCondition::add(const QString &part, const QVariantList &partValues)
{
    sql += part;
    values += partValues;
}

ListPlan::ListPlan(const ListFilter &filter, Connection &connection, const TickerNamesSource &names)
{
    addKeys(tickerKeys, filter.tickers);
    if (filter.among) {
        if (filter.among->isEmpty()) {
            nothing = true;
            return;
        }
        const auto [low, high] = std::minmax_element(filter.among->begin(), filter.among->end());
        from = *low;
        until = *high + 1;
        QStringList ids;
        for (const DocId doc : *filter.among)
            ids.append(QString::number(doc));
        documents.add(
            QStringLiteral(" AND d.id IN (SELECT value FROM json_each(?))"), {QVariant(u'[' + ids.join(u',') + u']')});
        // A rowid range the full-text index seeks to, rather than checking each of its matches.
        matches.add(QStringLiteral(" AND article_fts.rowid >= ? AND article_fts.rowid < ?"),
            {*low * Ids::slotsPerDocument, (*high + 1) * Ids::slotsPerDocument});
        onlyView = false;
    }
    switch (filter.view) {
    case ListFilter::View::Unread:
        documents.add(QStringLiteral(" AND d.read = 0"));
        readsMarks = true;
        break;
    case ListFilter::View::Bookmarked:
        documents.add(QStringLiteral(" AND d.bookmarked IS NOT NULL"));
        onlyView = false;
        readsMarks = true;
        break;
    case ListFilter::View::UnreadBookmarked:
        documents.add(QStringLiteral(" AND d.read = 0 AND d.bookmarked IS NOT NULL"));
        onlyView = false;
        readsMarks = true;
        break;
    case ListFilter::View::All:
        break;
    }
    if (!filter.site.isEmpty()) {
        QString host = filter.site.toLower();
        host.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        documents.add(QStringLiteral(" AND EXISTS (SELECT 1 FROM articles s WHERE s.doc_id = d.id AND s.url LIKE ? "
                                     "ESCAPE '\\')"),
            {QVariant(u"http%://" + host + u"/%")});
        onlyView = false;
    }
    if (filter.tickerRole >= 0 && !tickerKeys.isEmpty()) {
        documents.add(QStringLiteral(" AND (SELECT min(r.role) FROM article_tickers r WHERE r.doc_id = d.id AND "
                                     "r.key IN (SELECT value FROM json_each(?))) = ?"),
            {Codec::stringsToJson(tickerKeys), filter.tickerRole});
        onlyView = false;
    }
    if (!filter.locale.isEmpty()) {
        locale = filter.locale;
        documents.add(QStringLiteral(" AND EXISTS (SELECT 1 FROM articles l WHERE l.doc_id = d.id AND l.locale = ?)"),
            {filter.locale});
        onlyView = false;
    }
    if (!filter.labels.isEmpty()) {
        addLabels(documents, filter.labels);
        onlyView = false;
        readsMarks = true;
    }
    if (filter.search.trimmed().isEmpty()) {
        // Muted documents (a rule's doing) are left out of All and Unread alone.
        if ((filter.view == ListFilter::View::All || filter.view == ListFilter::View::Unread)
            && filter.tickers.isEmpty() && filter.site.isEmpty() && filter.labels.isEmpty() && !filter.among) {
            documents.add(QStringLiteral(" AND d.muted = 0"));
            readsMarks = true;
        }
        return;
    }

    const Core::ParsedSearch search
        = SearchQuery::parse(filter.search, filter.typing ? Core::SearchMode::Typing : Core::SearchMode::Submitted);
    const SearchQuery::Compiled compiled = SearchQuery::compile(search);
    match = compiled.match;
    if (match.isEmpty() && compiled.excludedMatch.isEmpty() && search.onlyWords()) {
        nothing = true;
        return;
    }
    if (search.unread && filter.view != ListFilter::View::Unread && filter.view != ListFilter::View::UnreadBookmarked) {
        documents.add(QStringLiteral(" AND d.read = 0"));
        readsMarks = true;
    }
    if (search.bookmarked) {
        documents.add(QStringLiteral(" AND d.bookmarked IS NOT NULL"));
        onlyView = false;
        readsMarks = true;
    }
    if (search.after.isValid()) {
        documents.add(QStringLiteral(" AND d.published >= ?"), {startOfDay(search.after)});
        onlyView = false;
    }
    if (const QDateTime start = search.withinStart(filter.now.isValid() ? filter.now : QDateTime::currentDateTimeUtc());
        start.isValid()) {
        // Undated documents count from when they were stored (their id's time, ids.h).
        since = start.toMSecsSinceEpoch();
        documents.add(QStringLiteral(" AND COALESCE(d.published, d.added) >= ?"), {since});
        onlyView = false;
    }
    if (!search.labels.isEmpty()) {
        addLabels(documents, search.labels);
        onlyView = false;
        readsMarks = true;
    }
    if (search.watchlist) {
        documents.add(QStringLiteral(" AND EXISTS (SELECT 1 FROM article_tickers w WHERE w.doc_id = d.id AND "
                                     "w.key IN (SELECT key FROM watchlist))"));
        onlyView = false;
    }
    if (search.before.isValid()) {
        documents.add(QStringLiteral(" AND d.published < ?"), {startOfDay(search.before)});
        onlyView = false;
    }
    if (!search.tickers.isEmpty()) {
        if (tickerKeys.isEmpty()) {
            addKeys(tickerKeys, search.tickers);
        } else {
            QStringList keys;
            addKeys(keys, search.tickers);
            documents.add(QStringLiteral(" AND EXISTS (SELECT 1 FROM article_tickers q WHERE q.doc_id = d.id AND "
                                         "q.key IN (SELECT value FROM json_each(?)))"),
                {Codec::stringsToJson(keys)});
            onlyView = false;
        }
    }
    // With words, the full-text match leaves out what is excluded; without, the documents do.
    // Among a few documents, only their span of the index is read (not every match of the word).
    const QString excludedSql = until
        ? QStringLiteral(" AND d.id NOT IN (SELECT rowid / 64 FROM article_fts WHERE article_fts MATCH ? AND "
                         "rowid >= ? AND rowid < ?)")
        : QStringLiteral(" AND d.id NOT IN (SELECT rowid / 64 FROM article_fts WHERE article_fts MATCH ?)");
    const QVariantList excludedValues = until
        ? QVariantList{compiled.excludedMatch, from * Ids::slotsPerDocument, *until * Ids::slotsPerDocument}
        : QVariantList{compiled.excludedMatch};
    if (!compiled.excludedMatch.isEmpty() && match.isEmpty()) {
        documents.add(excludedSql, excludedValues);
        onlyView = false;
    }
    if (!search.locale.isEmpty()) {
        locale = search.locale;
        matches.add(QStringLiteral(" AND EXISTS (SELECT 1 FROM articles l WHERE l.id = article_fts.rowid AND "
                                   "l.locale = ?)"),
            {locale});
        // Without words (or for the documents named by them) the document needs the variant.
        documents.add(
            QStringLiteral(" AND EXISTS (SELECT 1 FROM articles l WHERE l.doc_id = d.id AND l.locale = ?)"), {locale});
        onlyView = false;
    }
    if (match.isEmpty())
        return;
    namedKeys = namedTickers(search, connection, names);
    named = documents;
    // The sidebar's tickers (a ticker, the watchlist) hold for them too.
    if (!tickerKeys.isEmpty()) {
        named.add(QStringLiteral(" AND EXISTS (SELECT 1 FROM article_tickers v WHERE v.doc_id = d.id AND "
                                 "v.key IN (SELECT value FROM json_each(?)))"),
            {Codec::stringsToJson(tickerKeys)});
    }
    if (!compiled.excludedMatch.isEmpty())
        named.add(excludedSql, excludedValues);
}

} // namespace Newsdesk::Storage
