#pragma once

#include "core/article.h"
#include "render/highlighterclient.h"
#include "render/markdownworker.h"
#include "render/pagebuilder.h"
#include "render/pageresources.h"

#include <QString>

#include <optional>

namespace Newsdesk::Render {

// A stored article → the page's final HTML, as the reader's scheme serves it and `newsdesk render`
// prints it: the body through the markdown worker (killed at its deadline; escaped plain text
// then), code blocks through the highlighter helper (escaped plain text when it fails), the page
// around them from PageBuilder. Synchronous: run it off the GUI thread. It owns its two helper
// processes, so use one PageRenderer per thread, in the thread that created it.
class PageRenderer final
{
public:
    struct Options
    {
        HelperProcess::Options markdownWorker = MarkdownWorker::defaultOptions();
        HelperProcess::Options highlighter = HighlighterClient::defaultOptions();
        // The whole body (markdown, then highlighting) takes at most about this long: the worker
        // gets markdownShare of it, the highlighter what is left, but never less than
        // minimumHighlightTime.
        std::chrono::milliseconds budget{900};
        std::chrono::milliseconds markdownShare{650};
        std::chrono::milliseconds minimumHighlightTime{150};
    };

    PageRenderer();
    explicit PageRenderer(Options options);
    Q_DISABLE_COPY_MOVE(PageRenderer)

    // `highlight`: a search's words, marked in the body (matchmarker.h).
    QString articlePage(
        const Core::Article &article, const PageOptions &options = {}, const QStringList &highlight = {});
    // The original document, front matter included, highlighted as Markdown.
    QString sourcePage(const Core::Article &article, const PageOptions &options = {});
    QString messagePage(const QString &title, const QString &message, const PageOptions &options = {});

    // Starts both helpers now (they take 10–80 ms to start), so the first page is not slower.
    void warmUp();

    // The body alone (worker, highlighter, splice), for tests and the benchmark.
    QString bodyHtml(const Core::Article &article);

    // newsdesk://resource/{name}: the embedded ones, and code.css from the highlighter.
    std::optional<PageResources::Resource> resource(const QString &name);

    MarkdownWorker &markdownWorker() { return m_markdown; }
    HighlighterClient &highlighter() { return m_highlighter; }

private:
    Options m_options;
    MarkdownWorker m_markdown;
    HighlighterClient m_highlighter;
};

} // namespace Newsdesk::Render
