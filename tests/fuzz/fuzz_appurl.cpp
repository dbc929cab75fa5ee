// libFuzzer entry point for the newsdesk: scheme's URLs as the scheme handler meets them: every
// input is read as a URL (encoded bytes and text), parsed by AppUrl::parse, and its parts go where
// the handler sends them (a page's key and locale, an image's source URL). The app's own URLs
// must survive a round trip: what was parsed, written again and parsed, is the same.
#include "core/article.h"
#include "core/links.h"

#include <cstddef>
#include <cstdint>

using namespace Newsdesk::Core;

namespace {

void exercise(const QUrl &url)
{
    const AppUrl::Parsed parsed = AppUrl::parse(url);
    switch (parsed.kind) {
    case AppUrl::Parsed::Kind::ArticlePage:
    case AppUrl::Parsed::Kind::SourcePage: {
        (void)normalizeLocale(parsed.locale);
        const QUrl again = parsed.kind == AppUrl::Parsed::Kind::ArticlePage
            ? AppUrl::articlePage(parsed.value, parsed.locale)
            : AppUrl::sourcePage(parsed.value, parsed.locale);
        const AppUrl::Parsed reparsed = AppUrl::parse(again);
        if (reparsed.kind != parsed.kind || reparsed.value != parsed.value || reparsed.locale != parsed.locale)
            __builtin_trap();
        break;
    }
    case AppUrl::Parsed::Kind::Image: {
        const QUrl source(parsed.value);
        (void)documentKeyForUrl(source);
        (void)siteOf(source);
        (void)classifyLink(source);
        const AppUrl::Parsed reparsed = AppUrl::parse(AppUrl::image(source));
        if (source.isValid() && reparsed.kind != AppUrl::Parsed::Kind::Image)
            __builtin_trap();
        break;
    }
    case AppUrl::Parsed::Kind::News:
    case AppUrl::Parsed::Kind::Ticker:
    case AppUrl::Parsed::Kind::FullArticle:
    case AppUrl::Parsed::Kind::Resource:
        (void)AppUrl::parse(AppUrl::news(parsed.value));
        (void)AppUrl::parse(AppUrl::ticker(parsed.value));
        break;
    case AppUrl::Parsed::Kind::Invalid:
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    exercise(QUrl::fromEncoded(bytes));
    exercise(QUrl(QString::fromUtf8(bytes)));
    // The handler's hosts with the input as their path and query.
    exercise(QUrl::fromEncoded("newsdesk://article/" + bytes));
    exercise(QUrl::fromEncoded("newsdesk://image/?src=" + bytes));
    return 0;
}
