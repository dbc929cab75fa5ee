// Quoted scalars and flow lists, as the front matter and the collapsed-document reader write them.
#include "core/frontmatter.h"
#include "core/frontmatter_p.h"

namespace Newsdesk::Core {

namespace {

constexpr char16_t replacementChar = 0xFFFD;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// `digits` hex digits at s[from]; -1 when they are not all there.
qint64 readHex(QStringView s, qsizetype from, int digits)
{
    if (from + digits > s.size())
        return -1;
    qint64 value = 0;
    for (int k = 0; k < digits; ++k) {
        const int h = hexValue(s.at(from + k));
        if (h < 0)
            return -1;
        value = value * 16 + h;
    }
    return value;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out.append(QChar(replacementChar));
    } else if (QChar::requiresSurrogates(cp)) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

void dropTrailingBlanks(QString &out)
{
    qsizetype end = out.size();
    while (end > 0 && (out.at(end - 1) == u' ' || out.at(end - 1) == u'\t'))
        --end;
    out.truncate(end);
}

// A line break inside a quoted scalar folds to a space; each blank line that follows is a newline.
qsizetype foldLineBreak(QStringView s, qsizetype newline, QString &out)
{
    dropTrailingBlanks(out);
    qsizetype i = newline + 1;
    int blankLines = 0;
    for (;;) {
        while (i < s.size() && (s.at(i) == u' ' || s.at(i) == u'\t'))
            ++i;
        if (i < s.size() && s.at(i) == u'\n') {
            ++blankLines;
            ++i;
            continue;
        }
        break;
    }
    if (blankLines == 0)
        out.append(u' ');
    else
        out.append(QString(blankLines, u'\n'));
    return i;
}

} // namespace

qsizetype readDoubleQuoted(QStringView s, qsizetype openQuote, QString &out, QStringList &warnings)
{
    return FrontMatterDetail::readEscaped(s, openQuote + 1, u"\"", true, out, warnings);
}

qsizetype FrontMatterDetail::readEscaped(
    QStringView s, qsizetype from, QStringView terminator, bool foldLines, QString &out, QStringList &warnings)
{
    qsizetype i = from;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c == terminator.at(0) && s.sliced(i).startsWith(terminator))
            return i + terminator.size();
        if (c == u'\n' && foldLines) {
            i = foldLineBreak(s, i, out);
            continue;
        }
        if (c != u'\\') {
            out.append(c);
            ++i;
            continue;
        }
        if (i + 1 >= s.size()) {
            ++i;
            break;
        }
        const QChar e = s.at(i + 1);
        i += 2;
        switch (e.unicode()) {
        case u'"':
            out.append(u'"');
            break;
        case u'\\':
            out.append(u'\\');
            break;
        case u'/':
            out.append(u'/');
            break;
        case u' ':
            out.append(u' ');
            break;
        case u'\t':
        case u't':
            out.append(u'\t');
            break;
        case u'n':
            out.append(u'\n');
            break;
        case u'r':
            out.append(u'\r');
            break;
        case u'a':
            out.append(QChar(0x07));
            break;
        case u'b':
            out.append(QChar(0x08));
            break;
        case u'v':
            out.append(QChar(0x0B));
            break;
        case u'f':
            out.append(QChar(0x0C));
            break;
        case u'e':
            out.append(QChar(0x1B));
            break;
        case u'0':
            out.append(QChar(replacementChar));
            break;
        case u'N':
            out.append(QChar(0x85));
            break;
        case u'_':
            out.append(QChar(0xA0));
            break;
        case u'L':
            out.append(QChar(0x2028));
            break;
        case u'P':
            out.append(QChar(0x2029));
            break;
        case u'\n':
            // An escaped line break joins the lines without a space.
            while (i < s.size() && (s.at(i) == u' ' || s.at(i) == u'\t' || (!foldLines && s.at(i) == u'\n')))
                ++i;
            break;
        case u'x':
        case u'u':
        case u'U': {
            const int digits = e == u'x' ? 2 : e == u'u' ? 4 : 8;
            const qint64 value = readHex(s, i, digits);
            if (value < 0) {
                warnings.append(u"invalid \\%1 escape"_qs.arg(e));
                out.append(QChar(replacementChar));
                break;
            }
            i += digits;
            char32_t cp = char32_t(value);
            if (e == u'u' && QChar::isHighSurrogate(cp)) {
                // JSON-style surrogate pair: "\uD83D\uDE00".
                const qint64 low
                    = (i + 1 < s.size() && s.at(i) == u'\\' && s.at(i + 1) == u'u') ? readHex(s, i + 2, 4) : -1;
                if (low >= 0 && QChar::isLowSurrogate(char32_t(low))) {
                    cp = QChar::surrogateToUcs4(char16_t(value), char16_t(low));
                    i += 6;
                } else {
                    warnings.append(u"unpaired surrogate escape replaced"_qs);
                }
            } else if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                warnings.append(u"invalid code point escape replaced"_qs);
            }
            appendCodePoint(out, cp);
            break;
        }
        default:
            warnings.append(u"unknown escape \\%1 kept as written"_qs.arg(e));
            out.append(u'\\');
            out.append(e);
            break;
        }
    }
    return -1;
}

