#include "render/htmltext.h"

#include <algorithm>

namespace Newsdesk::Render {

namespace {

// Elements whose text is not prose to mark (the start tag's name, lower case).
bool isSkipped(QStringView name)
{
    return name == u"pre" || name == u"code" || name == u"a" || name == u"script" || name == u"style"
        || name == u"title" || name == u"textarea" || name == u"svg" || name == u"math";
}

QStringView tagName(QStringView tag, bool &closing)
{
    qsizetype i = 1;
    closing = i < tag.size() && tag.at(i) == u'/';
    if (closing)
        ++i;
    const qsizetype start = i;
    while (i < tag.size() && (tag.at(i).isLetterOrNumber() || tag.at(i) == u'-'))
        ++i;
    return tag.sliced(start, i - start);
}

} // namespace

void rewriteProse(QStringView html, QString &out, const std::function<void(QStringView text, QString &out)> &markText)
{
    int skipDepth = 0;
    qsizetype i = 0;
    while (i < html.size()) {
        if (html.at(i) == u'<') {
            qsizetype end = html.indexOf(u'>', i);
            if (end < 0)
                end = html.size() - 1;
            const QStringView tag = html.sliced(i, end - i + 1);
            bool closing = false;
            const QString name = tagName(tag, closing).toString().toLower();
            const bool selfClosing = tag.endsWith(u"/>");
            if (isSkipped(name) && !selfClosing)
                skipDepth = std::max(0, skipDepth + (closing ? -1 : 1));
            out += tag;
            i = end + 1;
            continue;
        }
        qsizetype next = html.indexOf(u'<', i);
        if (next < 0)
            next = html.size();
        const QStringView text = html.sliced(i, next - i);
        if (skipDepth > 0)
            out += text;
        else
            markText(text, out);
        i = next;
    }
}

} // namespace Newsdesk::Render
