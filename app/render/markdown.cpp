#include "render/markdown.h"

#include "core/links.h"

#include <QLoggingCategory>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

Q_LOGGING_CATEGORY(lcMarkdown, "newsdesk.render.markdown")

namespace Newsdesk::Render {

namespace {

// Never CMARK_OPT_UNSAFE: raw HTML is replaced by a comment, dangerous link schemes are emptied.
// Table alignment stays an `align` attribute (not a style attribute), which the page's CSP allows.
// Footnotes render as the GFM spec shows them: references and back-references are links inside the page.
constexpr int parseOptions = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_FOOTNOTES;
constexpr const char *extensionNames[] = {"table", "strikethrough", "autolink", "tasklist"};
constexpr QLatin1StringView placeholderPrefix("<!--newsdesk-code-");
constexpr QLatin1StringView placeholderSuffix("-->");
// A link keeps its node (a table cell may hold only the node types the table extension allows, so a
// custom node there is refused and the link's text was lost); its destination becomes this
// placeholder and the rendered opening tag is swapped for the app's own. Safe mode escapes every
// "<" of the document, so only cmark-gfm writes "<a href=".
constexpr QLatin1StringView linkPlaceholderOpen("<a href=\"newsdesk-link:");

struct ParserDeleter
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};

QByteArray attribute(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QString escapedUrl(const QUrl &url)
{
    return QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded)).toHtmlEscaped();
}

QString nodeString(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QUrl resolve(const QString &destination, const QUrl &baseUrl)
{
    const QUrl url(destination.trimmed());
    if (url.isRelative() && baseUrl.isValid())
        return baseUrl.resolved(url);
    return url;
}

// The opening tag for a link: in-app for news and quote pages, the URL itself for http(s) and
// mailto, and no href at all for anything else (javascript:, data:, file:, relative without a
// base…), so the text stays readable and nothing can be followed.
QByteArray linkOpenTag(const QString &destination, const QString &title, const QUrl &baseUrl)
{
    const QUrl url = resolve(destination, baseUrl);
    QString href;
    QLatin1StringView cssClass("link-inert");
    const QString scheme = url.scheme().toLower();
    if (const QString place = destination.trimmed(); place.startsWith(u'#') && place.size() > 1) {
        // A place in this page (a footnote, a heading): it stays in the page.
        href = u'#'
            + QString::fromLatin1(QUrl::toPercentEncoding(place.sliced(1), "-._~!$&'()*+,;=:@/?")).toHtmlEscaped();
        cssClass = QLatin1StringView("link-anchor");
    } else if (url.isValid() && (scheme == u"http" || scheme == u"https")) {
        const Core::LinkTarget target = Core::classifyLink(url);
        if (target.kind == Core::LinkTarget::Kind::News && !target.newsId.isEmpty()) {
            href = escapedUrl(Core::AppUrl::news(target.newsId));
            cssClass = QLatin1StringView("link-news");
        } else if (target.kind == Core::LinkTarget::Kind::Ticker && !target.ticker.isEmpty()) {
            href = escapedUrl(Core::AppUrl::ticker(target.ticker));
            cssClass = QLatin1StringView("link-ticker");
        } else {
            href = escapedUrl(url);
            cssClass = QLatin1StringView("link-external");
        }
    } else if (url.isValid() && scheme == u"mailto") {
        href = escapedUrl(url);
        cssClass = QLatin1StringView("link-external");
    }
    QByteArray tag = "<a class=\"" + QByteArray(cssClass.data(), cssClass.size()) + '"';
    if (!href.isEmpty())
        tag += " href=\"" + href.toUtf8() + '"';
    if (!title.isEmpty())
        tag += " title=\"" + attribute(title) + '"';
    return tag + '>';
}

QString languageOf(const QString &info)
{
    QString word = info.trimmed().section(u' ', 0, 0, QString::SectionSkipEmpty);
    // "{.python}" and ".python" as some tools write them.
    while (word.startsWith(u'{') || word.startsWith(u'.'))
        word.remove(0, 1);
    while (word.endsWith(u'}'))
        word.chop(1);
    return word;
}

void ensureExtensionsRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

// Swaps each `<a href="newsdesk-link:N">` cmark-gfm wrote for the app's opening tag of link N.
QString restoreLinkTags(const QString &html, const QList<QByteArray> &tags)
{
    if (tags.isEmpty())
        return html;
    QString out;
    out.reserve(html.size() + html.size() / 8);
    qsizetype pos = 0;
    for (;;) {
        const qsizetype start = html.indexOf(linkPlaceholderOpen, pos);
        if (start < 0)
            break;
        const qsizetype digits = start + linkPlaceholderOpen.size();
        const qsizetype end = html.indexOf(u"\">", digits);
        if (end < 0)
            break;
        bool ok = false;
        const qsizetype index = QStringView(html).sliced(digits, end - digits).toLongLong(&ok);
        out += QStringView(html).sliced(pos, start - pos);
        pos = end + 2;
        out += ok && index >= 0 && index < tags.size() ? QString::fromUtf8(tags.at(index))
                                                       : u"<a class=\"link-inert\">"_qs;
    }
    out += QStringView(html).sliced(pos);
    return out;
}

} // namespace

