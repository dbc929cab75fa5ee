#pragma once

#include "storage/library.h"

namespace Newsdesk::Storage {

class Connection;

// Deletes old documents in small transactions (a reader or an import waits at most one batch)
// and returns the freed pages to the file system with incremental_vacuum.
class Retention final
{
public:
    explicit Retention(Connection &connection)
        : m_connection(connection)
    {
    }
    Q_DISABLE_COPY_MOVE(Retention)

    Result<PruneOutcome> prune(const PruneOptions &options);
    // Library::mergeSearchIndex.
    Result<bool> mergeSearchIndex(bool first);

private:
    QString condition(const PruneOptions &options) const;

    Connection &m_connection;
};

} // namespace Newsdesk::Storage
