#include "storage/imagestore.h"

#include "storage/connection.h"
#include "storage/librarywriter.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcImages, "newsdesk.storage.images", QtInfoMsg)

namespace Newsdesk::Storage {

namespace {

// Images that a bookmarked document shows: never evicted.
const QLatin1StringView pinnedCondition("EXISTS (SELECT 1 FROM document_images di JOIN documents d ON d.id = di.doc_id "
                                        "WHERE di.image_id = images.id AND d.bookmarked IS NOT NULL)");

} // namespace

ImageStore::ImageStore(Connection &connection)
    : m_connection(connection)
{
}

QString ImageStore::keyFor(const QUrl &source)
{
    return source.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

std::optional<StoredImage> ImageStore::get(const QUrl &source)
{
    qint64 id = 0;
    StoredImage image;
    {
        Result<Rows> rows = m_connection.select(
            QStringLiteral("SELECT images.id, images.mime, image_bytes.bytes FROM images "
                           "JOIN image_bytes ON image_bytes.image_id = images.id WHERE images.url = ?"),
            {keyFor(source)});
        if (!rows || !rows->next())
            return std::nullopt;
        id = rows->integer(0);
        image = StoredImage{rows->value(2).toByteArray(), rows->text(1)};
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Marking it used need not be waited for.
    if (m_writer)
        m_writer->post([id, now](Library &writer) { writer.images().markUsed(id, now); });
    else
        markUsed(id, now);
    return image;
}

void ImageStore::markUsed(qint64 id, qint64 when)
{
    if (const Result<void> done
        = m_connection.run(QStringLiteral("UPDATE images SET used = ? WHERE id = ?"), {when, id});
        !done) {
        qCWarning(lcImages) << done.error().message;
    }
}

bool ImageStore::contains(const QUrl &source) const
{
    const Result<QVariant> found
        = m_connection.scalar(QStringLiteral("SELECT 1 FROM images WHERE url = ?"), {keyFor(source)});
    return found && !found->isNull();
}

Result<void> ImageStore::put(const QUrl &source, const QByteArray &bytes, const QString &mimeType, DocId doc)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.images().put(source, bytes, mimeType, doc); });
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Result<void> done
        = m_connection.run(QStringLiteral("INSERT INTO images (url, mime, size, stored, used) VALUES (?, ?, ?, ?, ?) "
                                          "ON CONFLICT(url) DO UPDATE SET mime = excluded.mime, size = excluded.size, "
                                          "stored = excluded.stored, used = excluded.used"),
            {keyFor(source), mimeType, qint64(bytes.size()), now, now});
    if (!done)
        return done;
    const Result<QVariant> id
        = m_connection.scalar(QStringLiteral("SELECT id FROM images WHERE url = ?"), {keyFor(source)});
    if (!id)
        return id.error();
    if (id->isNull())
        return Error::make(Error::Kind::Database, QStringLiteral("the image row vanished"));
    const qint64 imageId = id->toLongLong();
    done = m_connection.run(QStringLiteral("INSERT INTO image_bytes (image_id, bytes) VALUES (?, ?) "
                                           "ON CONFLICT(image_id) DO UPDATE SET bytes = excluded.bytes"),
        {imageId, bytes});
    if (!done)
        return done;
    if (doc != 0) {
        done = m_connection.run(
            QStringLiteral("INSERT OR IGNORE INTO document_images (doc_id, image_id) VALUES (?, ?)"), {doc, imageId});
        if (!done)
            return done;
    }
    return transaction.commit();
}

Result<void> ImageStore::link(const QUrl &source, DocId doc)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.images().link(source, doc); });
    const Result<void> done = m_connection.run(
        QStringLiteral(
            "INSERT OR IGNORE INTO document_images (doc_id, image_id) SELECT ?, id FROM images WHERE url = ?"),
        {doc, keyFor(source)});
    if (!done)
        return done;
    if (!contains(source))
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("Newsdesk::Storage::ImageStore", "the image is not stored"));
    return {};
}

QList<QUrl> ImageStore::imagesOf(DocId doc) const
{
    QList<QUrl> urls;
    Result<Rows> rows = m_connection.select(
        QStringLiteral("SELECT images.url FROM document_images JOIN images ON images.id = document_images.image_id "
                       "WHERE document_images.doc_id = ? ORDER BY images.url"),
        {doc});
    if (!rows)
        return urls;
    while (rows->next())
        urls.append(QUrl(rows->text(0)));
    return urls;
}

int ImageStore::count() const
{
    const Result<QVariant> value = m_connection.scalar(QStringLiteral("SELECT count(*) FROM images"));
    return value ? value->toInt() : 0;
}

qint64 ImageStore::totalBytes() const
{
    const Result<QVariant> value = m_connection.scalar(QStringLiteral("SELECT coalesce(sum(size), 0) FROM images"));
    return value ? value->toLongLong() : 0;
}

qint64 ImageStore::cacheBytes() const
{
    const Result<QVariant> value
        = m_connection.scalar(u"SELECT coalesce(sum(size), 0) FROM images WHERE NOT " + pinnedCondition);
    return value ? value->toLongLong() : 0;
}

Result<qint64> ImageStore::evict(qint64 limitBytes)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.images().evict(limitBytes); });
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    qint64 total = cacheBytes();
    if (total <= limitBytes)
        return qint64(0);
    QList<qint64> victims;
    qint64 freed = 0;
    {
        Result<Rows> rows
            = m_connection.select(u"SELECT id, size FROM images WHERE NOT " + pinnedCondition + u" ORDER BY used, id");
        if (!rows)
            return rows.error();
        while (total - freed > limitBytes && rows->next()) {
            victims.append(rows->integer(0));
            freed += rows->integer(1);
        }
    }
    for (const qint64 id : victims) {
        // image_bytes and document_images follow by ON DELETE CASCADE.
        if (Result<void> done = m_connection.run(QStringLiteral("DELETE FROM images WHERE id = ?"), {id}); !done)
            return done.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    qCDebug(lcImages) << "evicted" << victims.size() << "images," << freed << "bytes";
    return freed;
}

Result<int> ImageStore::dropImagesOf(DocId doc)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.images().dropImagesOf(doc); });
    const Result<void> done = m_connection.run(
        u"DELETE FROM images WHERE id IN (SELECT image_id FROM document_images WHERE doc_id = ?) AND NOT "
            + pinnedCondition,
        {doc});
    if (!done)
        return done.error();
    return m_connection.changes();
}

} // namespace Newsdesk::Storage
