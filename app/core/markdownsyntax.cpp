#include "core/markdownsyntax.h"

namespace Newsdesk::Core::Markdown {

namespace {

// Bounds keep a failed scan cheap: a link's text or URL longer than this is not a link here.
constexpr qsizetype maxLinkText = 2000;
constexpr qsizetype maxLinkUrl = 8000;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

} // namespace

std::optional<Link> linkAt(QStringView s, qsizetype from)
{
    if (from < 0 || from >= s.size() || s.at(from) != u'[')
        return std::nullopt;
    // Link text: balanced brackets, backslash escapes.
    qsizetype i = from + 1;
    int depth = 0;
    const qsizetype textLimit = qMin(s.size(), from + 1 + maxLinkText);
    for (; i < textLimit; ++i) {
        const QChar c = s.at(i);
        if (c == u'\\' && i + 1 < textLimit) {
            ++i;
        } else if (c == u'[') {
            ++depth;
        } else if (c == u']') {
            if (depth == 0)
                break;
            --depth;
        } else if (c == u'\n') {
            return std::nullopt;
        }
    }
    if (i >= textLimit || i + 1 >= s.size() || s.at(i + 1) != u'(')
        return std::nullopt;
    const QStringView rawText = s.sliced(from + 1, i - from - 1);
    qsizetype j = i + 2;
    const qsizetype urlLimit = qMin(s.size(), j + maxLinkUrl);
    while (j < urlLimit && isSpace(s.at(j)))
        ++j;
    QString url;
    if (j < urlLimit && s.at(j) == u'<') {
        const qsizetype close = s.sliced(j, urlLimit - j).indexOf(u'>');
        if (close < 0)
            return std::nullopt;
        url = s.sliced(j + 1, close - 1).toString();
        j += close + 1;
    } else {
        const qsizetype start = j;
        int parens = 0;
        for (; j < urlLimit; ++j) {
            const QChar c = s.at(j);
            if (c == u'\\' && j + 1 < urlLimit) {
                ++j;
            } else if (c == u'(') {
                ++parens;
            } else if (c == u')') {
                if (parens == 0)
                    break;
                --parens;
            } else if (isSpace(c) || c == u'\n') {
                break;
            }
        }
        url = s.sliced(start, j - start).toString();
    }
    while (j < urlLimit && isSpace(s.at(j)))
        ++j;
    // Optional title: "…", '…' or (…).
    if (j < urlLimit && (s.at(j) == u'"' || s.at(j) == u'\'')) {
        const QChar quote = s.at(j);
        ++j;
        while (j < urlLimit && s.at(j) != quote && s.at(j) != u'\n')
            ++j;
        if (j >= urlLimit || s.at(j) != quote)
            return std::nullopt;
        ++j;
        while (j < urlLimit && isSpace(s.at(j)))
            ++j;
    }
    if (j >= urlLimit || s.at(j) != u')')
        return std::nullopt;

    Link link;
    // Unescape the text: "\[" → "[".
    link.text.reserve(rawText.size());
    for (qsizetype k = 0; k < rawText.size(); ++k) {
        if (rawText.at(k) == u'\\' && k + 1 < rawText.size() && rawText.at(k + 1).isPunct())
            ++k;
        link.text.append(rawText.at(k));
    }
    link.text = link.text.trimmed();
    link.url = url.trimmed();
    link.end = j + 1;
    return link;
}

std::optional<Heading> atxHeading(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 4 && line.at(i) == u' ')
        ++i;
    if (i > 3)
        return std::nullopt;
    qsizetype hashes = 0;
    while (i + hashes < line.size() && line.at(i + hashes) == u'#')
        ++hashes;
    if (hashes < 1 || hashes > 6)
        return std::nullopt;
    i += hashes;
    if (i < line.size() && !isSpace(line.at(i)))
        return std::nullopt;
    QStringView text = line.sliced(i).trimmed();
    // A closing sequence of #s counts only after a space ("# C#" keeps its #).
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == u'#')
        --end;
    if (end == 0)
        text = {};
    else if (end < text.size() && isSpace(text.at(end - 1)))
        text = text.first(end).trimmed();
    return Heading{int(hashes), text};
}

std::optional<Fence> fenceOpening(QStringView line)
{
    const qsizetype indent = indentOf(line);
    if (indent > 3)
        return std::nullopt;
    const QStringView rest = line.sliced(indent);
    if (rest.isEmpty() || (rest.at(0) != u'`' && rest.at(0) != u'~'))
        return std::nullopt;
    const QChar marker = rest.at(0);
    qsizetype n = 0;
    while (n < rest.size() && rest.at(n) == marker)
        ++n;
    if (n < 3)
        return std::nullopt;
    // A backtick fence's info string may not contain a backtick.
    if (marker == u'`' && rest.sliced(n).contains(u'`'))
        return std::nullopt;
    return Fence{marker, n};
}

bool closesFence(QStringView line, const Fence &fence)
{
    const qsizetype indent = indentOf(line);
    if (indent > 3)
        return false;
    const QStringView rest = trimRight(line.sliced(indent));
    if (rest.size() < fence.length)
        return false;
    for (QChar c : rest) {
        if (c != fence.marker)
            return false;
    }
    return true;
}

std::optional<QStringView> listItem(QStringView line)
{
    const qsizetype indent = indentOf(line);
    const QStringView rest = line.sliced(indent);
    if (rest.isEmpty())
        return std::nullopt;
    const QChar c = rest.at(0);
    if (c == u'-' || c == u'*' || c == u'+') {
        if (rest.size() == 1)
            return QStringView();
        if (isSpace(rest.at(1)))
            return rest.sliced(2).trimmed();
        return std::nullopt;
    }
    qsizetype digits = 0;
    while (digits < rest.size() && digits < 9 && rest.at(digits).isDigit() && rest.at(digits).unicode() < 128)
        ++digits;
    if (digits > 0 && digits + 1 < rest.size() && (rest.at(digits) == u'.' || rest.at(digits) == u')')
        && isSpace(rest.at(digits + 1)))
        return rest.sliced(digits + 2).trimmed();
    return std::nullopt;
}

bool isBlank(QStringView line)
{
    for (QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

qsizetype indentOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && isSpace(line.at(i)))
        ++i;
    return i;
}

QStringView trimRight(QStringView s)
{
    qsizetype end = s.size();
    while (end > 0 && isSpace(s.at(end - 1)))
        --end;
    return s.first(end);
}

QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = text.indexOf(u'\n', start);
        if (nl < 0) {
            lines.append(text.sliced(start));
            break;
        }
        lines.append(text.sliced(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

QString comparable(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (c == u'*' || c == u'_' || c == u'`')
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
    return out.toCaseFolded();
}

} // namespace Newsdesk::Core::Markdown
