// The YAML-ish front matter between "---" fences, one line at a time (docs/format.md §2).
#include "core/frontmatter_p.h"
#include "core/markdownsyntax.h"

namespace Newsdesk::Core::FrontMatterDetail {

namespace {

using Markdown::indentOf;
using Markdown::isBlank;

bool isComment(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.startsWith(u'#');
}

bool isDashItem(QStringView line)
{
    const QStringView t = line.sliced(indentOf(line));
    return t == u"-" || t.startsWith(u"- ") || t.startsWith(u"-\t");
}

// "key: value" at column 0: the key and what follows the colon.
bool splitKeyLine(QStringView line, QString &key, QStringView &rest, QStringList &warnings)
{
    if (line.isEmpty() || indentOf(line) > 0 || isDashItem(line))
        return false;
    const QChar first = line.at(0);
    if (first == u'"' || first == u'\'') {
        QString quoted;
        const qsizetype end
            = first == u'"' ? readDoubleQuoted(line, 0, quoted, warnings) : readSingleQuoted(line, 0, quoted);
        if (end < 0)
            return false;
        qsizetype i = end;
        while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
            ++i;
        if (i >= line.size() || line.at(i) != u':' || (i + 1 < line.size() && !line.at(i + 1).isSpace()))
            return false;
        key = quoted;
        rest = line.sliced(i + 1).trimmed();
        return !key.isEmpty();
    }
    static constexpr QStringView notKeyStart = u"[]{}>|!&*%@`#,?";
    if (notKeyStart.contains(first))
        return false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'#' && i > 0 && line.at(i - 1).isSpace())
            return false;
        // "key: value"; also "key:\"value\"" without the space, which hand-written files have.
        const bool quoteFollows = i + 1 < line.size() && (line.at(i + 1) == u'"' || line.at(i + 1) == u'\'')
            && !line.first(i).contains(u' ');
        if (c == u':' && (i + 1 == line.size() || line.at(i + 1) == u' ' || line.at(i + 1) == u'\t' || quoteFollows)) {
            key = Markdown::trimRight(line.first(i)).toString();
            rest = line.sliced(i + 1).trimmed();
            return !key.isEmpty();
        }
    }
    return false;
}

// A plain scalar: "~" and "null" are empty, anything else is its text.
QString plainScalar(QStringView s)
{
    const QStringView t = stripComment(s).trimmed();
    if (t == u"~" || t == u"null" || t == u"Null" || t == u"NULL")
        return {};
    return t.toString();
}

struct BlockHeader
{
    bool folded = false;
    QChar chomp; // '-', '+' or none
    int indent = 0;
};

std::optional<BlockHeader> blockHeader(QStringView rest)
{
    if (rest.isEmpty() || (rest.at(0) != u'|' && rest.at(0) != u'>'))
        return std::nullopt;
    BlockHeader header;
    header.folded = rest.at(0) == u'>';
    qsizetype i = 1;
    for (; i < rest.size() && i < 3; ++i) {
        const QChar c = rest.at(i);
        if ((c == u'-' || c == u'+') && header.chomp.isNull())
            header.chomp = c;
        else if (c >= u'1' && c <= u'9' && header.indent == 0)
            header.indent = c.unicode() - u'0';
        else
            break;
    }
    if (!stripComment(rest.sliced(i)).trimmed().isEmpty())
        return std::nullopt;
    return header;
}

class YamlReader final
{
public:
    YamlReader(const QList<QStringView> &lines, int firstLineNumber, FrontMatter &fm)
        : m_lines(lines)
        , m_firstLineNumber(firstLineNumber)
        , m_fm(fm)
    {
    }

    void run()
    {
        int i = 0;
        while (i < m_lines.size()) {
            const QStringView line = m_lines.at(i);
            if (isBlank(line) || isComment(line)) {
                ++i;
                continue;
            }
            QString key;
            QStringView rest;
            QStringList notes;
            if (!splitKeyLine(line, key, rest, notes)) {
                warn(i, u"not a \"key: value\" line; skipped"_qs);
                ++i;
                continue;
            }
            i = readValue(i, key, rest);
        }
    }

private:
    int lineNumber(int index) const { return m_firstLineNumber + index; }

