#include "net/offlinecopyjob.h"

#include "core/links.h"
#include "net/articlejob.h"
#include "net/fetchpolicy.h"
#include "net/imagecheck.h"
#include "net/imagelinks.h"
#include "storage/imagestore.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>

namespace Newsdesk::Net {

Q_LOGGING_CATEGORY(lcOfflineCopy, "newsdesk.net.offlinecopy", QtInfoMsg)

OfflineCopyJob::OfflineCopyJob(
    Fetcher &fetcher, Storage::Library &library, Storage::ImageStore &images, Storage::DocId doc, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
    , m_library(library)
    , m_images(images)
    , m_doc(doc)
{
}

OfflineCopyJob::~OfflineCopyJob()
{
    for (const quint64 handle : std::as_const(m_imageHandles))
        m_fetcher.cancel(handle);
}

Error OfflineCopyJob::error() const
{
    if (m_error)
        return *m_error;
    if (m_failures.isEmpty())
        return {};
    Error error = m_firstFailure;
    error.message = m_failures.size() == 1 ? m_failures.constFirst()
                                           : QCoreApplication::translate("Newsdesk::Net::OfflineCopyJob",
                                               "%1 parts of the offline copy are missing; first: %2")
                                                 .arg(m_failures.size())
                                                 .arg(m_failures.constFirst());
    return error;
}

void OfflineCopyJob::start()
{
    const QStringList locales = m_library.storedLocales(m_doc);
    if (locales.isEmpty()) {
        m_error = Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("Newsdesk::Net::OfflineCopyJob", "the article is not in the library"));
        QMetaObject::invokeMethod(this, &OfflineCopyJob::maybeFinish, Qt::QueuedConnection);
        return;
    }
    // Recorded before anything is fetched: a copy interrupted from here on is known to be partial.
    if (Result<void> marked = m_library.setOfflineCopy(m_doc, Storage::OfflineCopy::Incomplete); !marked)
        qCWarning(lcOfflineCopy).noquote() << marked.error().message;
    // Requests are made for the document: internal addresses only on the host it came from.
    m_origin = FetchPolicy::originOfHost(m_library.originHost(m_doc));
    // Every variant any stored locale names, that is not stored yet, on the article's own site.
    QSet<QString> wanted;
    for (const QString &locale : locales) {
        const Result<Core::Article> article = m_library.article(m_doc, locale);
        if (!article)
            continue;
        for (const Core::LocaleVariant &variant : article->variants) {
            const QString variantLocale = Core::normalizeLocale(variant.locale);
            if (locales.contains(variantLocale) || wanted.contains(variantLocale) || !variant.url.isValid())
                continue;
            if (!Core::sameSite(variant.url, article->url)) {
                m_warnings.append(QCoreApplication::translate("Newsdesk::Net::OfflineCopyJob",
                    "the %1 version (%2) is on another site than the article; not fetched")
                                      .arg(Core::localeNativeName(variantLocale), variant.url.toDisplayString()));
                continue;
            }
            wanted.insert(variantLocale);
            auto *job = new ArticleJob(m_fetcher, m_library, variant.url, false, this);
            job->setOrigin(m_origin);
            job->setExpectedKey(article->key);
            m_variantJobs.append(job);
            connect(job, &ArticleJob::articleStored, this, &OfflineCopyJob::articleStored);
            connect(job, &ArticleJob::finished, this, [this, job] { variantDone(job); });
        }
    }
    const auto jobs = m_variantJobs;
    for (const QPointer<ArticleJob> &job : jobs)
        job->start();
    if (m_variantJobs.isEmpty())
        QMetaObject::invokeMethod(this, &OfflineCopyJob::fetchImages, Qt::QueuedConnection);
}

void OfflineCopyJob::cancel()
{
    if (m_finished)
        return;
    m_error = Error::make(
        Error::Kind::Cancelled, QCoreApplication::translate("Newsdesk::Net::OfflineCopyJob", "cancelled"));
    const auto jobs = m_variantJobs;
    for (const QPointer<ArticleJob> &job : jobs) {
        if (job)
            job->cancel();
    }
    for (const quint64 handle : std::as_const(m_imageHandles))
        m_fetcher.cancel(handle);
}

void OfflineCopyJob::variantDone(ArticleJob *job)
{
    m_variantJobs.removeAll(job);
    if (job->ok()) {
        m_stored += job->stored();
        m_warnings += job->warnings();
    } else {
        if (m_failures.isEmpty())
            m_firstFailure = job->error();
        m_failures.append(QCoreApplication::translate("Newsdesk::Net::OfflineCopyJob", "the version at %1: %2")
                              .arg(job->url().toDisplayString(), job->error().message));
    }
    job->deleteLater();
    if (m_variantJobs.isEmpty())
        fetchImages();
}

void OfflineCopyJob::fetchImages()
{
    if (m_imagesStarted || m_finished)
        return;
    m_imagesStarted = true;
    if (m_error) { // cancelled
        maybeFinish();
        return;
    }
    QList<QUrl> urls;
    QSet<QString> seen;
    for (const QString &locale : m_library.storedLocales(m_doc)) {
        const Result<Core::Article> article = m_library.article(m_doc, locale);
        if (!article)
            continue;
        for (const QUrl &url : imageUrls(article->body, article->url)) {
            const QString key = Storage::ImageStore::keyFor(url);
            if (!seen.contains(key)) {
                seen.insert(key);
                urls.append(url);
            }
        }
    }
    for (const QUrl &url : std::as_const(urls)) {
        if (m_images.contains(url)) {
            if (Result<void> linked = m_images.link(url, m_doc); linked) {
                ++m_imagesStored;
                continue;
            }
        }
        ++m_pendingImages;
        FetchRequest request;
        request.url = url;
        request.expect = Expect::Image;
        request.origin = m_origin;
        m_imageHandles.append(m_fetcher.fetch(
            request, this, [this, url](const Result<FetchedResource> &result) { imageFetched(url, result); }));
    }
    maybeFinish();
}

void OfflineCopyJob::imageFetched(const QUrl &url, const Result<FetchedResource> &result)
{
    --m_pendingImages;
    if (result) {
        // Refused for good: not a missing part, so the copy can still be complete.
        if (const std::optional<Error> tooLarge = checkImageDimensions(result->body)) {
            m_warnings.append(QCoreApplication::translate("Newsdesk::Net::OfflineCopyJob", "the image %1: %2")
                                  .arg(url.toDisplayString(), tooLarge->message));
            maybeFinish();
            return;
        }
    }
    Result<void> stored = result ? m_images.put(url, result->body, QString::fromLatin1(result->mimeType), m_doc)
                                 : Result<void>(result.error());
    if (stored) {
        ++m_imagesStored;
    } else {
        if (m_failures.isEmpty())
            m_firstFailure = stored.error();
        m_failures.append(QCoreApplication::translate("Newsdesk::Net::OfflineCopyJob", "the image %1: %2")
                              .arg(url.toDisplayString(), stored.error().message));
    }
    maybeFinish();
}

void OfflineCopyJob::maybeFinish()
{
    if (m_finished || !m_variantJobs.isEmpty() || m_pendingImages > 0 || (!m_imagesStarted && !m_error))
        return;
    m_finished = true;
    if (ok()) {
        if (Result<void> marked = m_library.setOfflineCopy(m_doc, Storage::OfflineCopy::Complete); !marked)
            qCWarning(lcOfflineCopy).noquote() << marked.error().message;
    }
    qCDebug(lcOfflineCopy) << "offline copy of" << m_doc << ":" << m_stored.size() << "variants," << m_imagesStored
                           << "images," << m_failures.size() << "failures";
    Q_EMIT finished();
}

} // namespace Newsdesk::Net
