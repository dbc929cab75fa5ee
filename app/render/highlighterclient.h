#pragma once

#include "render/helperprocess.h"
#include "render/markdown.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Newsdesk::Render {

// The client of newsdesk-highlighter (KDE Syntax-Highlighting, Qt 5): one request per page for
// all its code blocks. Synchronous, with the helper's deadline; when the helper is missing, crashes
// or hangs, the answer is std::nullopt and the caller shows the code as escaped text (the helper
// is restarted on the next use, within HelperProcess's bound). One per thread.
class HighlighterClient final
{
public:
    static constexpr QLatin1StringView programName{"newsdesk-highlighter"};
    static HelperProcess::Options defaultOptions(); // found by findHelperProgram, 1 s deadline

    explicit HighlighterClient(HelperProcess::Options options = defaultOptions());
    Q_DISABLE_COPY_MOVE(HighlighterClient)

    // HTML (escaped text in hl-* spans) for each block, in order; unknown languages come back
    // escaped only.
    // Within the helper's deadline, or the one given.
    std::optional<QStringList> highlight(
        const QList<CodeBlock> &blocks, std::optional<std::chrono::milliseconds> deadline = {});
    // The CSS for the hl-* classes, both themes (cached once fetched).
    std::optional<QString> stylesheet();

    HelperProcess &process() { return m_process; }

private:
    HelperProcess m_process;
    QString m_stylesheet;
};

} // namespace Newsdesk::Render
