#include "render/markdownworker.h"

namespace Newsdesk::Render {

HelperProcess::Options MarkdownWorker::defaultOptions()
{
    HelperProcess::Options options;
    options.program = findHelperProgram(programName);
    options.name = programName;
    return options;
}

MarkdownWorker::MarkdownWorker(HelperProcess::Options options)
    : m_process(std::move(options))
{
}

Result<RenderedBody> MarkdownWorker::render(
    const QString &markdown, const QUrl &baseUrl, std::optional<std::chrono::milliseconds> deadline)
{
    Protocol::Frame request;
    request.setHeader("type", "markdown");
    request.setHeader("base", baseUrl.toEncoded());
    request.parts.append(markdown.toUtf8());
    Result<Protocol::Frame> reply = m_process.call(std::move(request), deadline.value_or(m_process.options().deadline));
    if (!reply)
        return reply.error();
    const QList<QByteArray> &parts = reply->parts;
    if (parts.isEmpty() || parts.size() % 2 != 1)
        return Error::make(Error::Kind::Generic, QStringLiteral("the render worker sent a malformed reply"));
    RenderedBody body;
    body.html = QString::fromUtf8(parts.constFirst());
    body.codeBlocks.reserve(parts.size() / 2);
    for (qsizetype i = 1; i + 1 < parts.size(); i += 2)
        body.codeBlocks.append(CodeBlock{QString::fromUtf8(parts.at(i)), QString::fromUtf8(parts.at(i + 1))});
    return body;
}

} // namespace Newsdesk::Render
