#include "render/imageblocker.h"

#include "core/links.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringBuilder>
#include <QUrl>

namespace Newsdesk::Render {

namespace {

// cmark-gfm's image as the markdown pipeline leaves it: src, alt, an optional title.
const QRegularExpression &imageTag()
{
    static const QRegularExpression re(
        QStringLiteral(R"re(<img src="(newsdesk://image/\?[^"]*)" alt="([^"]*)"(?: title="([^"]*)")? />)re"));
    return re;
}

QString unescapeAttribute(QStringView value)
{
    QString s = value.toString();
    s.replace(u"&quot;"_qs, u"\""_qs).replace(u"&lt;"_qs, u"<"_qs).replace(u"&gt;"_qs, u">"_qs);
    return s.replace(u"&amp;"_qs, u"&"_qs);
}

// Inside a link the placeholder cannot hold a link of its own (links do not nest): the alt text only.
QString placeholder(const QUrl &source, const QString &altHtml, const QString &titleHtml, bool insideLink)
{
    const QString label = !altHtml.isEmpty() ? altHtml
        : !titleHtml.isEmpty()               ? titleHtml
                               : QCoreApplication::translate("Newsdesk::Render::ImageBlocker", "Image from %1")
                                     .arg(source.host().toHtmlEscaped());
    if (insideLink)
        return u"<span class=\"image-blocked\" role=\"img\" aria-label=\"" % label % u"\"><span class=\"image-alt\">"
            % label % u"</span></span>";
    const QString load = QCoreApplication::translate("Newsdesk::Render::ImageBlocker", "Load image").toHtmlEscaped();
    const QString href = Core::AppUrl::loadImage(source).toString(QUrl::FullyEncoded).toHtmlEscaped();
    return u"<span class=\"image-blocked\" role=\"img\" aria-label=\"" % label % u"\"><span class=\"image-alt\">"
        % label % u"</span> <a class=\"load-image\" href=\"" % href % u"\" title=\""
        % source.toDisplayString().toHtmlEscaped() % u"\">" % load % u"</a></span>";
}

} // namespace

BlockedImages blockImages(const QString &html, const QSet<QString> &stored)
{
    BlockedImages out;
    out.html.reserve(html.size());
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = imageTag().globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const Core::AppUrl::Parsed parsed
            = Core::AppUrl::parse(QUrl(unescapeAttribute(m.capturedView(1)), QUrl::StrictMode));
        const QUrl source(parsed.value, QUrl::StrictMode);
        if (parsed.kind != Core::AppUrl::Parsed::Kind::Image || !source.isValid()
            || stored.contains(source.toString(QUrl::FullyEncoded)))
            continue;
        out.html += QStringView(html).mid(pos, m.capturedStart() - pos);
        const qsizetype at = m.capturedStart();
        const bool insideLink = html.lastIndexOf(u"<a "_qs, at) > html.lastIndexOf(u"</a>"_qs, at);
        out.html += placeholder(source, m.captured(2), m.captured(3), insideLink);
        pos = m.capturedEnd();
        ++out.blocked;
    }
    out.html += QStringView(html).mid(pos);
    return out;
}

} // namespace Newsdesk::Render