qsizetype readSingleQuoted(QStringView s, qsizetype openQuote, QString &out)
{
    qsizetype i = openQuote + 1;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c == u'\'') {
            if (i + 1 < s.size() && s.at(i + 1) == u'\'') {
                out.append(u'\'');
                i += 2;
                continue;
            }
            return i + 1;
        }
        if (c == u'\n') {
            i = foldLineBreak(s, i, out);
            continue;
        }
        out.append(c);
        ++i;
    }
    return -1;
}

qsizetype readFlowList(QStringView s, qsizetype openBracket, QStringList &out, QStringList &warnings)
{
    qsizetype i = openBracket + 1;
    auto skipSpace = [&] {
        while (i < s.size() && s.at(i).isSpace())
            ++i;
    };
    for (;;) {
        skipSpace();
        if (i >= s.size())
            return -1;
        if (s.at(i) == u']')
            return i + 1;
        if (s.at(i) == u',') {
            ++i;
            continue;
        }
        QString item;
        if (s.at(i) == u'"' || s.at(i) == u'\'') {
            const qsizetype end
                = s.at(i) == u'"' ? readDoubleQuoted(s, i, item, warnings) : readSingleQuoted(s, i, item);
            if (end < 0) {
                out.append(item);
                return -1;
            }
            i = end;
        } else {
            // Plain item: up to a ',' or ']' outside nested brackets (so "[en](url)" stays whole).
            const qsizetype start = i;
            int depth = 0;
            for (; i < s.size(); ++i) {
                const QChar c = s.at(i);
                if (c == u'[' || c == u'(' || c == u'{') {
                    ++depth;
                } else if (c == u')' || c == u'}' || (c == u']' && depth > 0)) {
                    depth = qMax(0, depth - 1);
                } else if (depth == 0 && (c == u',' || c == u']')) {
                    break;
                } else if (c == u'#' && i > start && s.at(i - 1).isSpace()) {
                    break; // a comment ends the line's part of the list
                }
            }
            item = s.sliced(start, i - start).trimmed().toString();
            if (i < s.size() && s.at(i) == u'#') {
                while (i < s.size() && s.at(i) != u'\n')
                    ++i;
            }
        }
        if (!item.isEmpty())
            out.append(item);
        skipSpace();
        if (i < s.size() && s.at(i) != u',' && s.at(i) != u']') {
            warnings.append(u"unexpected text in a [flow, list]"_qs);
            while (i < s.size() && s.at(i) != u',' && s.at(i) != u']')
                ++i;
        }
    }
}

} // namespace Newsdesk::Core
