// TOML front matter between "+++" fences (Hugo, Zola): `key = "value"`, tables, arrays.
#include "core/frontmatter_p.h"
#include "core/markdownsyntax.h"

namespace Newsdesk::Core::FrontMatterDetail {

namespace {

bool isBareKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.';
}

QString unquoteKey(QStringView key)
{
    const QStringView t = key.trimmed();
    if (t.size() >= 2 && ((t.startsWith(u'"') && t.endsWith(u'"')) || (t.startsWith(u'\'') && t.endsWith(u'\''))))
        return t.sliced(1, t.size() - 2).toString();
    return t.toString();
}

// A multi-line string opened by `delimiter` (""" or '''): the index past its end, or -1.
qsizetype readMultiLine(QStringView s, QStringView delimiter, QString &out, QStringList &warnings)
{
    qsizetype from = delimiter.size();
    if (from < s.size() && s.at(from) == u'\n')
        ++from; // a newline right after the opening delimiter is trimmed
    out.clear();
    if (delimiter == u"'''") {
        const qsizetype close = s.indexOf(delimiter, from);
        if (close < 0)
            return -1;
        out = s.sliced(from, close - from).toString();
        return close + delimiter.size();
    }
    return readEscaped(s, from, delimiter, false, out, warnings);
}

} // namespace

void readToml(const QList<QStringView> &lines, int firstLineNumber, FrontMatter &fm)
{
    auto warn = [&](int index, const QString &what) {
        fm.warnings.append(u"front matter line %1: %2"_qs.arg(firstLineNumber + index).arg(what));
    };
    auto anyLine = [](QStringView) {
        return true;
    };
    // An array goes on over lines that are not "key = …" lines, so an unclosed one cannot swallow
    // the rest of the block (and each line is joined at most once).
    auto arrayLine = [](QStringView line) {
        const QStringView t = line.trimmed();
        qsizetype k = 0;
        while (k < t.size() && (isBareKeyChar(t.at(k)) || t.at(k) == u' '))
            ++k;
        return !(k > 0 && k < t.size() && t.at(k) == u'=');
    };
    QString table;
    int i = 0;
    while (i < lines.size()) {
        const QStringView line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            ++i;
            continue;
        }
        if (line.startsWith(u'[')) {
            // [table] or [[array.of.tables]]: later keys are "table.key".
            const QStringView name = stripComment(line);
            const qsizetype depth = name.startsWith(u"[[") ? 2 : 1;
            if (name.size() > 2 * depth && name.endsWith(depth == 2 ? u"]]" : u"]"))
                table = unquoteKey(name.sliced(depth, name.size() - 2 * depth));
            else
                warn(i, u"malformed [table] line skipped"_qs);
            ++i;
            continue;
        }
        // The key: bare, quoted or dotted, up to '='.
        qsizetype eq = -1;
        QChar quote;
        for (qsizetype k = 0; k < line.size(); ++k) {
            const QChar c = line.at(k);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
                continue;
            }
            if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'=') {
                eq = k;
                break;
            } else if (!isBareKeyChar(c) && !c.isSpace()) {
                break;
            }
        }
        if (eq <= 0) {
            warn(i, u"not a \"key = value\" line; skipped"_qs);
            ++i;
            continue;
        }
        QString key = unquoteKey(line.first(eq));
        if (!table.isEmpty())
            key = table + u'.' + key;
        const QStringView value = line.sliced(eq + 1).trimmed();
        const qsizetype offset = value.data() - lines.at(i).data();
        if (value.isEmpty()) {
            warn(i, u"key \"%1\" has no value"_qs.arg(key));
            fm.set(key, QString(), firstLineNumber + i);
            ++i;
            continue;
        }
        const QChar first = value.at(0);
        QString text;
        QStringList items;
        QStringList notes;
        MultiLineRead read;
        bool isList = false;
        if (value.startsWith(u"\"\"\"") || value.startsWith(u"'''")) {
            const QStringView delimiter = value.first(3);
            read = readAcrossLines(lines, i, offset, anyLine, [&](QStringView s) {
                notes.clear();
                return readMultiLine(s, delimiter, text, notes);
            });
        } else if (first == u'"') {
            read = readAcrossLines(
                lines, i, offset, [](QStringView) { return false; },
                [&](QStringView s) {
                    text.clear();
                    notes.clear();
                    return readDoubleQuoted(s, 0, text, notes);
                });
        } else if (first == u'\'') {
            // A literal string: no escapes at all.
            const qsizetype close = value.indexOf(u'\'', 1);
            if (close > 0) {
                text = value.sliced(1, close - 1).toString();
                read = MultiLineRead{i, value.sliced(close + 1).toString()};
            }
        } else if (first == u'[') {
            isList = true;
            read = readAcrossLines(lines, i, offset, arrayLine, [&](QStringView s) {
                items.clear();
                notes.clear();
                return readFlowList(s, 0, items, notes);
            });
        } else {
            // Numbers, booleans, dates and inline tables are kept as written.
            text = stripComment(value).toString();
            read = MultiLineRead{i, QString()};
        }
        for (const QString &note : std::as_const(notes))
            warn(i, note);
        if (read.lastLine < 0) {
            warn(i, u"unterminated value of \"%1\"; read to the end of the line"_qs.arg(key));
            fm.set(key, stripComment(value.sliced(1)).toString(), firstLineNumber + i);
            ++i;
            continue;
        }
        if (!stripComment(read.rest).trimmed().isEmpty())
            warn(read.lastLine, u"text after the value of \"%1\" ignored"_qs.arg(key));
        fm.set(key, isList ? QVariant(items) : QVariant(text), firstLineNumber + i);
        i = read.lastLine + 1;
    }
}

} // namespace Newsdesk::Core::FrontMatterDetail
