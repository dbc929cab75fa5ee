#include "storage/retention.h"

#include "storage/connection.h"
#include "storage/ids.h"
#include "storage/searchindexupkeep.h"

#include <QLoggingCategory>

#include <limits>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcRetention, "newsdesk.storage.retention", QtInfoMsg)

namespace Newsdesk::Storage {

// Ids are time-ordered (ids.h): "older than" is one range of the primary key. A document is kept
// when it is bookmarked, labelled or relates to a watchlist ticker, unless the options say otherwise.
QString Retention::condition(const PruneOptions &options) const
{
    QString sql = QStringLiteral("d.id < ?");
    if (!options.includeBookmarked)
        sql += QStringLiteral(" AND d.bookmarked IS NULL");
    if (!options.includeWatched) {
        sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM article_tickers t JOIN watchlist w ON w.key = t.key "
                              "WHERE t.article_id >= d.id * 64 AND t.article_id < d.id * 64 + 64)");
    }
    if (!options.includeLabelled)
        sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM article_labels l WHERE l.doc_id = d.id)");
    return sql;
}

Result<PruneOutcome> Retention::prune(const PruneOptions &options)
{
    PruneOutcome outcome;
    const DocId before = Ids::firstOfSecond(options.olderThan.toSecsSinceEpoch());
    const QString where = condition(options);
    const Result<QVariant> matching
        = m_connection.scalar(u"SELECT count(*) FROM documents d WHERE "_qs + where, {before});
    if (!matching)
        return matching.error();
    outcome.documents = matching->toInt();
    if (options.dryRun || outcome.documents == 0)
        return outcome;

    const Result<QVariant> pagesBefore = m_connection.scalar(QStringLiteral("PRAGMA page_count"));
    const QString batch = u"DELETE FROM documents WHERE id IN (SELECT d.id FROM documents d WHERE "_qs + where
        + u" ORDER BY d.id LIMIT ?)";
    int deleted = 0;
    while (options.limit <= 0 || deleted < options.limit) {
        // Articles, their tickers, full-text rows and image links follow by ON DELETE CASCADE
        // and the full-text delete trigger.
        WriteTransaction transaction(m_connection);
        if (Result<void> begun = transaction.begin(); !begun)
            return begun.error();
        int size = std::max(1, options.batchSize);
        if (options.limit > 0)
            size = std::min(size, options.limit - deleted);
        if (Result<void> done = m_connection.run(batch, {before, size}); !done)
            return done.error();
        const int changed = m_connection.changes();
        if (Result<void> committed = transaction.commit(); !committed)
            return committed.error();
        deleted += changed;
        if (changed == 0)
            break;
        // Freed pages go back in steps as small as the batches.
        if (Result<void> vacuumed = m_connection.execToEnd(QStringLiteral("PRAGMA incremental_vacuum")); !vacuumed)
            qCWarning(lcRetention).noquote() << "space not returned:" << vacuumed.error().message;
    }
    outcome.documents = deleted;
    if (options.limit <= 0 && deleted > 0) {
        for (bool first = true;; first = false) {
            const Result<bool> more = mergeSearchIndex(first);
            if (!more)
                qCWarning(lcRetention).noquote() << "full-text index not merged:" << more.error().message;
            if (!more || !*more)
                break;
        }
    }
    const Result<QVariant> pagesAfter = m_connection.scalar(QStringLiteral("PRAGMA page_count"));
    const Result<QVariant> pageSize = m_connection.scalar(QStringLiteral("PRAGMA page_size"));
    if (pagesBefore && pagesAfter && pageSize)
        outcome.freedBytes = (pagesBefore->toLongLong() - pagesAfter->toLongLong()) * pageSize->toLongLong();
    qCInfo(lcRetention) << "pruned" << deleted << "documents," << outcome.freedBytes << "bytes returned";
    return outcome;
}

// The deletions of a prune go into the full-text index as entries that cancel older ones; only a
// merge of the segments holding both removes them. A negative page count starts a merge of every
// segment into one (an optimize), and the positive steps after it carry it on, each a bounded
// amount of work in its own transaction: SQLite says a step did nothing by changing fewer than two
// rows (FTS5's documentation of 'merge').
Result<bool> Retention::mergeSearchIndex(bool first)
{
    SearchIndexUpkeep upkeep(m_connection);
    const Result<bool> more = upkeep.merge(first ? -SearchIndexUpkeep::pagesPerStep : SearchIndexUpkeep::pagesPerStep);
    if (Result<bool> returned = upkeep.returnFreePages(std::numeric_limits<int>::max()); !returned)
        qCWarning(lcRetention).noquote() << "space not returned:" << returned.error().message;
    return more;
}

} // namespace Newsdesk::Storage
