#include "documentstate.h"

#include "connection.h"
#include "ids.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Newsdesk::Storage {

Result<void> DocumentState::setRead(DocId doc, bool read)
{
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    if (Result<void> done = update(QStringLiteral("UPDATE documents SET read = ? WHERE id = ?"), {read ? 1 : 0, doc});
        !done) {
        return done;
    }
    // The copy beside the tickers, for the unread counts (migration 3).
    if (Result<void> done = m_connection.run(
            QStringLiteral("UPDATE article_tickers SET unread = ? WHERE article_id >= ? AND article_id < ?"),
            {read ? 0 : 1, Ids::articleId(doc, 0), Ids::articleId(doc + 1, 0)});
        !done) {
        return done;
    }
    return transaction.commit();
}

Result<void> DocumentState::setBookmarked(DocId doc, bool bookmarked)
{
    // Bookmarking again keeps the first bookmark time.
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    if (Result<void> done = update(QStringLiteral("UPDATE documents SET bookmarked = CASE WHEN ? THEN "
                                                  "coalesce(bookmarked, ?) ELSE NULL END WHERE id = ?"),
                                   {bookmarked ? 1 : 0, QDateTime::currentMSecsSinceEpoch(), doc});
        !done) {
        return done;
    }
    return transaction.commit();
}

// One statement on one document; NotFound when there is no such document.
Result<void> DocumentState::update(const QString &sql, const QVariantList &values)
{
    if (Result<void> done = m_connection.run(sql, values); !done)
        return done;
    if (m_connection.changes() == 0)
        return Error::make(
            Error::Kind::NotFound, QCoreApplication::translate("Newsdesk::Storage::DocumentState", "no such document"));
    return {};
}

} // namespace Newsdesk::Storage
