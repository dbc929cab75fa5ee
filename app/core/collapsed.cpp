#include "core/collapsed.h"

#include "core/collapsed_p.h"

namespace Newsdesk::Core {

std::optional<CollapsedDocument> recoverCollapsedDocument(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    const QStringView t = text.sliced(start);
    if (!t.startsWith(u"---") || t.size() < 5 || (t.at(3) != u' ' && t.at(3) != u'\t'))
        return std::nullopt;
    qsizetype k = 4;
    while (k < t.size() && (t.at(k) == u' ' || t.at(k) == u'\t'))
        ++k;
    if (CollapsedDetail::keyAt(t, k) < 0)
        return std::nullopt;

    CollapsedDocument doc;
    doc.frontMatter.syntax = FrontMatter::Syntax::Collapsed;
    const qsizetype bodyStart = CollapsedDetail::readCollapsedFrontMatter(t, 3, doc.frontMatter);
    if (bodyStart < 0)
        return std::nullopt; // never closed: not front matter, the text is body
    doc.frontMatter.bodyStart = start + bodyStart;
    const QStringView body = t.sliced(bodyStart).trimmed();
    // A body that kept its line breaks needs no rebuilding.
    if (body.contains(u'\n')) {
        doc.body = body.toString();
    } else {
        const QString title = doc.frontMatter.textOf({u"title", u"headline", u"og_title"});
        doc.body = CollapsedDetail::rebuildCollapsedBody(body, title);
    }
    return doc;
}

} // namespace Newsdesk::Core
