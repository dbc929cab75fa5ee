#pragma once

#include "core/result.h"
#include "storage/library.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Newsdesk::Storage {

class Connection;
class LibraryWriter;

// What a feed said about each stored item beyond its text: the GUID (or Atom id) that keeps its
// identity when its link changes, and the validators of the item's own fetch, so that a refresh
// asks for the linked document conditionally. GUIDs are scoped by the site of the feed that
// listed them: another feed's GUID never names this feed's article.
class ItemListings final
{
public:
    explicit ItemListings(Connection &connection)
        : m_connection(connection)
    {
    }
    Q_DISABLE_COPY_MOVE(ItemListings)

    struct Validators
    {
        QByteArray etag;
        QByteArray lastModified;
    };

    // Remembers the GUID an item was listed with (empty: keeps the one stored).
    Result<void> rememberGuid(DocId doc, const QString &feedSite, const QString &guid);
    // Remembers the validators of the document's last full answer (empty ones clear them).
    Result<void> rememberValidators(DocId doc, const Validators &validators);
    // The document a feed on `feedSite` listed with this GUID before.
    std::optional<DocId> findByGuid(const QString &feedSite, const QString &guid) const;
    Validators validators(DocId doc) const;
    // Gives the document the key of its item's new link; refused (false) when that key names
    // another document already.
    Result<bool> moveToKey(DocId doc, const QString &key);

    // Writes go to the library's writer when one is open (its connection is then the only one
    // that writes; this one reads).
    void setWriter(LibraryWriter *writer) { m_writer = writer; }

private:
    Result<void> ensureRow(DocId doc);

    Connection &m_connection;
    LibraryWriter *m_writer = nullptr;
};

} // namespace Newsdesk::Storage
