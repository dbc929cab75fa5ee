// RSS 2.0, RSS 1.0 (RDF) and Atom feeds whose items link to articles. External entities are never
// loaded: QXmlStreamReader does not fetch anything, and an undeclared entity is an error.
#include "listpageparser.h"

#include "datetimeparser.h"
#include "links.h"
#include "relateditems.h"

#include <QXmlStreamReader>

namespace Newsdesk::Core {

namespace {

constexpr qsizetype maxSummary = 2000;

// Feed descriptions are HTML: drop the tags, decode the common entities, collapse whitespace.
QString plainText(QStringView html)
{
    QString out;
    out.reserve(qMin(html.size(), maxSummary));
    bool inTag = false;
    for (qsizetype i = 0; i < html.size() && out.size() < maxSummary; ++i) {
        const QChar c = html.at(i);
        if (inTag) {
            if (c == u'>') {
                inTag = false;
                out.append(u' ');
            }
            continue;
        }
        if (c == u'<') {
            inTag = true;
            continue;
        }
        if (c == u'&') {
            const qsizetype semi = html.sliced(i, qMin<qsizetype>(10, html.size() - i)).indexOf(u';');
            if (semi > 1) {
                const QStringView entity = html.sliced(i + 1, semi - 1);
                static constexpr std::pair<QStringView, char16_t> named[] = {
                    {u"amp", u'&'}, {u"lt", u'<'}, {u"gt", u'>'}, {u"quot", u'"'}, {u"apos", u'\''}, {u"nbsp", u' '}};
                bool done = false;
                for (const auto &[name, ch] : named) {
                    if (entity == name) {
                        out.append(QChar(ch));
                        done = true;
                    }
                }
                if (!done && entity.startsWith(u'#')) {
                    bool ok = false;
                    const uint cp = entity.startsWith(u"#x") || entity.startsWith(u"#X") ? entity.sliced(2).toUInt(&ok, 16)
                                                                                         : entity.sliced(1).toUInt(&ok, 10);
                    if (ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                        if (QChar::requiresSurrogates(cp)) {
                            out.append(QChar(QChar::highSurrogate(cp)));
                            out.append(QChar(QChar::lowSurrogate(cp)));
                        } else {
                            out.append(QChar(char16_t(cp)));
                        }
                        done = true;
                    }
                }
                if (done) {
                    i += semi;
                    continue;
                }
            }
        }
        out.append(c);
    }
    return out.simplified();
}

struct Entry
{
    QString link;
    QString guid;
    bool guidIsPermaLink = true;
    QString title;
    QString published;
    QString updated;
    QString summary;
};

} // namespace

ListPage parseFeed(const QByteArray &document, const QUrl &base)
{
    ListPage page;
    page.kind = ListPage::Kind::Feed;
    // Whitespace before "<?xml" is an error to XML; servers and editors leave it anyway.
    QByteArrayView bytes(document);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    while (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.front() == '\t' || bytes.front() == '\r' || bytes.front() == '\n'))
        bytes = bytes.sliced(1);
    QXmlStreamReader xml(bytes.toByteArray());
    std::optional<Entry> entry;
    QUrl feedBase = base;

    auto finish = [&] {
        ArticleRef ref;
        QString link = entry->link;
        if (link.isEmpty() && entry->guidIsPermaLink)
            link = entry->guid;
        ref.url = webUrl(link.trimmed(), feedBase);
        ref.newsId = newsIdFromUrl(ref.url);
        ref.title = plainText(entry->title);
        const QString time = entry->published.isEmpty() ? entry->updated : entry->published;
        if (!time.trimmed().isEmpty()) {
            ref.published = parseDateTime(time);
            if (!ref.published.isValid())
                page.warnings.append(u"item \"%1\": \"%2\" is not a date"_qs.arg(ref.title.left(60), time.trimmed().left(60)));
        }
        ref.summary = plainText(entry->summary);
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
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"item" || name == u"entry") {
            if (entry)
                finish(); // an item inside an item: keep the outer one
            entry = Entry{};
            continue;
        }
        if (!entry) {
            if (name == u"title" && page.title.isEmpty())
                page.title = plainText(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            else if (name == u"link" && feedBase.isEmpty()) {
                const QString href = xml.attributes().value(QLatin1StringView("href")).toString();
                const QString rel = xml.attributes().value(QLatin1StringView("rel")).toString();
                if (!href.isEmpty() && (rel.isEmpty() || rel == u"alternate"))
                    feedBase = webUrl(href, {});
            }
            continue;
        }
        if (name == u"link") {
            // Atom: <link rel="alternate" href="…"/>; RSS: <link>…</link>.
            const QXmlStreamAttributes attributes = xml.attributes();
            if (attributes.hasAttribute(QLatin1StringView("href"))) {
                const QStringView rel = attributes.value(QLatin1StringView("rel"));
                if ((rel.isEmpty() || rel == u"alternate") && entry->link.isEmpty())
                    entry->link = attributes.value(QLatin1StringView("href")).toString();
                xml.skipCurrentElement();
            } else {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                if (entry->link.isEmpty())
                    entry->link = text;
            }
        } else if (name == u"guid" || name == u"id") {
            entry->guidIsPermaLink = xml.attributes().value(QLatin1StringView("isPermaLink")) != u"false" && name == u"guid";
            entry->guid = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        } else if (name == u"title") {
            entry->title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (name == u"pubDate" || name == u"published" || name == u"date" || name == u"issued") {
            entry->published = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (name == u"updated" || name == u"modified") {
            entry->updated = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (name == u"description" || name == u"summary" || (name == u"content" && entry->summary.isEmpty())
                   || (name == u"encoded" && entry->summary.isEmpty())) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (entry->summary.isEmpty() || name != u"content")
                entry->summary = text;
        }
    }
    if (entry)
        finish();
    if (xml.hasError())
        page.warnings.append(u"XML error at line %1, column %2: %3; kept the items before it"_qs.arg(xml.lineNumber())
                                 .arg(xml.columnNumber())
                                 .arg(xml.errorString()));
    return page;
}

} // namespace Newsdesk::Core
