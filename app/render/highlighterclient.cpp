#include "render/highlighterclient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHighlighterClient, "newsdesk.render.highlighterclient")

namespace Newsdesk::Render {

HelperProcess::Options HighlighterClient::defaultOptions()
{
    HelperProcess::Options options;
    options.program = findHelperProgram(programName);
    options.name = programName;
    return options;
}

HighlighterClient::HighlighterClient(HelperProcess::Options options)
    : m_process(std::move(options))
{
}

std::optional<QStringList> HighlighterClient::highlight(
    const QList<CodeBlock> &blocks, std::optional<std::chrono::milliseconds> deadline)
{
    if (blocks.isEmpty())
        return QStringList();
    Protocol::Frame request;
    request.setHeader("type", "highlight");
    request.parts.reserve(2 * blocks.size());
    for (const CodeBlock &block : blocks) {
        request.parts.append(block.language.toUtf8());
        request.parts.append(block.code.toUtf8());
    }
    const Result<Protocol::Frame> reply
        = m_process.call(std::move(request), deadline.value_or(m_process.options().deadline));
    if (!reply) {
        qCWarning(lcHighlighterClient).noquote() << "code shown unhighlighted:" << reply.error().message;
        return std::nullopt;
    }
    if (reply->parts.size() != blocks.size()) {
        qCWarning(lcHighlighterClient) << "expected" << blocks.size() << "blocks, got" << reply->parts.size();
        return std::nullopt;
    }
    QStringList html;
    html.reserve(blocks.size());
    for (const QByteArray &part : reply->parts)
        html.append(QString::fromUtf8(part));
    return html;
}

std::optional<QString> HighlighterClient::stylesheet()
{
    if (!m_stylesheet.isEmpty())
        return m_stylesheet;
    Protocol::Frame request;
    request.setHeader("type", "stylesheet");
    const Result<Protocol::Frame> reply = m_process.call(std::move(request));
    if (!reply || reply->parts.size() != 1) {
        qCWarning(lcHighlighterClient) << "no code stylesheet:"
                                       << (reply ? QStringLiteral("bad reply") : reply.error().message);
        return std::nullopt;
    }
    m_stylesheet = QString::fromUtf8(reply->parts.constFirst());
    return m_stylesheet;
}

} // namespace Newsdesk::Render
