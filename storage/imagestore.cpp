#include "imagestore.h"

#include "sqlhelpers_net.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcImages, "newsdesk.storage.images", QtInfoMsg)

namespace Newsdesk::Storage {

using namespace NetSql;

namespace {

// Images that a bookmarked document shows: never evicted.
const QLatin1StringView pinnedCondition(
    "EXISTS (SELECT 1 FROM document_images di JOIN documents d ON d.id = di.doc_id "
    "WHERE di.image_id = images.id AND d.bookmarked IS NOT NULL)");

} // namespace

ImageStore::ImageStore(const Library &library) : m_connectionName(library.connectionName()) {}

QString ImageStore::keyFor(const QUrl &source)
{
    return source.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

std::optional<StoredImage> ImageStore::get(const QUrl &source)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT images.id, images.mime, image_bytes.bytes FROM images "
                            "JOIN image_bytes ON image_bytes.image_id = images.id WHERE images.url = ?"),
             {keyFor(source)}, QStringLiteral("reading an image"))
        || !query.next())
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    StoredImage image{query.value(2).toByteArray(), query.value(1).toString()};
    query.finish();
    QSqlQuery touch(db);
    if (const Result<void> done = run(touch, QStringLiteral("UPDATE images SET used = ? WHERE id = ?"),
                                      {QDateTime::currentMSecsSinceEpoch(), id}, QStringLiteral("marking an image used"));
        !done) {
        qCWarning(lcImages) << done.error().message;
    }
    return image;
}

bool ImageStore::contains(const QUrl &source) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return run(query, QStringLiteral("SELECT 1 FROM images WHERE url = ?"), {keyFor(source)}, QStringLiteral("looking up an image"))
           && query.next();
}

Result<void> ImageStore::put(const QUrl &source, const QByteArray &bytes, const QString &mimeType, DocId doc)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(db);
    Result<void> done = run(query,
        QStringLiteral("INSERT INTO images (url, mime, size, stored, used) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT(url) DO UPDATE SET mime = excluded.mime, size = excluded.size, "
                       "stored = excluded.stored, used = excluded.used"),
        {keyFor(source), text(mimeType), qint64(bytes.size()), now, now}, QStringLiteral("storing an image"));
    if (!done)
        return done;
    QSqlQuery id(db);
    if (done = run(id, QStringLiteral("SELECT id FROM images WHERE url = ?"), {keyFor(source)}, QStringLiteral("storing an image"));
        !done || !id.next())
        return done ? Error::make(Error::Kind::Database, QStringLiteral("the image row vanished")) : done;
    const qint64 imageId = id.value(0).toLongLong();
    id.finish();
    QSqlQuery blob(db);
    done = run(blob,
               QStringLiteral("INSERT INTO image_bytes (image_id, bytes) VALUES (?, ?) "
                              "ON CONFLICT(image_id) DO UPDATE SET bytes = excluded.bytes"),
               {imageId, bytes}, QStringLiteral("storing an image"));
    if (!done)
        return done;
    if (doc != 0) {
        QSqlQuery linkQuery(db);
        done = run(linkQuery, QStringLiteral("INSERT OR IGNORE INTO document_images (doc_id, image_id) VALUES (?, ?)"),
                   {doc, imageId}, QStringLiteral("linking an image to its article"));
        if (!done)
            return done;
    }
    return transaction.commit();
}

Result<void> ImageStore::link(const QUrl &source, DocId doc)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const Result<void> done = run(query,
        QStringLiteral("INSERT OR IGNORE INTO document_images (doc_id, image_id) SELECT ?, id FROM images WHERE url = ?"),
        {doc, keyFor(source)}, QStringLiteral("linking an image to its article"));
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query,
             QStringLiteral("SELECT images.url FROM document_images JOIN images ON images.id = document_images.image_id "
                            "WHERE document_images.doc_id = ? ORDER BY images.url"),
             {doc}, QStringLiteral("listing an article's images")))
        return urls;
    while (query.next())
        urls.append(QUrl(query.value(0).toString()));
    return urls;
}

int ImageStore::count() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return run(query, QStringLiteral("SELECT count(*) FROM images"), {}, QStringLiteral("counting images")) && query.next()
               ? query.value(0).toInt()
               : 0;
}

qint64 ImageStore::totalBytes() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return run(query, QStringLiteral("SELECT coalesce(sum(size), 0) FROM images"), {}, QStringLiteral("sizing images"))
                   && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

qint64 ImageStore::cacheBytes() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return run(query, u"SELECT coalesce(sum(size), 0) FROM images WHERE NOT " + pinnedCondition, {},
               QStringLiteral("sizing the image cache"))
                   && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

Result<qint64> ImageStore::evict(qint64 limitBytes)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    qint64 total = cacheBytes();
    if (total <= limitBytes)
        return qint64(0);
    QList<qint64> victims;
    qint64 freed = 0;
    {
        QSqlQuery query(db);
        if (Result<void> done = run(query, u"SELECT id, size FROM images WHERE NOT " + pinnedCondition + u" ORDER BY used, id",
                                    {}, QStringLiteral("evicting images"));
            !done)
            return done.error();
        while (total - freed > limitBytes && query.next()) {
            victims.append(query.value(0).toLongLong());
            freed += query.value(1).toLongLong();
        }
    }
    for (const qint64 id : victims) {
        QSqlQuery remove(db); // image_bytes and document_images follow by ON DELETE CASCADE
        if (Result<void> done = run(remove, QStringLiteral("DELETE FROM images WHERE id = ?"), {id},
                                    QStringLiteral("evicting images"));
            !done)
            return done.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    qCDebug(lcImages) << "evicted" << victims.size() << "images," << freed << "bytes";
    return freed;
}

Result<int> ImageStore::dropImagesOf(DocId doc)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const Result<void> done = run(query,
        u"DELETE FROM images WHERE id IN (SELECT image_id FROM document_images WHERE doc_id = ?) AND NOT "
            + pinnedCondition,
        {doc}, QStringLiteral("dropping an article's images"));
    if (!done)
        return done.error();
    return query.numRowsAffected();
}

} // namespace Newsdesk::Storage
