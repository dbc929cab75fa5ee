#pragma once

#include "core/result.h"

namespace Newsdesk::Storage {

class Connection;

// Keeps the full-text index in shape between writes. A write only adds small segments: FTS5's
// automerge is off, because merging inside the writer's transaction made an import into a large
// library wait on merges of gigabytes (a batch of 100 articles into 527k ran over ten minutes).
// The merging happens here instead, in bounded steps, each its own short transaction, and the
// pages a merge frees go back to the file system afterwards.
class SearchIndexUpkeep final
{
public:
    // About this many pages of work per step: tens of milliseconds.
    static constexpr int pagesPerStep = 500;

    explicit SearchIndexUpkeep(Connection &connection)
        : m_connection(connection)
    {
    }
    Q_DISABLE_COPY_MOVE(SearchIndexUpkeep)

    // Merges a level that holds `usermerge` (16) segments or more, or, when none does, returns up
    // to a step's worth of free pages. True while there is more to do.
    Result<bool> step();

    // One merge step of `pages` pages (negative: merge everything into one segment, which the
    // next positive steps carry on). True if it did any work.
    Result<bool> merge(int pages);
    // Returns up to `pages` free pages to the file system. True if free pages remain.
    Result<bool> returnFreePages(int pages);

private:
    Connection &m_connection;
};

} // namespace Newsdesk::Storage
