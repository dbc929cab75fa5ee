#include "controller/sidebarentry.h"

#include "core/sitelayout.h"
#include "core/ticker.h"

#include <QUrl>

namespace Newsdesk::Ui {

QString SidebarEntry::toString() const
{
    switch (kind) {
    case Kind::All:
        return QStringLiteral("all");
    case Kind::Unread:
        return QStringLiteral("unread");
    case Kind::Bookmarks:
        return QStringLiteral("bookmarks");
    case Kind::Watchlist:
        return QStringLiteral("watchlist");
    case Kind::Ticker:
        return u"ticker:" + value;
    case Kind::Source:
        return u"source:" + value;
    case Kind::Saved:
        return u"saved:" + value;
    case Kind::Label:
        return u"label:" + value;
    }
    return QStringLiteral("all");
}

SidebarEntry SidebarEntry::fromString(const QString &text)
{
    if (text == u"unread")
        return {Kind::Unread, {}};
    if (text == u"bookmarks")
        return {Kind::Bookmarks, {}};
    if (text == u"watchlist")
        return {Kind::Watchlist, {}};
    if (text.startsWith(u"ticker:") && text.size() > 7)
        return {Kind::Ticker, text.mid(7)};
    if (text.startsWith(u"source:") && text.size() > 7)
        return {Kind::Source, text.mid(7)};
    if (text.startsWith(u"saved:") && text.size() > 6)
        return {Kind::Saved, text.mid(6)};
    if (text.startsWith(u"label:") && text.size() > 6)
        return {Kind::Label, text.mid(6)};
    return {Kind::All, {}};
}

Storage::ListFilter SidebarEntry::filter(const QStringList &watchlist, const QString &savedQuery) const
{
    Storage::ListFilter f;
    switch (kind) {
    case Kind::All:
        break;
    case Kind::Source: {
        // A ticker's news page brings that ticker's news; any other source, its site's articles.
        const QUrl url(value);
        if (const auto page = Core::SiteLayout::classifyListUrl(url);
            page.kind == Core::ListPage::Kind::TickerNews && !page.ticker.isEmpty())
            f.tickers = QStringList{page.ticker};
        else
            f.site = url.host().isEmpty() ? QStringLiteral("~no-site~") : url.host();
        break;
    }
    case Kind::Unread:
        f.view = Storage::ListFilter::View::Unread;
        break;
    case Kind::Bookmarks:
        f.view = Storage::ListFilter::View::Bookmarked;
        break;
    case Kind::Watchlist:
        f.tickers = watchlist;
        // An empty watchlist shows nothing rather than everything.
        if (f.tickers.isEmpty())
            f.tickers = QStringList{QStringLiteral("~empty-watchlist~")};
        break;
    case Kind::Ticker:
        f.tickers = QStringList{value};
        break;
    case Kind::Saved:
        // A saved search removed meanwhile lists nothing rather than everything.
        f.search = savedQuery.isEmpty() ? QStringLiteral("\"~no saved search~\"") : savedQuery;
        break;
    case Kind::Label:
        f.labels = QStringList{value};
        break;
    }
    return f;
}

QString SidebarEntry::asQuery(const QString &savedQuery) const
{
    switch (kind) {
    case Kind::Unread:
        return QStringLiteral("is:unread");
    case Kind::Bookmarks:
        return QStringLiteral("is:bookmarked");
    case Kind::Watchlist:
        return QStringLiteral("is:watchlist");
    case Kind::Ticker:
        return u"ticker:" + value;
    case Kind::Saved:
        return savedQuery;
    case Kind::Label:
        return u"label:" + value;
    case Kind::All:
    case Kind::Source:
        break;
    }
    return {};
}

} // namespace Newsdesk::Ui
