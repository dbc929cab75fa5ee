#pragma once

#include "storage/library.h"

#include <QVariantList>

#include <functional>
#include <optional>

namespace Newsdesk::Storage {

class Connection;

// A piece of SQL: " AND …" conditions with their ? values, in order.
struct SqlCondition final
{
    QString sql;
    QVariantList values;
    void add(const QString &part, const QVariantList &partValues = {});
};

// Company names as Related Stocks write them, with their ticker keys: (key, name).
using TickerNames = QList<std::pair<QString, QString>>;
// Gives the names when a search needs them: reading them scans every Related Stocks row (0.27 s on
// 100,000 articles), which the list's plain views (All at start-up) must not pay.
using TickerNamesSource = std::function<const TickerNames &()>;

// Internal to storage/: a list filter (the view, the sidebar's tickers or site, and the search
// with its operators) turned into the pieces of SQL the list's queries are made of.
struct ListPlan final
{
    using Condition = SqlCondition;

    // Reads the filter; looks up the tickers and company names the search's words name.
    ListPlan(const ListFilter &filter, Connection &connection, const TickerNamesSource &names);

    bool nothing = false; // a search with nothing in it to search for: no rows
    // The span of ListFilter::among, [from, until): no document outside it can be listed, so a
    // scan of a ticker's documents or of the documents table stops at its ends.
    DocId from = 0;
    std::optional<DocId> until;
    QString match; // the FTS5 expression of the words; empty: no words
    QStringList tickerKeys; // documents about any of these (the sidebar's ticker or watchlist,
                            // else the search's ticker: operators)
    QStringList namedKeys; // tickers the words name ("700.HK", "GraniteShares"): their documents
                           // are found beside the full-text matches
    QString locale; // lang:, the variant that must match and be shown
    qint64 since = 0; // within:'s start (ms, against a document's publish or else stored time); 0: none
    bool onlyView = true; // no condition but the view (All, Unread) on documents
    // A condition on what rules' actions change (labels; read, bookmarked, muted): the plan's
    // documents can change as rules run, while any other plan's stay as they are.
    bool readsMarks = false;
    Condition documents; // on `d` (documents): view, site, is:, dates, ticker: and -exclude
    Condition matches; // on `article_fts.rowid`: lang:, and the id range of ListFilter::among
    Condition named; // on `d` for the documents of namedKeys: documents and -exclude
};

} // namespace Newsdesk::Storage