    void warn(int index, const QString &what)
    {
        m_fm.warnings.append(u"front matter line %1: %2"_qs.arg(lineNumber(index)).arg(what));
    }

    void warnAll(int index, const QStringList &notes)
    {
        for (const QString &note : notes)
            warn(index, note);
    }

    static bool continuesValue(QStringView line) { return isBlank(line) || indentOf(line) > 0; }

    // Reads the value of the key on line `i`; returns the index of the first line after it.
    int readValue(int i, const QString &key, QStringView rest)
    {
        const QStringView value = rest;
        const qsizetype keyLineOffset = value.data() - m_lines.at(i).data();
        if (value.isEmpty() || value.startsWith(u'#'))
            return readNested(i, key);
        const QChar first = value.at(0);
        if (first == u'"' || first == u'\'') {
            QString text;
            QStringList notes;
            const MultiLineRead read = readAcrossLines(m_lines, i, keyLineOffset, continuesValue, [&](QStringView s) {
                text.clear();
                notes.clear();
                return first == u'"' ? readDoubleQuoted(s, 0, text, notes) : readSingleQuoted(s, 0, text);
            });
            if (read.lastLine < 0) {
                warn(i, u"unterminated quoted value of \"%1\"; read to the end of the line"_qs.arg(key));
                m_fm.set(key, stripComment(value.sliced(1)).toString(), lineNumber(i));
                return i + 1;
            }
            warnAll(i, notes);
            if (!stripComment(read.rest).trimmed().isEmpty())
                warn(read.lastLine, u"text after the closing quote of \"%1\" ignored"_qs.arg(key));
            m_fm.set(key, text, lineNumber(i));
            return read.lastLine + 1;
        }
        if (first == u'[') {
            // "[zh-CN](url)" as a scalar is a markdown link, not a flow list.
            if (const auto link = Markdown::linkAt(value, 0); link && stripComment(value.sliced(link->end)).isEmpty()) {
                m_fm.set(key, value.toString(), lineNumber(i));
                return i + 1;
            }
            QStringList items;
            QStringList notes;
            const MultiLineRead read = readAcrossLines(m_lines, i, keyLineOffset, continuesValue, [&](QStringView s) {
                items.clear();
                notes.clear();
                return readFlowList(s, 0, items, notes);
            });
            warnAll(i, notes);
            if (read.lastLine < 0) {
                warn(i, u"unterminated [list] of \"%1\"; kept what was readable"_qs.arg(key));
                m_fm.set(key, items, lineNumber(i));
                return i + 1;
            }
            m_fm.set(key, items, lineNumber(i));
            return read.lastLine + 1;
        }
        if (const auto header = blockHeader(value))
            return readBlockScalar(i, key, *header);

        QString text = plainScalar(value);
        // A plain scalar continues on more-indented lines; a blank line ends it here.
        int next = i + 1;
        while (next < m_lines.size() && !isBlank(m_lines.at(next)) && indentOf(m_lines.at(next)) > 0
            && !isDashItem(m_lines.at(next))) {
            const QString more = plainScalar(m_lines.at(next));
            if (!more.isEmpty())
                text += u' ' + more;
            ++next;
        }
        m_fm.set(key, text, lineNumber(i));
        return next;
    }

    // "key:" with nothing after it: a block list, an indented mapping or text, or an empty value.
    int readNested(int i, const QString &key)
    {
        int next = i + 1;
        while (next < m_lines.size() && (isBlank(m_lines.at(next)) || (isComment(m_lines.at(next)))))
            ++next;
        if (next >= m_lines.size() || (indentOf(m_lines.at(next)) == 0 && !isDashItem(m_lines.at(next)))) {
            m_fm.set(key, QString(), lineNumber(i));
            return i + 1;
        }
        if (isDashItem(m_lines.at(next)))
            return readBlockList(i, next, key);

        // Indented lines: a nested mapping is kept as its "k: v" lines; anything else is text.
        QStringList entries;
        bool mapping = true;
        int end = next;
        for (; end < m_lines.size(); ++end) {
            const QStringView line = m_lines.at(end);
            if (isBlank(line) || isComment(line))
                continue;
            if (indentOf(line) == 0)
                break;
            const QStringView entry = stripComment(line).trimmed();
            if (!entry.contains(u": ") && !entry.endsWith(u':'))
                mapping = false;
            entries.append(entry.toString());
        }
        if (mapping)
            m_fm.set(key, entries, lineNumber(i));
        else
            m_fm.set(key, entries.join(u' '), lineNumber(i));
        return end;
    }

