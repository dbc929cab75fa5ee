#pragma once

#include "storage/library.h"

namespace Newsdesk::Storage {

class Connection;

// What the user did with a document, for all its locales at once: read, bookmarked; and what the
// app knows about it beside its text: where it was fetched from, whether its offline copy is whole.
class DocumentState final
{
public:
    explicit DocumentState(Connection &connection)
        : m_connection(connection)
    {
    }
    Q_DISABLE_COPY_MOVE(DocumentState)

    Result<void> setRead(DocId doc, bool read);
    Result<void> setBookmarked(DocId doc, bool bookmarked);
    Result<void> setOrigin(DocId doc, const QUrl &origin);
    QString originHost(DocId doc) const;
    bool isOriginHost(const QString &host) const;
    Result<void> setOfflineCopy(DocId doc, OfflineCopy state);
    OfflineCopy offlineCopy(DocId doc) const;
    QList<DocId> incompleteOfflineCopies() const;

private:
    Result<void> update(const QString &sql, const QVariantList &values);

    Connection &m_connection;
};

} // namespace Newsdesk::Storage
