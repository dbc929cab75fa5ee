#pragma once

#include "net/fetcher.h"
#include "net/fetchtypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace Newsdesk::Storage {
class ImageStore;
class Library;
} // namespace Newsdesk::Storage

namespace Newsdesk::Net {

class ArticleJob;

// The offline copy of one document, for bookmarks: fetches the locale variants it lacks, then the
// images of every variant, storing the images in the library linked to the document (so the cache
// never evicts them while it is bookmarked). Images already stored are linked, not fetched again.
class OfflineCopyJob final : public QObject
{
    Q_OBJECT

public:
    OfflineCopyJob(Fetcher &fetcher, Storage::Library &library, Storage::ImageStore &images, Storage::DocId doc,
        QObject *parent = nullptr);
    ~OfflineCopyJob() override;
    Q_DISABLE_COPY_MOVE(OfflineCopyJob)

    void start();
    void cancel();

    bool ok() const { return m_failures.isEmpty() && !m_error; }
    Error error() const;
    const QList<StoredArticle> &stored() const { return m_stored; }
    const QStringList &warnings() const { return m_warnings; }
    int imagesStored() const { return m_imagesStored; }

Q_SIGNALS:
    void articleStored(const Newsdesk::Net::StoredArticle &stored);
    void finished();

private:
    void variantDone(ArticleJob *job);
    void fetchImages();
    void imageFetched(const QUrl &url, const Result<FetchedResource> &result);
    void maybeFinish();

    Fetcher &m_fetcher;
    Storage::Library &m_library;
    Storage::ImageStore &m_images;
    Storage::DocId m_doc = 0;
    QUrl m_origin;
    QList<QPointer<ArticleJob>> m_variantJobs;
    QList<quint64> m_imageHandles;
    int m_pendingImages = 0;
    bool m_imagesStarted = false;
    bool m_finished = false;
    std::optional<Error> m_error;
    QStringList m_failures; // "what: why"
    Error m_firstFailure;
    QList<StoredArticle> m_stored;
    QStringList m_warnings;
    int m_imagesStored = 0;
};

} // namespace Newsdesk::Net
