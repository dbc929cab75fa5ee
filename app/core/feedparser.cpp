// RSS 0.9x/1.0/2.0 and Atom 0.3/1.0. External entities are never loaded: QXmlStreamReader fetches
// nothing, and a feed declaring entities is refused. Text constructs are read by their type (plain
// text, escaped HTML, inline XHTML) the way a reader shows them; relative links resolve against
// xml:base, then the feed's address.
#include "core/datetimeparser.h"
#include "core/feedtext.h"
#include "core/links.h"
#include "core/listpageparser.h"
#include "core/relateditems.h"

#include <QXmlStreamReader>

namespace Newsdesk::Core {

namespace {

constexpr qsizetype maxSummary = 2000;
constexpr QLatin1StringView atom10("http://www.w3.org/2005/Atom");
constexpr QLatin1StringView atom03("http://purl.org/atom/ns#");

struct Entry
{
    QString link;
    QUrl linkBase;
    QString guid;
    bool guidIsPermaLink = false;
    QUrl guidBase;
    QString title;
    QString published;
    QString updated;
    QString summaryHtml; // description / summary
    QString contentHtml; // content:encoded / Atom content
    QString author;
};

struct Frame
{
    QString name;
    QUrl base;
};

bool isAtom(QStringView namespaceUri)
{
    return namespaceUri == atom10 || namespaceUri == atom03;
}

// The formats' own elements: a podcast's itunes:title or a media:title is not the item's title.
bool isFeedNamespace(QStringView namespaceUri)
{
    return namespaceUri.isEmpty() || isAtom(namespaceUri) || namespaceUri == u"http://purl.org/rss/1.0/"
        || namespaceUri == u"http://my.netscape.com/rdf/simple/0.9/"
        || namespaceUri == u"http://backend.userland.com/rss2" || namespaceUri == u"http://purl.org/dc/elements/1.1/"
        || namespaceUri == u"http://purl.org/dc/terms/" || namespaceUri == u"http://purl.org/rss/1.0/modules/content/";
}

QUrl elementBase(const QXmlStreamReader &xml, const QUrl &parentBase)
{
    const QStringView base = xml.attributes().value(QLatin1StringView("xml:base"));
    if (base.isEmpty())
        return parentBase;
    const QUrl url(base.trimmed().toString());
    return parentBase.isValid() ? parentBase.resolved(url) : url;
}

// The children of an inline XHTML construct as HTML (text escaped, tags kept for the converter).
QString readXhtml(QXmlStreamReader &xml)
{
    QString html;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            ++depth;
            html += u'<' + xml.name().toString();
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                html += u' ' + attribute.name().toString() + u"=\"" + attribute.value().toString().toHtmlEscaped()
                    + u'"';
            html += u'>';
            break;
        }
        case QXmlStreamReader::EndElement:
            if (--depth > 0)
                html += u"</" + xml.name().toString() + u'>';
            break;
        case QXmlStreamReader::Characters:
            html += xml.text().toString().toHtmlEscaped();
            break;
        default:
            break;
        }
    }
    return html;
}

// A text construct as HTML: Atom's type/mode attributes say what it is; RSS text is HTML when it
// looks like HTML ("1 < 2" is text).
QString readMarkup(QXmlStreamReader &xml)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    const QString type = attributes.value(QLatin1StringView("type")).toString().toLower();
    const QString mode = attributes.value(QLatin1StringView("mode")).toString().toLower();
    const bool atom = isAtom(xml.namespaceUri());
    if (type == u"xhtml" || type == u"application/xhtml+xml" || (atom && mode == u"xml" && type == u"text/html"))
        return readXhtml(xml);
    const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    if (type == u"html" || type == u"text/html" || mode == u"escaped")
        return text;
    if (type == u"text" || type == u"text/plain" || atom)
        return text.toHtmlEscaped();
    return looksLikeHtml(text) ? text : text.toHtmlEscaped();
}

QUrl resolveLink(const QString &link, const QUrl &base)
{
    return webUrl(link.trimmed(), base);
}

} // namespace

