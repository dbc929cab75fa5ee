#pragma once

#include "library.h"

namespace Newsdesk::Storage {

class Connection;

// What the user did with a document, for all its locales at once: read, bookmarked.
class DocumentState final
{
public:
    explicit DocumentState(Connection &connection) : m_connection(connection) {}
    Q_DISABLE_COPY_MOVE(DocumentState)

    Result<void> setRead(DocId doc, bool read);
    Result<void> setBookmarked(DocId doc, bool bookmarked);

private:
    Result<void> update(const QString &sql, const QVariantList &values);

    Connection &m_connection;
};

} // namespace Newsdesk::Storage
