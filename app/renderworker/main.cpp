// newsdesk-render-worker: turns untrusted markdown into body HTML (Render::renderMarkdown) in a
// process of its own, because Debian 12's cmark-gfm can take minutes on a hostile document and a
// thread cannot be stopped; the reader kills this process at its deadline and starts another.
// It speaks the framed protocol of app/render/helperprotocol.h on stdin and stdout.

#include "render/helperprotocol.h"
#include "render/markdown.h"

#include <QUrl>

#include <sys/resource.h>

using namespace Newsdesk;

namespace {

// Some pathological tables make cmark-gfm's output grow with rows × columns (6 KB of markdown gave
// 10 MB of HTML here). Nobody reads such a page: past this, the reader shows the plain text.
qsizetype maxHtmlSize(qsizetype markdownSize)
{
    return 8 * markdownSize + 4 * 1024 * 1024;
}

Render::Protocol::Frame renderRequest(const Render::Protocol::Frame &request)
{
    if (request.parts.size() != 1)
        return Render::Protocol::errorReply("markdown needs exactly one part");
    const QByteArray &markdown = request.parts.constFirst();
    if (markdown.startsWith("<!-- newsdesk-test-")) {
        const qsizetype end = markdown.indexOf(" -->");
        Render::Protocol::honourTestHook(markdown.mid(5, end - 5));
    }
    const QUrl base = QUrl::fromEncoded(request.header("base"));
    const Render::RenderedBody body = Render::renderMarkdown(QString::fromUtf8(markdown), base);

    if (body.html.size() > maxHtmlSize(markdown.size()))
        return Render::Protocol::errorReply("the rendered body is too large");

    Render::Protocol::Frame reply;
    reply.parts.reserve(1 + 2 * body.codeBlocks.size());
    reply.parts.append(body.html.toUtf8());
    for (const Render::CodeBlock &block : body.codeBlocks) {
        reply.parts.append(block.language.toUtf8());
        reply.parts.append(block.code.toUtf8());
    }
    return reply;
}

} // namespace

int main()
{
    // Within its deadline a hostile document can still make cmark-gfm allocate fast; past 1 GiB
    // the allocation fails, cmark-gfm aborts, and the reader shows the plain text.
    // AddressSanitizer maps terabytes of shadow memory up front, so an ASan build cannot run under
    // the limit at all; it goes without (the sanitizer catches runaway allocation itself).
#ifndef __SANITIZE_ADDRESS__
    const rlimit memory{rlim_t(1) << 30, rlim_t(1) << 30};
    ::setrlimit(RLIMIT_DATA, &memory);
#endif
    return Render::Protocol::serve([](const Render::Protocol::Frame &request) {
        if (request.header("type") == "markdown")
            return renderRequest(request);
        return Render::Protocol::errorReply("unknown request type: " + request.header("type"));
    });
}
