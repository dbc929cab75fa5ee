#pragma once

#include "core/result.h"
#include "render/helperprocess.h"
#include "render/markdown.h"

#include <QUrl>

#include <chrono>
#include <optional>

namespace Newsdesk::Render {

// The client of newsdesk-render-worker: renderMarkdown() in a process killed at the deadline
// (1 s by default) and restarted on the next use within HelperProcess's bound. Synchronous; one
// per thread. An Error (Timeout for the deadline) means the caller shows the plain-text fallback.
class MarkdownWorker final
{
public:
    static constexpr QLatin1StringView programName{"newsdesk-render-worker"};
    static HelperProcess::Options defaultOptions();

    explicit MarkdownWorker(HelperProcess::Options options = defaultOptions());
    Q_DISABLE_COPY_MOVE(MarkdownWorker)

    // Within the helper's deadline, or the one given.
    Result<RenderedBody> render(
        const QString &markdown, const QUrl &baseUrl = {}, std::optional<std::chrono::milliseconds> deadline = {});

    HelperProcess &process() { return m_process; }

private:
    HelperProcess m_process;
};

} // namespace Newsdesk::Render