QString codeBlockPlaceholder(qsizetype index)
{
    return placeholderPrefix + QString::number(index) + placeholderSuffix;
}

RenderedBody renderMarkdown(const QString &markdown, const QUrl &baseUrl)
{
    ensureExtensionsRegistered();
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(parseOptions));
    for (const char *name : extensionNames) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
        else
            qCWarning(lcMarkdown) << "cmark-gfm lacks the extension" << name;
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));

    // Collect first: the tree must not change under the iterator.
    std::vector<cmark_node *> links, images, codeBlocks, tables;
    cmark_iter *iter = cmark_iter_new(document.get());
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_LINK:
            links.push_back(node);
            break;
        case CMARK_NODE_IMAGE:
            images.push_back(node);
            break;
        case CMARK_NODE_CODE_BLOCK:
            codeBlocks.push_back(node);
            break;
        default:
            if (qstrcmp(cmark_node_get_type_string(node), "table") == 0)
                tables.push_back(node);
            break;
        }
    }
    cmark_iter_free(iter);

    QList<QByteArray> linkTags;
    linkTags.reserve(qsizetype(links.size()));
    for (cmark_node *link : links) {
        linkTags.append(
            linkOpenTag(nodeString(cmark_node_get_url(link)), nodeString(cmark_node_get_title(link)), baseUrl));
        const QByteArray placeholder = "newsdesk-link:" + QByteArray::number(linkTags.size() - 1);
        cmark_node_set_url(link, placeholder.constData());
        cmark_node_set_title(link, "");
    }

    for (cmark_node *image : images) {
        const QUrl source = resolve(nodeString(cmark_node_get_url(image)), baseUrl);
        const QByteArray url = Core::AppUrl::image(source).toEncoded(QUrl::FullyEncoded);
        cmark_node_set_url(image, url.constData());
    }

    RenderedBody body;
    for (cmark_node *block : codeBlocks) {
        const qsizetype index = body.codeBlocks.size();
        body.codeBlocks.append(CodeBlock{
            languageOf(nodeString(cmark_node_get_fence_info(block))), nodeString(cmark_node_get_literal(block))});
        cmark_node *placeholder = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(placeholder, codeBlockPlaceholder(index).toUtf8().constData());
        cmark_node_replace(block, placeholder);
        cmark_node_free(block);
    }

    for (cmark_node *table : tables) {
        cmark_node *wrapper = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(wrapper, "<div class=\"table-scroll\">");
        cmark_node_set_on_exit(wrapper, "</div>");
        if (!cmark_node_insert_before(table, wrapper) || !cmark_node_append_child(wrapper, table)) {
            qCWarning(lcMarkdown) << "could not wrap a table";
            cmark_node_free(wrapper);
        }
    }

    char *html = cmark_render_html(document.get(), parseOptions, cmark_parser_get_syntax_extensions(parser.get()));
    body.html = restoreLinkTags(QString::fromUtf8(html), linkTags);
    cmark_get_default_mem_allocator()->free(html);
    return body;
}

QString spliceCodeBlocks(const RenderedBody &body, const QStringList &highlighted)
{
    const QString &html = body.html;
    QString out;
    out.reserve(html.size() + html.size() / 4);
    qsizetype pos = 0;
    for (;;) {
        const qsizetype start = html.indexOf(placeholderPrefix, pos);
        if (start < 0)
            break;
        const qsizetype digits = start + placeholderPrefix.size();
        const qsizetype end = html.indexOf(placeholderSuffix, digits);
        if (end < 0)
            break;
        bool ok = false;
        const qsizetype index = QStringView(html).sliced(digits, end - digits).toLongLong(&ok);
        out += QStringView(html).sliced(pos, start - pos);
        pos = end + placeholderSuffix.size();
        if (!ok || index < 0 || index >= body.codeBlocks.size())
            continue;
        const CodeBlock &block = body.codeBlocks.at(index);
        out += u"<pre class=\"code\"";
        if (!block.language.isEmpty())
            out += u" data-lang=\"" % block.language.toHtmlEscaped() % u'"';
        out += u"><code>";
        out += index < highlighted.size() ? highlighted.at(index) : block.code.toHtmlEscaped();
        out += u"</code></pre>";
    }
    out += QStringView(html).sliced(pos);
    return out;
}

QString plainTextFallback(const QString &markdown, const QString &notice)
{
    return u"<p class=\"render-notice\">" % notice.toHtmlEscaped() % u"</p>\n<pre class=\"fallback\">"
        % markdown.toHtmlEscaped() % u"</pre>\n";
}

} // namespace Newsdesk::Render
