#include "controller/savedsearchlist.h"

namespace Newsdesk::Ui {

namespace {

bool report(const Result<void> &done, QString *error)
{
    if (!done && error)
        *error = done.error().message;
    return done.ok();
}

} // namespace

QString SavedSearchList::label(const Storage::SavedSearch &search)
{
    if (!search.name.isEmpty())
        return search.name;
    if (search.builtIn == u"today")
        return tr("Today");
    if (search.builtIn == u"watchlist-24h")
        return tr("Watchlist, last 24 hours");
    return search.query;
}

QList<SavedSearchItem> SavedSearchList::items() const
{
    QList<SavedSearchItem> items;
    if (!m_library.isOpen())
        return items;
    const QList<Storage::SavedSearch> all = m_library.savedSearches().all();
    for (const Storage::SavedSearch &s : all)
        items.append({s.id, label(s), s.query, 0});
    return items;
}

std::optional<qint64> SavedSearchList::add(const QString &name, const QString &query, QString *error) const
{
    const Result<qint64> added = m_library.savedSearches().add(name, query);
    if (!added) {
        if (error)
            *error = added.error().message;
        return std::nullopt;
    }
    return added.value();
}

bool SavedSearchList::rename(qint64 id, const QString &name, QString *error) const
{
    return report(m_library.savedSearches().rename(id, name), error);
}

bool SavedSearchList::setQuery(qint64 id, const QString &query, QString *error) const
{
    return report(m_library.savedSearches().setQuery(id, query), error);
}

bool SavedSearchList::remove(qint64 id, QString *error) const
{
    return report(m_library.savedSearches().remove(id), error);
}

bool SavedSearchList::move(qint64 id, int newIndex, QString *error) const
{
    return report(m_library.savedSearches().move(id, newIndex), error);
}

} // namespace Newsdesk::Ui
