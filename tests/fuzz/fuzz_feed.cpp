// libFuzzer entry point for the feed reader: every input is a feed as a server might send it,
// decoded (byte order mark, XML declaration, the HTTP charset a few ways), parsed as RSS/Atom and
// as JSON Feed, and each item turned into the article the refresh would store (its HTML content
// converted to markdown). The invariants callers rely on are checked.
#include "core/article.h"
#include "core/feeditem.h"
#include "core/feedtext.h"
#include "core/listpageparser.h"

#include <cstddef>
#include <cstdint>

using namespace Newsdesk::Core;

namespace {

void checkItems(const ListPage &page)
{
    for (const ArticleRef &item : page.articles) {
        const Article article = articleFromFeedItem(item);
        // An item that links somewhere is stored under a document key.
        if (item.url.isValid() && !item.url.host().isEmpty() && article.key.isEmpty())
            __builtin_trap();
        if (item.published.isValid() && item.published.timeSpec() != Qt::UTC)
            __builtin_trap();
        (void)isolateBidi(item.title);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // The charset a Content-Type header named, picked by the input so that every one is reached.
    static const QByteArray charsets[] = {{}, "utf-8", "iso-8859-1", "gb2312", "big5", "utf-16", "x-unknown"};
    const QByteArray &charset = charsets[size % std::size(charsets)];
    const QUrl base(u"http://127.0.0.1:8097/feeds/fuzz.xml"_qs);

    const DecodedFeed decoded = decodeFeed(bytes, charset);
    if (!decoded.error.isEmpty() && decoded.error.size() > 4096)
        __builtin_trap(); // an error message is a sentence, never the document
    checkItems(parseFeed(bytes, base, charset));
    checkItems(parseJsonFeed(bytes, base));
    checkItems(parseAnyListPage(bytes, base, charset));

    // The HTML an item's content may hold, straight from the input.
    const QString html = QString::fromUtf8(bytes);
    (void)looksLikeHtml(html);
    (void)htmlToMarkdown(html);
    const QString text = htmlToText(html, 280);
    if (text.size() > 281)
        __builtin_trap();
    return 0;
}
