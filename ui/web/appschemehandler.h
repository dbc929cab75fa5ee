#pragma once

#include "core/article.h"
#include "core/result.h"
#include "render/pagerenderer.h"
#include "render/pagetheme.h"
#include "web/imageprovider.h"

#include <QHash>
#include <QPointer>
#include <QWebEngineUrlSchemeHandler>

#include <functional>

class QWebEngineUrlRequestJob;

namespace Newsdesk::Storage {
class Library;
}

namespace Newsdesk::Ui {

class PageRenderThread;

// Serves the newsdesk: scheme (Core::AppUrl) to the reader's profile:
// - article/{key}?locale=L and source/{key}?locale=L: the article is read on the GUI thread, the
//   page rendered on a PageRenderThread and the reply sent when it is done (or dropped if the
//   request went away meanwhile);
// - resource/{name}: the page's stylesheets and the image placeholder;
// - image/?src=URL: through the image provider (default: the placeholder).
// Anything else, and any method but GET, fails.
class AppSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSchemeHandler)

public:
    // Where pages come from: the stored variant of a document (the locale may be empty).
    using ArticleSource = std::function<Result<Core::Article>(const QString &key, const QString &locale)>;
    // What the library holds that a page shows (Related News stored, images stored), filled into
    // its options before it is rendered.
    using PageFacts
        = std::function<void(const QString &key, const Core::Article &article, Render::PageOptions &options)>;

    explicit AppSchemeHandler(QObject *parent = nullptr);
    AppSchemeHandler(Render::PageRenderer::Options options, QObject *parent);
    ~AppSchemeHandler() override;

    // The GUI thread's library (not owned; must outlive this handler or be reset to nullptr).
    void setLibrary(Storage::Library *library);
    void setArticleSource(ArticleSource source);
    void setImageProvider(ImageProvider provider);
    void setRemoteImagesAllowed(bool allowed) { m_remoteImages = allowed; }
    void setTheme(Render::PageTheme theme) { m_pageOptions.theme = theme; }
    Render::PageTheme theme() const { return m_pageOptions.theme; }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

Q_SIGNALS:
    // A page or resource was sent (tests and diagnostics).
    void served(const QUrl &url);

private:
    void servePage(
        QWebEngineUrlRequestJob *job, bool source, const QString &key, const QString &locale, const QString &find = {});
    void serveResource(QWebEngineUrlRequestJob *job, const QString &name);
    void serveImage(QWebEngineUrlRequestJob *job, const QUrl &source);
    void reply(QWebEngineUrlRequestJob *job, const QByteArray &data, const QByteArray &mimeType);
    void onRendered(quint64 id, const QByteArray &data, const QByteArray &mimeType);

    PageRenderThread *m_renderThread = nullptr;
    ArticleSource m_articles;
    PageFacts m_facts;
    ImageProvider m_images;
    bool m_remoteImages = false;
    Render::PageOptions m_pageOptions;
    QHash<quint64, QPointer<QWebEngineUrlRequestJob>> m_pending;
    QByteArray m_codeStylesheet; // from the highlighter, cached once served
};

} // namespace Newsdesk::Ui