    int readBlockList(int keyLine, int first, const QString &key)
    {
        QStringList items;
        int i = first;
        for (; i < m_lines.size(); ++i) {
            const QStringView line = m_lines.at(i);
            if (isBlank(line) || isComment(line))
                continue;
            if (!isDashItem(line)) {
                if (indentOf(line) == 0)
                    break;
                // A more-indented line continues the item before it.
                if (!items.isEmpty()) {
                    const QString more = plainScalar(line);
                    if (!more.isEmpty())
                        items.last() += (items.last().isEmpty() ? QString() : u" "_qs) + more;
                } else {
                    warn(i, u"indented line in the list of \"%1\" skipped"_qs.arg(key));
                }
                continue;
            }
            const QStringView item = line.sliced(indentOf(line) + 1).trimmed();
            items.append(listItemValue(i, item));
        }
        m_fm.set(key, items, lineNumber(keyLine));
        return i;
    }

    QString listItemValue(int i, QStringView item)
    {
        if (item.isEmpty())
            return {};
        const QChar first = item.at(0);
        if (first == u'"' || first == u'\'') {
            QString text;
            QStringList notes;
            const qsizetype end
                = first == u'"' ? readDoubleQuoted(item, 0, text, notes) : readSingleQuoted(item, 0, text);
            warnAll(i, notes);
            if (end < 0) {
                warn(i, u"unterminated quoted list item; read to the end of the line"_qs);
                return stripComment(item.sliced(1)).toString();
            }
            return text;
        }
        if (first == u'[') {
            // The `locales` list: "- [zh-CN](https://…)" is kept whole (not a YAML flow list).
            if (const auto link = Markdown::linkAt(item, 0))
                return Markdown::trimRight(item).toString();
            QStringList flow;
            QStringList notes;
            if (readFlowList(item, 0, flow, notes) >= 0)
                return flow.join(u", "_qs);
        }
        return plainScalar(item);
    }

    int readBlockScalar(int keyLine, const QString &key, const BlockHeader &header)
    {
        int i = keyLine + 1;
        qsizetype contentIndent = header.indent;
        QStringList content;
        for (; i < m_lines.size(); ++i) {
            const QStringView line = m_lines.at(i);
            if (isBlank(line)) {
                content.append(QString());
                continue;
            }
            const qsizetype indent = indentOf(line);
            if (contentIndent == 0) {
                if (indent == 0)
                    break;
                contentIndent = indent;
            }
            if (indent < contentIndent)
                break;
            content.append(line.sliced(contentIndent).toString());
        }
        int trailingBlank = 0;
        while (!content.isEmpty() && content.last().isEmpty()) {
            content.removeLast();
            ++trailingBlank;
        }
        QString text;
        if (!header.folded) {
            text = content.join(u'\n');
        } else {
            bool previousNormal = false;
            int blanks = 0;
            for (const QString &line : std::as_const(content)) {
                if (line.isEmpty()) {
                    ++blanks;
                    continue;
                }
                const bool moreIndented = line.startsWith(u' ') || line.startsWith(u'\t');
                if (!text.isEmpty() || blanks > 0) {
                    if (blanks > 0)
                        text += QString(blanks + ((moreIndented || !previousNormal) ? 1 : 0), u'\n');
                    else if (previousNormal && !moreIndented)
                        text += u' ';
                    else
                        text += u'\n';
                }
                blanks = 0;
                text += line;
                previousNormal = !moreIndented;
            }
        }
        if (header.chomp == u'+')
            text += QString(1 + trailingBlank, u'\n');
        else if (header.chomp != u'-' && !text.isEmpty())
            text += u'\n';
        m_fm.set(key, text, lineNumber(keyLine));
        return i;
    }

    const QList<QStringView> &m_lines;
    const int m_firstLineNumber;
    FrontMatter &m_fm;
};

} // namespace

void readYaml(const QList<QStringView> &lines, int firstLineNumber, FrontMatter &fm)
{
    YamlReader(lines, firstLineNumber, fm).run();
}

} // namespace Newsdesk::Core::FrontMatterDetail
