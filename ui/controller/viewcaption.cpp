#include "controller/viewcaption.h"

#include "core/ticker.h"

namespace Newsdesk::Ui {

QString ViewCaption::emptyList(const SidebarEntry &view, const QString &search, bool watchlistEmpty)
{
    if (!search.isEmpty())
        return tr("No articles match “%1” here.").arg(search);
    switch (view.kind) {
    case SidebarEntry::Kind::All:
        return tr("No articles yet.\n\nImport markdown files (Ctrl+O), drop them here, "
                  "or load the sample library from the File menu.");
    case SidebarEntry::Kind::Unread:
        return tr("Nothing unread.");
    case SidebarEntry::Kind::Bookmarks:
        return tr("No bookmarks yet. Press B to bookmark the article you are reading.");
    case SidebarEntry::Kind::Watchlist:
        if (watchlistEmpty)
            return tr("The watchlist is empty. Add a ticker below the sidebar, or open a ticker from an article.");
        break;
    default:
        break;
    }
    return tr("No stored articles here.");
}

QString ViewCaption::tickerName(const Storage::Library &library, const Core::Article &reading, const QString &ticker)
{
    const QString key = Core::Ticker::keyFor(ticker);
    for (const Core::RelatedStock &stock : reading.relatedStocks) {
        if (stock.key == key && !stock.name.isEmpty())
            return stock.name;
    }
    return library.tickerName(ticker);
}

} // namespace Newsdesk::Ui
