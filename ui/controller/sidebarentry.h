#pragma once

#include "storage/library.h"

#include <QString>

namespace Newsdesk::Ui {

// What the sidebar (or a ticker link) selected: a view of the library. It maps to a list filter
// and round-trips through a string for the saved state ("all", "ticker:700.HK", …).
struct SidebarEntry
{
    enum class Kind { All, Unread, Bookmarks, Watchlist, Ticker, Source, Saved, Label };
    Kind kind = Kind::All;
    QString value; // Ticker: the ticker as written; Source: the subscription URL; Saved: its id; Label: its name

    QString toString() const;
    static SidebarEntry fromString(const QString &text);
    // The filter for this view; `watchlist` is the watchlist's tickers (for Kind::Watchlist),
    // `savedQuery` the saved search's query (for Kind::Saved).
    Storage::ListFilter filter(const QStringList &watchlist, const QString &savedQuery = {}) const;
    // The view as words of the search language ("is:unread", "ticker:NVDA.US"), to save it with a
    // search; empty for All and a source (which has no operator).
    QString asQuery(const QString &savedQuery = {}) const;

    friend bool operator==(const SidebarEntry &, const SidebarEntry &) = default;
};

} // namespace Newsdesk::Ui
