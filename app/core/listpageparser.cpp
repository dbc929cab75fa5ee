// News index (docs/format.md §4.1) and one ticker's news (§4.2), and the sniffing entry point.
#include "core/listpageparser.h"

#include "core/datetimeparser.h"
#include "core/frontmatter.h"
#include "core/links.h"
#include "core/markdownsyntax.h"
#include "core/relateditems.h"

#include <QStringDecoder>

namespace Newsdesk::Core {

namespace {

using Markdown::isBlank;

// "Datetime: …", "Summary: …" sub-items of a §4.1 item; the label, lower-cased, and its value.
bool labelled(QStringView text, QString &label, QStringView &value)
{
    qsizetype colon = text.indexOf(u':');
    const qsizetype fullWidth = text.indexOf(u'：');
    if (colon < 0 || (fullWidth >= 0 && fullWidth < colon))
        colon = fullWidth;
    if (colon <= 0 || colon > 20)
        return false;
    label = text.first(colon).trimmed().toString().toLower();
    value = text.sliced(colon + 1).trimmed();
    return true;
}

bool isTimeLabel(const QString &label)
{
    return label == u"datetime" || label == u"date" || label == u"time" || label == u"published" || label == u"时间"
        || label == u"時間" || label == u"发布时间" || label == u"發佈時間";
}

bool isSummaryLabel(const QString &label)
{
    return label == u"summary" || label == u"description" || label == u"摘要";
}

// "*2026-03-12T08:30:00.000Z*" or "_…_": the text inside the emphasis.
std::optional<QStringView> emphasised(QStringView line)
{
    const QStringView t = line.trimmed();
    for (QStringView marker : {u"**", u"*", u"__", u"_"}) {
        if (t.size() > 2 * marker.size() && t.startsWith(marker) && t.endsWith(marker))
            return t.sliced(marker.size(), t.size() - 2 * marker.size()).trimmed();
    }
    return std::nullopt;
}

ArticleRef refFromLink(const Markdown::Link &link, const QUrl &base)
{
    ArticleRef ref;
    ref.url = webUrl(link.url, base);
    ref.newsId = newsIdFromUrl(ref.url);
    ref.title = link.text.simplified();
    return ref;
}

} // namespace

ListPage parseListPage(const QByteArray &document, const QUrl &base)
{
    ListPage page;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(document);
    if (decoder.hasError())
        page.warnings.append(u"the page is not valid UTF-8; bad bytes were replaced"_qs);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(u"\r\n"_qs, u"\n"_qs);
    text.replace(u'\r', u'\n');

    const FrontMatter fm = parseFrontMatter(text);
    page.warnings += fm.warnings;
    page.title = fm.textOf({u"title", u"headline"}).simplified();
    page.symbol = fm.textOf({u"symbol"}).trimmed();
    page.name = fm.textOf({u"name"}).simplified();
    const bool symbolPage
        = fm.textOf({u"type"}).trimmed().compare(u"symbol", Qt::CaseInsensitive) == 0 || !page.symbol.isEmpty();
    QUrl linkBase = base;
    if (!linkBase.isValid() || linkBase.isEmpty())
        linkBase = webUrl(fm.textOf({u"url"}).trimmed(), {});

    enum class Part { None, IndexItem, HeadingItem };
    Part part = Part::None;
    bool sawIndexItem = false;
    bool sawHeadingItem = false;
    std::optional<Markdown::Fence> fence;
    const QList<QStringView> lines = Markdown::splitLines(QStringView(text).sliced(fm.bodyStart));
    int lineNumber = 0;
    for (QStringView line : lines) {
        ++lineNumber;
        if (fence) {
            if (Markdown::closesFence(line, *fence))
                fence.reset();
            continue;
        }
        if (const auto f = Markdown::fenceOpening(line)) {
            fence = f;
            part = Part::None;
            continue;
        }
        if (isBlank(line))
            continue;
        const qsizetype indent = Markdown::indentOf(line);
        const auto heading = Markdown::atxHeading(line);
        if (heading) {
            part = Part::None;
            if (heading->text.startsWith(u'[')) {
                // §4.2: "### [Headline](url)".
                if (const auto link = Markdown::linkAt(heading->text, 0); link && !link->url.isEmpty()) {
                    page.articles.append(refFromLink(*link, linkBase));
                    part = Part::HeadingItem;
                    sawHeadingItem = true;
                    continue;
                }
            }
            if (page.title.isEmpty() && heading->level == 1)
                page.title = heading->text.toString().simplified();
            continue;
        }
        const auto item = Markdown::listItem(line);
        if (item && indent == 0) {
            // §4.1: "- [Headline](url)".
            part = Part::None;
            if (item->startsWith(u'[')) {
                if (const auto link = Markdown::linkAt(*item, 0); link && !link->url.isEmpty()) {
                    page.articles.append(refFromLink(*link, linkBase));
                    part = Part::IndexItem;
                    sawIndexItem = true;
                    continue;
                }
            }
            page.warnings.append(u"line %1: list item without a link skipped"_qs.arg(lineNumber));
            continue;
        }
        if (part == Part::IndexItem) {
            ArticleRef &ref = page.articles.last();
            QString label;
            QStringView value;
            if (item && labelled(*item, label, value)) {
                if (isTimeLabel(label)) {
                    ref.published = parseDateTime(value);
                    if (!ref.published.isValid())
                        page.warnings.append(u"line %1: \"%2\" is not a date"_qs.arg(lineNumber).arg(value.left(60)));
                } else if (isSummaryLabel(label)) {
                    ref.summary = value.toString();
                }
            } else if (!item && indent > 0 && !ref.summary.isEmpty()) {
                ref.summary += u' ' + line.trimmed(); // a summary wrapped onto the next line
            }
            continue;
        }
        if (part == Part::HeadingItem) {
            ArticleRef &ref = page.articles.last();
            const QStringView t = line.trimmed();
            if (t.startsWith(u'>')) {
                const QStringView quoted = t.sliced(1).trimmed();
                ref.summary = ref.summary.isEmpty() ? quoted.toString() : ref.summary + u' ' + quoted;
            } else if (const auto time = emphasised(t);
                       time && !ref.published.isValid() && parseDateTime(*time).isValid()) {
                ref.published = parseDateTime(*time);
            } else if (ref.summary.isEmpty()) {
                ref.summary = t.toString();
            }
            continue;
        }
    }

    if (symbolPage || (sawHeadingItem && !sawIndexItem))
        page.kind = ListPage::Kind::TickerNews;
    else if (sawIndexItem)
        page.kind = ListPage::Kind::NewsIndex;
    if (page.articles.isEmpty() && page.kind == ListPage::Kind::Unknown)
        page.warnings.append(u"no article links found; not a list page"_qs);
    return page;
}

ListPage parseAnyListPage(const QByteArray &document, const QUrl &base, const QByteArray &httpCharset)
{
    QByteArrayView head = QByteArrayView(document).first(qMin<qsizetype>(document.size(), 1024));
    if (!decodeFeed(head.toByteArray()).encoding.startsWith(u"utf-8"))
        return parseFeed(document, base, httpCharset); // UTF-16/32 with or without a byte order mark
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    head = head.trimmed();
    if (head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf:RDF")
        || head.startsWith("<!--"))
        return parseFeed(document, base, httpCharset);
    if (head.startsWith("{") && head.contains("jsonfeed.org/version/"))
        return parseJsonFeed(document, base);
    if (head.startsWith("<")) {
        ListPage page;
        page.warnings.append(u"the page is HTML or other markup, not a markdown list or a feed"_qs);
        return page;
    }
    return parseListPage(document, base);
}

} // namespace Newsdesk::Core
