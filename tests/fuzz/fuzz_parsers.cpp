// libFuzzer entry point: every input goes through the article parser and the list-page parsers.
// Qt Core only, no QCoreApplication needed: the parsers are pure functions.
#include "core/articleparser.h"
#include "core/datetimeparser.h"
#include "core/links.h"
#include "core/listpageparser.h"

#include <cstddef>
#include <cstdint>

using namespace Newsdesk::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const Article article
        = parseArticle(bytes, ParseOptions{u"fuzz.md"_qs, QUrl(u"https://longbridge.com/en/news/1.md"_qs), {}, {}});
    // Touch the results so nothing is optimised away, and check the invariants callers rely on.
    if (article.key.isEmpty())
        __builtin_trap();
    for (const RelatedStock &stock : article.relatedStocks) {
        if (stock.ticker.isEmpty())
            __builtin_trap();
    }
    (void)AppUrl::parse(AppUrl::articlePage(article.key, article.locale));

    (void)parseAnyListPage(bytes);
    (void)parseListPage(bytes);
    (void)parseFeed(bytes);
    if (size <= 100)
        (void)parseDateTime(QString::fromUtf8(bytes));
    return 0;
}
