#pragma once

#include "core/article.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Newsdesk::Core {

// How much an article is about a ticker. The numbers are stored: never renumber.
enum class TickerRole {
    Primary = 0, // the first of its Related Stocks, or named in its title
    Related = 1, // in its Related Stocks
    Mentioned = 2, // only in its text
};

struct ArticleTicker
{
    QString ticker; // as written
    QString key; // Ticker::keyFor
    QString name; // from Related Stocks; empty for a mention
    TickerRole role = TickerRole::Mentioned;
    bool related = false; // in Related Stocks (a primary ticker may be named in the title only)
};

// What the library knows of an article's tickers, for marking them in its text: the names of each
// one's company (the library's aliases) and which are on the watchlist, both by Ticker key.
struct TickerFacts
{
    QHash<QString, QStringList> aliases;
    QSet<QString> watched;
};

// Each ticker of the article once (by key), primary ones first, then related, then mentioned, each
// group in the article's order. "Named in the title": the title mentions it as "(NVDA.US)" or
// carries its company name (companyAlias of its Related Stocks name) as whole words.
QList<ArticleTicker> classifyTickers(const Article &article);

} // namespace Newsdesk::Core
