#pragma once

#include "core/result.h"
#include "storage/library.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Newsdesk::Storage {

class Connection;
class LibraryWriter;

struct StoredImage
{
    QByteArray bytes;
    QString mimeType;
};

// Images in the library: the offline copies of bookmarked articles and a cache for the others.
// An image is linked to the documents that show it; images linked to a bookmarked document are
// never evicted, everything else is a least-recently-used cache with a size limit.
// Works on one Library's connection (Library::images(), same thread).
class ImageStore final
{
public:
    explicit ImageStore(Connection &connection);
    ~ImageStore() = default;
    Q_DISABLE_COPY_MOVE(ImageStore)

    // The image stored for `source` (marked as just used), else std::nullopt.
    std::optional<StoredImage> get(const QUrl &source);
    bool contains(const QUrl &source) const;

    // Stores or replaces the image for `source`, linked to `doc` when it is not 0, in one transaction.
    Result<void> put(const QUrl &source, const QByteArray &bytes, const QString &mimeType, DocId doc = 0);
    // Links an image already stored to a document; NotFound when it is not stored.
    Result<void> link(const QUrl &source, DocId doc);
    QList<QUrl> imagesOf(DocId doc) const;

    int count() const;
    qint64 totalBytes() const;
    // Bytes of the images the cache limit applies to: those no bookmarked document needs.
    qint64 cacheBytes() const;

    // Drops least-recently-used images that no bookmarked document needs until cacheBytes() is at
    // most `limitBytes`; returns how many bytes it freed.
    Result<qint64> evict(qint64 limitBytes);
    // Drops the images of `doc` that no bookmarked document needs (its offline copy is released
    // while the cache is off); returns how many it dropped.
    Result<int> dropImagesOf(DocId doc);

    static QString keyFor(const QUrl &source);
    // Records that an image was just shown (the cache evicts the least recently used).
    void markUsed(qint64 id, qint64 when);

    // Writes go to `writer` when there is one (Library::open sets it).
    void setWriter(LibraryWriter *writer) { m_writer = writer; }

private:
    Connection &m_connection;
    LibraryWriter *m_writer = nullptr;
};

} // namespace Newsdesk::Storage
