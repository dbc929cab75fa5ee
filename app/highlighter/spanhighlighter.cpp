#include "highlighter/spanhighlighter.h"

#include <QMetaEnum>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

namespace Newsdesk::Highlighter {

namespace {

void appendEscaped(QString &out, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        default:
            out += c;
        }
    }
}

} // namespace

QString SpanHighlighter::classFor(KSyntaxHighlighting::Theme::TextStyle style)
{
    static const QMetaEnum styles = QMetaEnum::fromType<KSyntaxHighlighting::Theme::TextStyle>();
    return QStringLiteral("hl-") + QString::fromLatin1(styles.valueToKey(style)).toLower();
}

QString SpanHighlighter::highlight(const QString &code)
{
    m_out.clear();
    m_out.reserve(code.size() * 2);
    if (!definition().isValid()) {
        appendEscaped(m_out, code);
        return m_out;
    }
    KSyntaxHighlighting::State state;
    const QStringView text(code);
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        const bool lastLine = end < 0;
        if (lastLine)
            end = text.size();
        QStringView line = text.mid(start, end - start);
        const bool carriageReturn = line.endsWith(u'\r');
        if (carriageReturn)
            line.chop(1);
        m_line = line;
        m_written = 0;
        state = highlightLine(line, state);
        if (m_written < line.size())
            append({}, line.mid(m_written));
        flush();
        if (!lastLine)
            m_out += u'\n';
        start = end + 1;
    }
    m_line = {};
    return m_out;
}

void SpanHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || offset < m_written || offset + length > m_line.size())
        return;
    if (offset > m_written)
        append({}, m_line.mid(m_written, offset - m_written));
    const QStringView text = m_line.mid(offset, length);
    m_written = offset + length;

    QString classes;
    if (format.isValid() && format.textStyle() != KSyntaxHighlighting::Theme::Normal)
        classes = classFor(format.textStyle());
    const KSyntaxHighlighting::Theme &current = theme();
    const auto addIf = [&classes](bool overridden, bool on, const char *name) {
        if (overridden && on) {
            if (!classes.isEmpty())
                classes += u' ';
            classes += QLatin1String(name);
        }
    };
    if (format.isValid()) {
        addIf(format.hasBoldOverride(), format.isBold(current), "hl-b");
        addIf(format.hasItalicOverride(), format.isItalic(current), "hl-i");
        addIf(format.hasUnderlineOverride(), format.isUnderline(current), "hl-u");
        addIf(format.hasStrikeThroughOverride(), format.isStrikeThrough(current), "hl-s");
    }
    append(classes, text);
}

void SpanHighlighter::append(const QString &classes, QStringView text)
{
    if (classes != m_runClasses)
        flush();
    m_runClasses = classes;
    m_runText += text;
}

void SpanHighlighter::flush()
{
    if (m_runText.isEmpty())
        return;
    if (m_runClasses.isEmpty()) {
        appendEscaped(m_out, m_runText);
    } else {
        m_out += QLatin1String("<span class=\"") + m_runClasses + QLatin1String("\">");
        appendEscaped(m_out, m_runText);
        m_out += QLatin1String("</span>");
    }
    m_runText.clear();
    m_runClasses.clear();
}

} // namespace Newsdesk::Highlighter
