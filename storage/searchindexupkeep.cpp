#include "storage/searchindexupkeep.h"

#include "storage/connection.h"

#include <sqlite3.h>

namespace Newsdesk::Storage {

Result<bool> SearchIndexUpkeep::step()
{
    const Result<bool> merged = merge(pagesPerStep);
    if (!merged || *merged)
        return merged;
    return returnFreePages(pagesPerStep);
}

// SQLite says a merge step did nothing by changing fewer than two rows (FTS5's documentation of
// 'merge'); a positive step starts only on a level holding `usermerge` segments.
Result<bool> SearchIndexUpkeep::merge(int pages)
{
    const int changesBefore = sqlite3_total_changes(m_connection.handle());
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    if (Result<void> merged
        = m_connection.run(QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES ('merge', ?)"), {pages});
        !merged)
        return merged.error();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return sqlite3_total_changes(m_connection.handle()) - changesBefore >= 2;
}

Result<bool> SearchIndexUpkeep::returnFreePages(int pages)
{
    const Result<QVariant> before = m_connection.scalar(QStringLiteral("PRAGMA freelist_count"));
    if (!before)
        return before.error();
    if (before->toLongLong() == 0)
        return false;
    if (Result<void> vacuumed = m_connection.execToEnd(QStringLiteral("PRAGMA incremental_vacuum(%1)").arg(pages));
        !vacuumed)
        return vacuumed.error();
    const Result<QVariant> after = m_connection.scalar(QStringLiteral("PRAGMA freelist_count"));
    if (!after)
        return after.error();
    // A library made before it could return pages (auto_vacuum off) keeps them: nothing more to do.
    return after->toLongLong() > 0 && after->toLongLong() < before->toLongLong();
}

} // namespace Newsdesk::Storage
