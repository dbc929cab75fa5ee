#include "render/pagerenderer.h"

#include "render/imageblocker.h"
#include "render/matchmarker.h"
#include "render/tickermarker.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPageRenderer, "newsdesk.render.pagerenderer")

namespace Newsdesk::Render {

PageRenderer::PageRenderer()
    : PageRenderer(Options{})
{
}

PageRenderer::PageRenderer(Options options)
    : m_options(options)
    , m_markdown(std::move(options.markdownWorker))
    , m_highlighter(std::move(options.highlighter))
{
}

QString PageRenderer::bodyHtml(const Core::Article &article)
{
    const QDeadlineTimer budget(m_options.budget);
    const Result<RenderedBody> body = m_markdown.render(article.body, article.url, m_options.markdownShare);
    if (!body) {
        qCWarning(lcPageRenderer).noquote()
            << "article" << article.key << "shown as plain text:" << body.error().message;
        const QString notice = body.error().kind == Error::Kind::Timeout
            ? QCoreApplication::translate(
                "Newsdesk::Render::PageRenderer", "This article took too long to format, so it is shown as plain text.")
            : QCoreApplication::translate(
                "Newsdesk::Render::PageRenderer", "This article could not be formatted, so it is shown as plain text.");
        return plainTextFallback(article.body, notice);
    }
    const auto left = std::chrono::milliseconds(budget.remainingTime());
    const std::optional<QStringList> highlighted
        = m_highlighter.highlight(body->codeBlocks, std::max(left, m_options.minimumHighlightTime));
    return spliceCodeBlocks(*body, highlighted.value_or(QStringList()));
}

QString PageRenderer::articlePage(
    const Core::Article &article, const PageOptions &options, const QStringList &highlight)
{
    QString body = bodyHtml(article);
    if (options.blockRemoteImages)
        body = blockImages(body, options.storedImages).html;
    // The search's words first: they are what the user is looking for, and a name split by a
    // match's mark is then only left unlinked.
    if (!highlight.isEmpty())
        body = markMatches(body, highlight).html;
    body = markTickers(body, article, options.tickers);
    return PageBuilder(options).articlePage(article, body);
}

QString PageRenderer::sourcePage(const Core::Article &article, const PageOptions &options)
{
    const std::optional<QStringList> highlighted
        = m_highlighter.highlight({CodeBlock{QStringLiteral("markdown"), article.source}});
    const QString html = highlighted ? highlighted->constFirst() : article.source.toHtmlEscaped();
    return PageBuilder(options).sourcePage(article, html);
}

QString PageRenderer::messagePage(const QString &title, const QString &message, const PageOptions &options)
{
    return PageBuilder(options).messagePage(title, message);
}

void PageRenderer::warmUp()
{
    (void)m_markdown.render(QString());
    (void)m_highlighter.stylesheet();
}

std::optional<PageResources::Resource> PageRenderer::resource(const QString &name)
{
    if (name == PageResources::codeStylesheet) {
        // Without the helper, code is plain text and needs no colours.
        const std::optional<QString> css = m_highlighter.stylesheet();
        return PageResources::Resource{css.value_or(QString()).toUtf8(), "text/css"};
    }
    return PageResources::embedded(name);
}

} // namespace Newsdesk::Render
