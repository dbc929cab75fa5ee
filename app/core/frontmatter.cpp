#include "core/frontmatter.h"

#include "core/frontmatter_p.h"
#include "core/markdownsyntax.h"

namespace Newsdesk::Core {

using namespace FrontMatterDetail;

QVariant FrontMatter::firstOf(std::initializer_list<QStringView> keys, QString *foundKey) const
{
    for (QStringView wanted : keys) {
        for (const auto &[key, value] : fields) {
            if (key.compare(wanted, Qt::CaseInsensitive) == 0) {
                if (foundKey)
                    *foundKey = key;
                return value;
            }
        }
    }
    return {};
}

QString FrontMatter::textOf(std::initializer_list<QStringView> keys) const
{
    const QVariant value = firstOf(keys);
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(u", "_qs);
    return value.toString();
}

void FrontMatter::set(const QString &key, const QVariant &value, int line)
{
    if (const auto it = m_positions.constFind(key); it != m_positions.cend()) {
        warnings.append(u"front matter line %1: key \"%2\" repeated; the last value wins"_qs.arg(line).arg(key));
        fields[*it].second = value;
        return;
    }
    m_positions.insert(key, fields.size());
    fields.append({key, value});
}

FrontMatter parseFrontMatter(QStringView text)
{
    FrontMatter fm;
    const QList<QStringView> lines = Markdown::splitLines(text);
    int open = 0;
    while (open < lines.size() && Markdown::isBlank(lines.at(open)))
        ++open;
    if (open >= lines.size())
        return fm;
    const QStringView fence = Markdown::trimRight(lines.at(open));
    const bool toml = fence == u"+++";
    if (!toml && fence != u"---")
        return fm;

    int close = open + 1;
    for (; close < lines.size(); ++close) {
        const QStringView line = Markdown::trimRight(lines.at(close));
        if (toml ? line == u"+++" : (line == u"---" || line == u"..."))
            break;
    }
    if (close >= lines.size()) {
        fm.warnings.append(
            u"line %1: \"%2\" has no closing fence; read as body, not front matter"_qs.arg(open + 1).arg(fence));
        return fm;
    }

    const QList<QStringView> block = lines.mid(open + 1, close - open - 1);
    FrontMatter parsed;
    if (toml)
        readToml(block, open + 2, parsed);
    else
        readYaml(block, open + 2, parsed);

    bool hasContent = false;
    for (QStringView line : block) {
        if (!Markdown::isBlank(line)) {
            hasContent = true;
            break;
        }
    }
    // Two thematic breaks around ordinary text are not front matter: nothing in it is a key.
    if (hasContent && parsed.fields.isEmpty()) {
        fm.warnings.append(
            u"lines %1–%2: no key in the block between the fences; read as body"_qs.arg(open + 1).arg(close + 1));
        return fm;
    }

    fm = std::move(parsed);
    fm.syntax = toml ? FrontMatter::Syntax::Toml : FrontMatter::Syntax::Yaml;
    qsizetype offset = 0;
    for (int k = 0; k <= close; ++k)
        offset += lines.at(k).size() + 1;
    fm.bodyStart = qMin(offset, text.size());
    return fm;
}

namespace FrontMatterDetail {

QStringView stripComment(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'#' && (i == 0 || s.at(i - 1) == u' ' || s.at(i - 1) == u'\t'))
            return Markdown::trimRight(s.first(i));
    }
    return Markdown::trimRight(s);
}

MultiLineRead readAcrossLines(const QList<QStringView> &lines, int first, qsizetype from,
    const std::function<bool(QStringView)> &isContinuation, const std::function<qsizetype(QStringView)> &read)
{
    QString joined = lines.at(first).sliced(from).toString();
    QList<qsizetype> lineEnds{joined.size()};
    int last = first;
    int chunk = 1;
    for (;;) {
        const qsizetype end = read(joined);
        if (end >= 0) {
            int k = 0;
            while (k + 1 < lineEnds.size() && lineEnds.at(k) < end)
                ++k;
            const qsizetype lineEnd = lineEnds.at(k);
            const qsizetype restStart = qMin(end, lineEnd);
            return MultiLineRead{first + k, joined.sliced(restStart, lineEnd - restStart)};
        }
        // Join twice as many lines as last time, then read again: the reads cost at most twice
        // the text finally used, whether the value ends on the next line or a thousand lines on.
        if (last + 1 >= lines.size() || !isContinuation(lines.at(last + 1)))
            return {};
        for (int added = 0; added < chunk && last + 1 < lines.size() && isContinuation(lines.at(last + 1)); ++added) {
            ++last;
            joined.append(u'\n');
            joined.append(lines.at(last));
            lineEnds.append(joined.size());
        }
        chunk *= 2;
    }
}

} // namespace FrontMatterDetail

} // namespace Newsdesk::Core