ListPage parseFeed(const QByteArray &document, const QUrl &base, const QByteArray &httpCharset)
{
    ListPage page;
    page.kind = ListPage::Kind::Feed;
    const DecodedFeed decoded = decodeFeed(document, httpCharset);
    if (!decoded.error.isEmpty()) {
        page.errors.append(decoded.error);
        page.warnings.append(decoded.error);
    }
    // Whitespace before "<?xml" is an error to XML; servers and editors leave it anyway.
    QStringView text(decoded.text);
    while (!text.isEmpty() && text.front().isSpace())
        text = text.sliced(1);
    QXmlStreamReader xml(text.toString());
    std::optional<Entry> entry;
    QUrl feedBase = base;
    QList<Frame> stack;
    QString rootNamespace;
    auto currentBase = [&] {
        return stack.isEmpty() ? feedBase : stack.constLast().base;
    };
    auto parentName = [&] {
        return stack.isEmpty() ? QString() : stack.constLast().name;
    };

    auto finish = [&] {
        ArticleRef ref;
        // The feed's alternate link may come after the first elements: bases fall back to it.
        if (!entry->link.isEmpty())
            ref.url = resolveLink(entry->link, entry->linkBase.isEmpty() ? feedBase : entry->linkBase);
        else if (entry->guidIsPermaLink)
            ref.url = resolveLink(entry->guid, entry->guidBase.isEmpty() ? feedBase : entry->guidBase);
        ref.newsId = newsIdFromUrl(ref.url);
        ref.title = isolateBidi(htmlToText(entry->title));
        ref.guid = entry->guid;
        ref.author = isolateBidi(htmlToText(entry->author));
        const QString time = entry->published.trimmed().isEmpty() ? entry->updated : entry->published;
        if (!time.trimmed().isEmpty()) {
            ref.published = parseDateTime(time);
            if (!ref.published.isValid())
                page.warnings.append(
                    u"item \"%1\": \"%2\" is not a date"_qs.arg(ref.title.left(60), time.trimmed().left(60)));
        }
        ref.summary = htmlToText(entry->summaryHtml.isEmpty() ? entry->contentHtml : entry->summaryHtml, maxSummary);
        const QString &html = entry->contentHtml.isEmpty() ? entry->summaryHtml : entry->contentHtml;
        ref.content = htmlToMarkdown(html);
        if (ref.url.isEmpty())
            page.warnings.append(u"item \"%1\" has no link; skipped"_qs.arg(ref.title.left(60)));
        else
            page.articles.append(ref);
        entry.reset();
    };

    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            // Entity declarations are how XML bombs start; feeds have no use for them.
            if (!xml.entityDeclarations().isEmpty()) {
                page.warnings.append(u"the feed declares entities; refused"_qs);
                break;
            }
            continue;
        }
        if (token == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (entry && (name == u"item" || name == u"entry"))
                finish();
            if (!stack.isEmpty())
                stack.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (stack.isEmpty() && !entry)
            rootNamespace = xml.namespaceUri().toString(); // early Atom drafts used namespaces of their own
        const bool ownElement = isFeedNamespace(xml.namespaceUri()) || xml.namespaceUri() == rootNamespace;
        const QUrl here = elementBase(xml, currentBase());
        const QString parent = parentName();
        const bool atom = isAtom(xml.namespaceUri());
        if (name == u"item" || name == u"entry") {
            if (entry)
                finish(); // an item inside an item: keep the outer one
            entry = Entry{};
            stack.append(Frame{name, here});
            continue;
        }
        const bool entryChild = entry && (parent == u"item" || parent == u"entry") && ownElement;
        if (!entry) {
            const bool feedChild = (parent == u"channel" || parent == u"feed" || parent.isEmpty()) && ownElement;
            if (name == u"title" && feedChild && page.title.isNull()) {
                page.title = isolateBidi(htmlToText(readMarkup(xml)));
                if (page.title.isNull())
                    page.title = u""_qs;
                continue;
            }
            if (name == u"link" && feedChild && feedBase.isEmpty()) {
                const QString href = xml.attributes().value(QLatin1StringView("href")).toString();
                const QString rel = xml.attributes().value(QLatin1StringView("rel")).toString();
                if (!href.isEmpty() && (rel.isEmpty() || rel == u"alternate"))
                    feedBase = webUrl(href, {});
                xml.skipCurrentElement();
                continue;
            }
            stack.append(Frame{name, here});
            continue;
        }
        if (name == u"name" && parent == u"author" && entry->author.isEmpty()) {
            entry->author = xml.readElementText(QXmlStreamReader::IncludeChildElements).toHtmlEscaped();
            continue;
        }
        if (!entryChild) {
            stack.append(Frame{name, here});
            continue;
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        if (name == u"link") {
            // Atom: <link rel="alternate" href="…"/>; RSS: <link>…</link>; an alternate link
            // written as text is read as such, any other relation without href is not the article's.
            if (attributes.hasAttribute(QLatin1StringView("href"))) {
                const QStringView rel = attributes.value(QLatin1StringView("rel"));
                if ((rel.isEmpty() || rel == u"alternate") && entry->link.isEmpty()) {
                    entry->link = attributes.value(QLatin1StringView("href")).toString();
                    entry->linkBase = here;
                }
                xml.skipCurrentElement();
            } else if (const QStringView rel = attributes.value(QLatin1StringView("rel"));
                       !rel.isEmpty() && rel != u"alternate") {
                xml.skipCurrentElement(); // e.g. an enclosure without its address
            } else {
                const QString linkText = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                if (entry->link.isEmpty()) {
                    entry->link = linkText;
                    entry->linkBase = here;
                }
            }
        } else if (name == u"guid" || (name == u"id" && atom)) {
            entry->guidIsPermaLink = name == u"guid" && attributes.value(QLatin1StringView("isPermaLink")) != u"false";
            entry->guid = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            entry->guidBase = here;
        } else if (name == u"title") {
            entry->title = readMarkup(xml);
        } else if (name == u"pubDate" || name == u"published" || name == u"issued" || name == u"created"
            || (name == u"date" && entry->published.isEmpty())) {
            entry->published = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (name == u"updated" || name == u"modified") {
            entry->updated = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (name == u"description" || name == u"summary") {
            entry->summaryHtml = readMarkup(xml);
        } else if (name == u"encoded" || name == u"content") {
            const QString html = readMarkup(xml);
            if (entry->contentHtml.isEmpty())
                entry->contentHtml = html;
        } else if ((name == u"author" || name == u"creator") && !atom) {
            if (entry->author.isEmpty())
                entry->author = xml.readElementText(QXmlStreamReader::IncludeChildElements).toHtmlEscaped();
            else
                xml.skipCurrentElement();
        } else {
            stack.append(Frame{name, here});
        }
    }
    if (entry)
        finish();
    if (xml.hasError()) {
        page.warnings.append(u"XML error at line %1, column %2: %3; kept the items before it"_qs.arg(xml.lineNumber())
                                 .arg(xml.columnNumber())
                                 .arg(xml.errorString()));
    }
    return page;
}

} // namespace Newsdesk::Core
