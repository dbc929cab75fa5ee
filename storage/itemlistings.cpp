#include "storage/itemlistings.h"

#include "storage/connection.h"
#include "storage/librarywriter.h"

namespace Newsdesk::Storage {

namespace {

QVariant bytesOrNull(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromLatin1(bytes));
}

} // namespace

Result<void> ItemListings::ensureRow(DocId doc)
{
    return m_connection.run(QStringLiteral("INSERT OR IGNORE INTO item_listings (doc_id) VALUES (?)"), {doc});
}

Result<void> ItemListings::rememberGuid(DocId doc, const QString &feedSite, const QString &guid)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.itemListings().rememberGuid(doc, feedSite, guid); });
    if (guid.isEmpty() || feedSite.isEmpty())
        return {};
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    // The GUID now names this document; an older document that had it keeps its text, not the name.
    if (Result<void> done = m_connection.run(QStringLiteral("UPDATE item_listings SET feed_site = NULL, guid = NULL "
                                                            "WHERE feed_site = ? AND guid = ? AND doc_id <> ?"),
            {feedSite, guid, doc});
        !done) {
        return done;
    }
    if (Result<void> done = ensureRow(doc); !done)
        return done;
    if (Result<void> done = m_connection.run(
            QStringLiteral("UPDATE item_listings SET feed_site = ?, guid = ? WHERE doc_id = ?"), {feedSite, guid, doc});
        !done) {
        return done;
    }
    return transaction.commit();
}

Result<void> ItemListings::rememberValidators(DocId doc, const Validators &validators)
{
    if (m_writer)
        return m_writer->call(
            [&](Library &writer) { return writer.itemListings().rememberValidators(doc, validators); });
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    if (Result<void> done = ensureRow(doc); !done)
        return done;
    if (Result<void> done
        = m_connection.run(QStringLiteral("UPDATE item_listings SET etag = ?, last_modified = ? WHERE doc_id = ?"),
            {bytesOrNull(validators.etag), bytesOrNull(validators.lastModified), doc});
        !done) {
        return done;
    }
    return transaction.commit();
}

std::optional<DocId> ItemListings::findByGuid(const QString &feedSite, const QString &guid) const
{
    if (guid.isEmpty() || feedSite.isEmpty())
        return std::nullopt;
    const Result<QVariant> value = m_connection.scalar(
        QStringLiteral("SELECT doc_id FROM item_listings WHERE feed_site = ? AND guid = ?"), {feedSite, guid});
    if (!value || value->isNull())
        return std::nullopt;
    return value->toLongLong();
}

ItemListings::Validators ItemListings::validators(DocId doc) const
{
    Result<Rows> rows
        = m_connection.select(QStringLiteral("SELECT etag, last_modified FROM item_listings WHERE doc_id = ?"), {doc});
    Validators out;
    if (rows && rows->next()) {
        out.etag = rows->text(0).toLatin1();
        out.lastModified = rows->text(1).toLatin1();
    }
    return out;
}

Result<bool> ItemListings::moveToKey(DocId doc, const QString &key)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.itemListings().moveToKey(doc, key); });
    if (key.isEmpty())
        return false;
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    Result<QVariant> taken = m_connection.scalar(QStringLiteral("SELECT id FROM documents WHERE key = ?"), {key});
    if (!taken)
        return taken.error();
    if (!taken->isNull())
        return taken->toLongLong() == doc;
    Result<QVariant> old = m_connection.scalar(QStringLiteral("SELECT key FROM documents WHERE id = ?"), {doc});
    if (!old)
        return old.error();
    if (old->isNull())
        return false;
    if (Result<void> done = m_connection.run(QStringLiteral("UPDATE documents SET key = ? WHERE id = ?"), {key, doc});
        !done) {
        return done.error();
    }
    if (Result<void> done = m_connection.run(
            QStringLiteral("UPDATE imported_files SET doc_key = ? WHERE doc_key = ?"), {key, old->toString()});
        !done) {
        return done.error();
    }
    // The old link's validators say nothing about the new one.
    if (Result<void> done = m_connection.run(
            QStringLiteral("UPDATE item_listings SET etag = NULL, last_modified = NULL WHERE doc_id = ?"), {doc});
        !done) {
        return done.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return true;
}

} // namespace Newsdesk::Storage
