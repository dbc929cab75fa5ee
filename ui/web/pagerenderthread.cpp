#include "web/pagerenderthread.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPageRenderThread, "newsdesk.ui.web.renderthread")

namespace Newsdesk::Ui {

// The object that lives in the render thread: the PageRenderer is created there on first use, so
// its helper processes belong to that thread, and is destroyed there when the thread finishes.
class PageRenderWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageRenderWorker)

public:
    explicit PageRenderWorker(Render::PageRenderer::Options options)
        : m_options(std::move(options))
    {
    }

    void render(quint64 id, PageRenderThread::Kind kind, const Core::Article &article,
        const Render::PageOptions &options, const PageRenderThread::CancelFlag &cancelled, const QStringList &highlight)
    {
        if (cancelled && cancelled->load()) {
            qCDebug(lcPageRenderThread) << "skipped a cancelled page" << article.key;
            Q_EMIT finished(id, {}, {});
            return;
        }
        const QString html = kind == PageRenderThread::Kind::Source
            ? renderer().sourcePage(article, options)
            : renderer().articlePage(article, options, highlight);
        Q_EMIT finished(id, html.toUtf8(), QByteArrayLiteral("text/html"));
    }

    void warmUp() { renderer().warmUp(); }

    void resource(quint64 id, const QString &name)
    {
        const auto found = renderer().resource(name);
        Q_EMIT finished(id, found ? found->data : QByteArray(), found ? found->mimeType : QByteArray());
    }

Q_SIGNALS:
    void finished(quint64 id, const QByteArray &data, const QByteArray &mimeType);

private:
    Render::PageRenderer &renderer()
    {
        if (!m_renderer)
            m_renderer = std::make_unique<Render::PageRenderer>(m_options);
        return *m_renderer;
    }

    Render::PageRenderer::Options m_options;
    std::unique_ptr<Render::PageRenderer> m_renderer;
};

PageRenderThread::PageRenderThread(Render::PageRenderer::Options options, QObject *parent)
    : QObject(parent)
    , m_worker(new PageRenderWorker(std::move(options)))
{
    m_thread.setObjectName(QStringLiteral("newsdesk-page-render"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PageRenderWorker::finished, this, &PageRenderThread::finished);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->warmUp(); }, Qt::QueuedConnection);
}

PageRenderThread::~PageRenderThread()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 PageRenderThread::render(Kind kind, const Core::Article &article, const Render::PageOptions &options,
    const CancelFlag &cancelled, const QStringList &highlight)
{
    const quint64 id = m_nextId++;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id, kind, article, options, cancelled, highlight] {
            worker->render(id, kind, article, options, cancelled, highlight);
        },
        Qt::QueuedConnection);
    return id;
}

quint64 PageRenderThread::resource(const QString &name)
{
    const quint64 id = m_nextId++;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, name] { worker->resource(id, name); }, Qt::QueuedConnection);
    return id;
}

} // namespace Newsdesk::Ui

#include "pagerenderthread.moc"
