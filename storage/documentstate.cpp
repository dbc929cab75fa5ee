#include "documentstate.h"

#include "connection.h"

#include <QDateTime>

namespace Newsdesk::Storage {

Result<void> DocumentState::setRead(DocId doc, bool read)
{
    return update(QStringLiteral("UPDATE documents SET read = ? WHERE id = ?"), {read ? 1 : 0, doc});
}

Result<void> DocumentState::setBookmarked(DocId doc, bool bookmarked)
{
    // Bookmarking again keeps the first bookmark time.
    return update(QStringLiteral("UPDATE documents SET bookmarked = CASE WHEN ? THEN coalesce(bookmarked, ?) "
                                 "ELSE NULL END WHERE id = ?"),
                  {bookmarked ? 1 : 0, QDateTime::currentMSecsSinceEpoch(), doc});
}

Result<void> DocumentState::update(const QString &sql, const QVariantList &values)
{
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    if (Result<void> done = m_connection.run(sql, values); !done)
        return done;
    if (m_connection.changes() == 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("no such document"));
    return transaction.commit();
}

} // namespace Newsdesk::Storage
