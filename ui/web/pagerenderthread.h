#pragma once

#include "core/article.h"
#include "render/pagebuilder.h"
#include "render/pagerenderer.h"

#include <QByteArray>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Newsdesk::Ui {

class PageRenderWorker;

// Renders pages on a thread of its own with its own Render::PageRenderer (and so its own helper
// processes), so a slow article never blocks the GUI. Results come back as finished() on the
// thread that owns this object. Requests run in order; one whose `cancelled` flag is set before
// it starts is skipped.
class PageRenderThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageRenderThread)

public:
    enum class Kind { Article, Source };
    using CancelFlag = std::shared_ptr<std::atomic_bool>;

    // Starts the thread, which starts the helper processes at once (off the GUI thread).
    explicit PageRenderThread(Render::PageRenderer::Options options, QObject *parent = nullptr);
    ~PageRenderThread() override; // waits for a render in progress

    // `highlight`: words to mark in an article's body (a search's).
    quint64 render(Kind kind, const Core::Article &article, const Render::PageOptions &options,
        const CancelFlag &cancelled, const QStringList &highlight = {});
    // newsdesk://resource/{name}, for the resources that need a helper (code.css).
    quint64 resource(const QString &name);

Q_SIGNALS:
    // An empty mimeType means there was nothing to serve.
    void finished(quint64 id, const QByteArray &data, const QByteArray &mimeType);

private:
    QThread m_thread;
    PageRenderWorker *m_worker = nullptr; // lives in m_thread, deleted when it finishes
    quint64 m_nextId = 1;
};

} // namespace Newsdesk::Ui
