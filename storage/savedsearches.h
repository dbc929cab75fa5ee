#pragma once

#include "core/result.h"
#include "storage/library.h"

#include <QList>
#include <QString>

namespace Newsdesk::Storage {

class Connection;
class LibraryWriter;

// A search kept by name (a "smart view"): its query in the search language (searchsyntax.h), in
// the user's order. The built-in ones (Today, Watchlist in the last 24 hours) carry a key and no
// name of their own until renamed, so the interface shows them in its language.
struct SavedSearch
{
    qint64 id = 0;
    QString name; // empty for a built-in not renamed
    QString query;
    QString builtIn; // "today", "watchlist-24h", or empty
};

// The filter of a saved search's unread articles: what the sidebar, the CLI and the benchmark count.
ListFilter unreadFilter(const QString &query);

class SavedSearchStore final
{
public:
    explicit SavedSearchStore(Connection &connection)
        : m_connection(connection)
    {
    }
    Q_DISABLE_COPY_MOVE(SavedSearchStore)

    QList<SavedSearch> all() const;
    std::optional<SavedSearch> find(qint64 id) const;
    // By its name as shown (case-insensitive), or a built-in's key.
    std::optional<SavedSearch> findByName(const QString &name) const;
    // A name in use is refused: two entries the user cannot tell apart in the sidebar.
    Result<qint64> add(const QString &name, const QString &query);
    Result<void> rename(qint64 id, const QString &name);
    Result<void> setQuery(qint64 id, const QString &query);
    Result<void> remove(qint64 id);
    Result<void> move(qint64 id, int newIndex);
    // Writes go to `writer` when there is one (Library::open sets it); they wait for it.
    void setWriter(LibraryWriter *writer) { m_writer = writer; }

private:
    Result<void> checkName(const QString &name, qint64 except) const;

    Connection &m_connection;
    LibraryWriter *m_writer = nullptr;
};

} // namespace Newsdesk::Storage
