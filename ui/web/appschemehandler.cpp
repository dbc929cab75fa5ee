#include "web/appschemehandler.h"

#include "core/links.h"
#include "core/searchsyntax.h"
#include "render/pageresources.h"
#include "storage/imagestore.h"
#include "storage/library.h"
#include "storage/relatednews.h"
#include "web/pagerenderthread.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QWebEngineUrlRequestJob>

#include <atomic>
#include <memory>

Q_LOGGING_CATEGORY(lcScheme, "newsdesk.ui.web.scheme")

namespace Newsdesk::Ui {

namespace {

PageRenderThread::CancelFlag cancelWhenDestroyed(QWebEngineUrlRequestJob *job)
{
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    QObject::connect(job, &QObject::destroyed, job, [cancelled] { cancelled->store(true); });
    return cancelled;
}

QByteArray placeholderImage()
{
    static const QByteArray svg = [] {
        const auto resource = Render::PageResources::embedded(Render::PageResources::imagePlaceholder);
        return resource ? resource->data : QByteArray();
    }();
    return svg;
}

} // namespace

AppSchemeHandler::AppSchemeHandler(QObject *parent)
    : AppSchemeHandler(Render::PageRenderer::Options{}, parent)
{
}

AppSchemeHandler::AppSchemeHandler(Render::PageRenderer::Options options, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_renderThread(new PageRenderThread(std::move(options), this))
{
    connect(m_renderThread, &PageRenderThread::finished, this, &AppSchemeHandler::onRendered);
}

AppSchemeHandler::~AppSchemeHandler() = default;

void AppSchemeHandler::setLibrary(Storage::Library *library)
{
    if (!library) {
        m_articles = {};
        m_facts = {};
        return;
    }
    m_articles = [library](const QString &key, const QString &locale) -> Result<Core::Article> {
        const std::optional<Storage::DocId> doc = library->findDocument(key);
        if (!doc)
            return Error::make(Error::Kind::NotFound, QStringLiteral("no stored article %1").arg(key));
        return library->article(*doc, locale);
    };
    m_facts = [library](const QString &key, const Core::Article &article, Render::PageOptions &options) {
        for (const Core::RelatedNews &news : article.relatedNews) {
            if (Storage::findRelatedNews(*library, news.id, news.url))
                options.storedNews.insert(news.url.toString(QUrl::FullyEncoded));
        }
        options.tickers = library->tickerFacts(article);
        if (const std::optional<Storage::DocId> doc = library->findDocument(key)) {
            const QList<QUrl> images = library->images().imagesOf(*doc);
            for (const QUrl &image : images)
                options.storedImages.insert(image.toString(QUrl::FullyEncoded));
        }
    };
}

void AppSchemeHandler::setArticleSource(ArticleSource source)
{
    m_articles = std::move(source);
}

void AppSchemeHandler::setImageProvider(ImageProvider provider)
{
    m_images = std::move(provider);
}

void AppSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET") {
        qCWarning(lcScheme) << "refused" << job->requestMethod() << url;
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const Core::AppUrl::Parsed parsed = Core::AppUrl::parse(url);
    switch (parsed.kind) {
    case Core::AppUrl::Parsed::Kind::ArticlePage:
        servePage(job, false, parsed.value, parsed.locale, parsed.find);
        return;
    case Core::AppUrl::Parsed::Kind::SourcePage:
        servePage(job, true, parsed.value, parsed.locale);
        return;
    case Core::AppUrl::Parsed::Kind::Resource:
        serveResource(job, parsed.value);
        return;
    case Core::AppUrl::Parsed::Kind::Image:
        serveImage(job, QUrl(parsed.value));
        return;
    case Core::AppUrl::Parsed::Kind::News:
    case Core::AppUrl::Parsed::Kind::Ticker:
    case Core::AppUrl::Parsed::Kind::FullArticle:
    case Core::AppUrl::Parsed::Kind::LoadImage:
    case Core::AppUrl::Parsed::Kind::Invalid:
        break;
    }
    // In-app links (news, ticker) are for the app to act on, never pages to load.
    qCDebug(lcScheme) << "nothing to serve at" << url;
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

void AppSchemeHandler::servePage(
    QWebEngineUrlRequestJob *job, bool source, const QString &key, const QString &locale, const QString &find)
{
    const Render::PageBuilder builder(m_pageOptions);
    if (!m_articles) {
        reply(job, builder.messagePage(tr("No library"), tr("The reader has no library open.")).toUtf8(),
            QByteArrayLiteral("text/html"));
        return;
    }
    const Result<Core::Article> article = m_articles(key, locale);
    if (!article) {
        qCDebug(lcScheme).noquote() << "no page for" << key << locale << ':' << article.error().message;
        reply(job, builder.messagePage(tr("Article not found"), tr("This article is not in the library.")).toUtf8(),
            QByteArrayLiteral("text/html"));
        return;
    }
    // The words of the search that found it, marked.
    const QStringList highlight = find.isEmpty()
        ? QStringList()
        : Core::highlightTerms(Core::parseSearch(QStringView(find).left(1000), Core::SearchMode::Typing));
    Render::PageOptions options = m_pageOptions;
    options.blockRemoteImages = !m_remoteImages;
    if (m_facts && !source)
        m_facts(key, *article, options);
    const quint64 id = m_renderThread->render(source ? PageRenderThread::Kind::Source : PageRenderThread::Kind::Article,
        *article, options, cancelWhenDestroyed(job), highlight);
    m_pending.insert(id, job);
}

void AppSchemeHandler::serveResource(QWebEngineUrlRequestJob *job, const QString &name)
{
    if (name == Render::PageResources::codeStylesheet) {
        if (!m_codeStylesheet.isEmpty()) {
            reply(job, m_codeStylesheet, QByteArrayLiteral("text/css"));
            return;
        }
        m_pending.insert(m_renderThread->resource(name), job);
        return;
    }
    const auto resource = Render::PageResources::embedded(name);
    if (!resource) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    reply(job, resource->data, resource->mimeType);
}

void AppSchemeHandler::serveImage(QWebEngineUrlRequestJob *job, const QUrl &source)
{
    QPointer<QWebEngineUrlRequestJob> guard(job);
    const auto answer = [guard](const std::optional<ImageData> &image) {
        QByteArray data = placeholderImage();
        QByteArray mimeType = QByteArrayLiteral("image/svg+xml");
        if (image && image->mimeType.startsWith("image/") && !image->data.isEmpty()) {
            data = image->data;
            mimeType = image->mimeType;
        }
        if (!guard)
            return;
        auto *buffer = new QBuffer(guard);
        buffer->setData(data);
        buffer->open(QIODevice::ReadOnly);
        guard->reply(mimeType, buffer);
    };
    if (!m_images) {
        answer(std::nullopt);
        return;
    }
    // The provider may answer from another thread: the job is touched on the GUI thread only.
    m_images(ImageRequest{source, m_remoteImages}, [answer](std::optional<ImageData> image) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [answer, image = std::move(image)] { answer(image); }, Qt::AutoConnection);
    });
}

void AppSchemeHandler::reply(QWebEngineUrlRequestJob *job, const QByteArray &data, const QByteArray &mimeType)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    job->reply(mimeType, buffer);
    Q_EMIT served(job->requestUrl());
}

void AppSchemeHandler::onRendered(quint64 id, const QByteArray &data, const QByteArray &mimeType)
{
    const QPointer<QWebEngineUrlRequestJob> job = m_pending.take(id);
    if (!job) {
        qCDebug(lcScheme) << "request" << id << "went away before its page was ready";
        return;
    }
    if (mimeType.isEmpty()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    if (mimeType == "text/css" && job->requestUrl() == Core::AppUrl::resource(Render::PageResources::codeStylesheet))
        m_codeStylesheet = data;
    reply(job, data, mimeType);
}

} // namespace Newsdesk::Ui
