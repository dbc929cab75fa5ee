#include "controller/linkrouter.h"

#include "core/links.h"

namespace Newsdesk::Ui {

LinkRoute LinkRoute::of(const QUrl &url)
{
    if (Core::AppUrl::isAppUrl(url)) {
        const Core::AppUrl::Parsed parsed = Core::AppUrl::parse(url);
        switch (parsed.kind) {
        case Core::AppUrl::Parsed::Kind::News:
            return {Kind::News, parsed.value, {}, url};
        case Core::AppUrl::Parsed::Kind::Ticker:
            return {Kind::Ticker, parsed.value, {}, url};
        case Core::AppUrl::Parsed::Kind::ArticlePage:
            return {Kind::Article, parsed.value, parsed.locale, url};
        case Core::AppUrl::Parsed::Kind::LoadImage:
            return {Kind::LoadImage, parsed.value, {}, url};
        case Core::AppUrl::Parsed::Kind::FullArticle:
            return {Kind::FullArticle, parsed.value, {}, url};
        case Core::AppUrl::Parsed::Kind::SourcePage:
        case Core::AppUrl::Parsed::Kind::Image:
        case Core::AppUrl::Parsed::Kind::Resource:
        case Core::AppUrl::Parsed::Kind::Invalid:
            return {Kind::Ignore, {}, {}, url};
        }
    }
    // A link written as an article or quote URL of any host still opens in the app.
    const Core::LinkTarget target = Core::classifyLink(url);
    switch (target.kind) {
    case Core::LinkTarget::Kind::News:
        return {Kind::News, target.newsId, {}, url};
    case Core::LinkTarget::Kind::Ticker:
        return {Kind::Ticker, target.ticker, {}, url};
    case Core::LinkTarget::Kind::External:
    case Core::LinkTarget::Kind::Invalid:
        break;
    }
    return {Kind::External, {}, {}, url};
}

} // namespace Newsdesk::Ui
