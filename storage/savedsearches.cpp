#include "storage/savedsearches.h"

#include "storage/connection.h"
#include "storage/library.h"
#include "storage/librarywriter.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Newsdesk::Storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsdesk::Storage::SavedSearchStore", text);
}

Error notFound(qint64 id)
{
    return Error::make(Error::Kind::NotFound, tr("There is no saved search %1.").arg(id));
}

} // namespace

ListFilter unreadFilter(const QString &query)
{
    ListFilter unread;
    unread.view = ListFilter::View::Unread;
    unread.search = query;
    return unread;
}

QList<SavedSearch> SavedSearchStore::all() const
{
    QList<SavedSearch> searches;
    Result<Rows> rows = m_connection.select(QStringLiteral(
        "SELECT id, coalesce(name, ''), query, coalesce(built_in, '') FROM saved_searches ORDER BY position, id"));
    if (!rows)
        return searches;
    while (rows->next())
        searches.append({rows->integer(0), rows->text(1), rows->text(2), rows->text(3)});
    rows->finish();
    return searches;
}

std::optional<SavedSearch> SavedSearchStore::find(qint64 id) const
{
    const QList<SavedSearch> searches = all();
    for (const SavedSearch &s : searches) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

std::optional<SavedSearch> SavedSearchStore::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    const QList<SavedSearch> searches = all();
    for (const SavedSearch &s : searches) {
        if (s.name.compare(wanted, Qt::CaseInsensitive) == 0 || (s.name.isEmpty() && s.builtIn == wanted))
            return s;
    }
    return std::nullopt;
}

Result<void> SavedSearchStore::checkName(const QString &name, qint64 except) const
{
    if (name.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("A saved search needs a name."));
    const std::optional<SavedSearch> same = findByName(name);
    if (same && same->id != except)
        return Error::make(
            Error::Kind::InvalidInput, tr("There is already a saved search named “%1”.").arg(name.trimmed()));
    return {};
}

Result<qint64> SavedSearchStore::add(const QString &name, const QString &query)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.savedSearches().add(name, query); });
    if (Result<void> ok = checkName(name, 0); !ok)
        return ok.error();
    if (query.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("A saved search needs something to search for."));
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    if (Result<void> done = m_connection.run(
            QStringLiteral("INSERT INTO saved_searches (name, query, position, added) "
                           "VALUES (?, ?, (SELECT coalesce(max(position) + 1, 0) FROM saved_searches), ?)"),
            {name.trimmed(), query.trimmed(), QDateTime::currentMSecsSinceEpoch()});
        !done) {
        return done.error();
    }
    const qint64 id = m_connection.lastInsertId();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> SavedSearchStore::rename(qint64 id, const QString &name)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.savedSearches().rename(id, name); });
    if (Result<void> ok = checkName(name, id); !ok)
        return ok;
    if (Result<void> done
        = m_connection.run(QStringLiteral("UPDATE saved_searches SET name = ? WHERE id = ?"), {name.trimmed(), id});
        !done) {
        return done;
    }
    return m_connection.changes() == 0 ? Result<void>(notFound(id)) : Result<void>();
}

Result<void> SavedSearchStore::setQuery(qint64 id, const QString &query)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.savedSearches().setQuery(id, query); });
    if (query.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("A saved search needs something to search for."));
    if (Result<void> done
        = m_connection.run(QStringLiteral("UPDATE saved_searches SET query = ? WHERE id = ?"), {query.trimmed(), id});
        !done) {
        return done;
    }
    return m_connection.changes() == 0 ? Result<void>(notFound(id)) : Result<void>();
}

Result<void> SavedSearchStore::remove(qint64 id)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.savedSearches().remove(id); });
    if (Result<void> done = m_connection.run(QStringLiteral("DELETE FROM saved_searches WHERE id = ?"), {id}); !done)
        return done;
    return m_connection.changes() == 0 ? Result<void>(notFound(id)) : Result<void>();
}

Result<void> SavedSearchStore::move(qint64 id, int newIndex)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.savedSearches().move(id, newIndex); });
    QList<SavedSearch> searches = all();
    const auto it = std::find_if(searches.begin(), searches.end(), [id](const SavedSearch &s) { return s.id == id; });
    if (it == searches.end())
        return notFound(id);
    const SavedSearch moved = *it;
    searches.erase(it);
    searches.insert(qBound(0, newIndex, int(searches.size())), moved);
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    for (int i = 0; i < searches.size(); ++i) {
        if (Result<void> done = m_connection.run(
                QStringLiteral("UPDATE saved_searches SET position = ? WHERE id = ?"), {i, searches.at(i).id});
            !done) {
            return done;
        }
    }
    return transaction.commit();
}

} // namespace Newsdesk::Storage
