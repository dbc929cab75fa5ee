#pragma once

#include "storage/library.h"
#include "storage/savedsearches.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Newsdesk::Ui {

// One saved search as the sidebar shows it.
struct SavedSearchItem
{
    qint64 id = 0;
    QString label; // its name, or a built-in's name in the interface language
    QString query;
    int unread = 0;
};

// The saved searches of a library for the sidebar: their names in the interface language, their
// unread counts, and the edits the user makes, each failure said in a sentence.
class SavedSearchList final
{
    Q_DECLARE_TR_FUNCTIONS(SavedSearchList)

public:
    explicit SavedSearchList(Storage::Library &library)
        : m_library(library)
    {
    }

    // Without counts (unread 0): the sidebar counts Storage::unreadFilter() of each off the GUI thread.
    QList<SavedSearchItem> items() const;
    static QString label(const Storage::SavedSearch &search);

    // Each returns the saved search's id, or an empty optional with `error` set.
    std::optional<qint64> add(const QString &name, const QString &query, QString *error) const;
    bool rename(qint64 id, const QString &name, QString *error) const;
    bool setQuery(qint64 id, const QString &query, QString *error) const;
    bool remove(qint64 id, QString *error) const;
    bool move(qint64 id, int newIndex, QString *error) const;

private:
    Storage::Library &m_library;
};

} // namespace Newsdesk::Ui
