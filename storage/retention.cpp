#include "retention.h"

#include "connection.h"
#include "ids.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRetention, "newsdesk.storage.retention", QtInfoMsg)

namespace Newsdesk::Storage {

// Ids are time-ordered (ids.h): "older than" is one range of the primary key. A document is kept
// when it is bookmarked or relates to a watchlist ticker, unless the options say otherwise.
QString Retention::condition(const PruneOptions &options) const
{
    QString sql = QStringLiteral("d.id < ?");
    if (!options.includeBookmarked)
        sql += QStringLiteral(" AND d.bookmarked IS NULL");
    if (!options.includeWatched) {
        sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM article_tickers t JOIN watchlist w ON w.key = t.key "
                              "WHERE t.article_id >= d.id * 64 AND t.article_id < d.id * 64 + 64)");
    }
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
    for (;;) {
        // Articles, their tickers, full-text rows and image links follow by ON DELETE CASCADE
        // and the full-text delete trigger.
        WriteTransaction transaction(m_connection);
        if (Result<void> begun = transaction.begin(); !begun)
            return begun.error();
        if (Result<void> done = m_connection.run(batch, {before, std::max(1, options.batchSize)}); !done)
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
    const Result<QVariant> pagesAfter = m_connection.scalar(QStringLiteral("PRAGMA page_count"));
    const Result<QVariant> pageSize = m_connection.scalar(QStringLiteral("PRAGMA page_size"));
    if (pagesBefore && pagesAfter && pageSize)
        outcome.freedBytes = (pagesBefore->toLongLong() - pagesAfter->toLongLong()) * pageSize->toLongLong();
    qCInfo(lcRetention) << "pruned" << deleted << "documents," << outcome.freedBytes << "bytes returned";
    return outcome;
}

} // namespace Newsdesk::Storage
