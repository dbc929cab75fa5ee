#include "storage/documentstate.h"

#include "storage/connection.h"
#include "storage/ids.h"

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

Result<void> DocumentState::setOrigin(DocId doc, const QUrl &origin)
{
    // The host alone: what the fetch policy compares.
    const QString host = origin.host(QUrl::FullyDecoded).toLower();
    return update(QStringLiteral("UPDATE documents SET origin_host = ? WHERE id = ?"),
        {host.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(host), doc});
}

QString DocumentState::originHost(DocId doc) const
{
    const Result<QVariant> value
        = m_connection.scalar(QStringLiteral("SELECT origin_host FROM documents WHERE id = ?"), {doc});
    return value && !value->isNull() ? value->toString() : QString();
}

bool DocumentState::isOriginHost(const QString &host) const
{
    const Result<QVariant> value = m_connection.scalar(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM documents WHERE origin_host = ?)"), {host.toLower()});
    return value && value->toInt() == 1;
}

Result<void> DocumentState::setOfflineCopy(DocId doc, OfflineCopy state)
{
    const QVariant value = state == OfflineCopy::None ? QVariant(QMetaType(QMetaType::Int))
                                                      : QVariant(state == OfflineCopy::Complete ? 1 : 0);
    return update(QStringLiteral("UPDATE documents SET offline_copy = ? WHERE id = ?"), {value, doc});
}

OfflineCopy DocumentState::offlineCopy(DocId doc) const
{
    const Result<QVariant> value
        = m_connection.scalar(QStringLiteral("SELECT offline_copy FROM documents WHERE id = ?"), {doc});
    if (!value || value->isNull())
        return OfflineCopy::None;
    return value->toInt() == 1 ? OfflineCopy::Complete : OfflineCopy::Incomplete;
}

QList<DocId> DocumentState::incompleteOfflineCopies() const
{
    QList<DocId> docs;
    Result<Rows> rows = m_connection.select(
        QStringLiteral("SELECT id FROM documents WHERE offline_copy = 0 AND bookmarked IS NOT NULL ORDER BY id DESC"));
    while (rows && rows->next())
        docs.append(rows->value(0).toLongLong());
    return docs;
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
