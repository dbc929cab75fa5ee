#pragma once

#include <QString>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace Newsdesk::Highlighter {

// Code → HTML: the text escaped, each highlighted run in <span class="hl-keyword"> and the like,
// named after KSyntaxHighlighting's default styles, so the page needs no inline style (its CSP
// forbids them) and one stylesheet serves both themes (see stylesheet.h). Bold, italic, underline
// and strike-through overrides of a definition become hl-b, hl-i, hl-u, hl-s; colour overrides
// are dropped, as they would need inline styles.
class SpanHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    SpanHighlighter() = default;
    Q_DISABLE_COPY_MOVE(SpanHighlighter)

    // Without a valid definition, the code comes back escaped only.
    QString highlight(const QString &code);

    static QString classFor(KSyntaxHighlighting::Theme::TextStyle style);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    // Adjacent runs of one class become one span.
    void append(const QString &classes, QStringView text);
    void flush();

    QString m_out;
    QStringView m_line;
    int m_written = 0; // characters of m_line already consumed
    QString m_runClasses;
    QString m_runText;
};

} // namespace Newsdesk::Highlighter
