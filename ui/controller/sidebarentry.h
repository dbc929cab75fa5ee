#pragma once

#include "library.h"

#include <QString>

namespace Newsdesk::Ui {

// What the sidebar (or a ticker link) selected: a view of the library. It maps to a list filter
// and round-trips through a string for the saved state ("all", "ticker:700.HK", …).
struct SidebarEntry
{
    enum class Kind { All, Unread, Bookmarks, Watchlist, Ticker, Source };
    Kind kind = Kind::All;
    QString value; // Ticker: the ticker as written; Source: the subscription URL

    QString toString() const;
    static SidebarEntry fromString(const QString &text);
    // The filter for this view; `watchlist` is the watchlist's tickers (for Kind::Watchlist).
    Storage::ListFilter filter(const QStringList &watchlist) const;

    friend bool operator==(const SidebarEntry &, const SidebarEntry &) = default;
};

} // namespace Newsdesk::Ui
