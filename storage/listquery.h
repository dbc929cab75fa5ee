#pragma once

#include "storage/library.h"
#include "storage/listplan.h"

#include <limits>

namespace Newsdesk::Storage {

class Connection;
struct ListPlan;
struct SqlCondition;

// The article list: which documents a filter selects, newest first, a page at a time, and the
// few columns a row shows. Each filter is driven from the index that yields its newest matches
// first (full-text rowid, ticker key + document id, or the document id), so a page costs about
// the same on a large library as on a small one.
class ListQuery final
{
public:
    explicit ListQuery(Connection &connection)
        : m_connection(connection)
    {
    }
    Q_DISABLE_COPY_MOVE(ListQuery)

    // A limit above any library's document count, small enough that batch sizes stay ints.
    static constexpr int everyDocument = std::numeric_limits<int>::max() / 4;

    // Fails when a row cannot be read (a damaged library), never returns a silently short page.
    Result<QList<ListRow>> rows(
        const ListFilter &filter, int limit, std::optional<DocId> before, const QString &preferredLocale) const;
    std::optional<ListRow> row(DocId doc, const QString &preferredLocale) const;
    int count(const ListFilter &filter) const;
    // The documents of a plan, newest first, without loading their rows (what rules match).
    Result<QList<DocId>> ids(const ListPlan &plan, int limit, std::optional<DocId> before = {}) const;
    // The company names of Related Stocks, read again only after the library changed.
    const TickerNames &tickerNames() const;
    // The company names of these documents' Related Stocks (what arriving documents add).
    Result<TickerNames> tickerNamesOf(const QList<DocId> &docs) const;

private:
    Result<QList<DocId>> ids(
        const ListPlan &plan, int limit, std::optional<DocId> before, QList<qint64> *matchedArticles) const;
    // The documents, and the articles (locale variants) of them that matched.
    Result<QList<DocId>> searchIds(const ListPlan &plan, int limit, DocId before, QList<qint64> &matchedArticles) const;
    // The documents of any of `keys` in [from, before).
    Result<QList<DocId>> tickerIds(const QStringList &keys, const SqlCondition &documents, bool onlyView, int limit,
        DocId before, DocId from) const;
    Result<QList<DocId>> viewIds(const ListPlan &plan, int limit, DocId before) const;
    Result<QList<ListRow>> load(
        const QList<DocId> &ids, const QString &preferredLocale, const QList<qint64> &matchedArticles = {}) const;

    Connection &m_connection;
    mutable TickerNames m_names;
    mutable std::pair<qint64, qint64> m_namesVersion{-1, -1};
};

} // namespace Newsdesk::Storage
