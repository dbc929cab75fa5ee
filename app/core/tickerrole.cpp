#include "core/tickerrole.h"

#include "core/companyname.h"
#include "core/ticker.h"

#include <QSet>

#include <algorithm>

namespace Newsdesk::Core {

QList<ArticleTicker> classifyTickers(const Article &article)
{
    QSet<QString> inTitle;
    for (const Ticker &mention : findTickerMentions(article.title))
        inTitle.insert(mention.key());

    QList<ArticleTicker> tickers;
    QSet<QString> seen;
    for (const RelatedStock &stock : article.relatedStocks) {
        const QString key = stock.key.isEmpty() ? Ticker::keyFor(stock.ticker) : stock.key;
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        const QString alias = companyAlias(stock.name);
        const bool primary = tickers.isEmpty() || inTitle.contains(key)
            || (!alias.isEmpty() && indexOfName(article.title, alias) >= 0);
        tickers.append({stock.ticker, key, stock.name, primary ? TickerRole::Primary : TickerRole::Related, true});
    }
    for (const QString &mention : article.mentions) {
        const QString key = Ticker::keyFor(mention);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        tickers.append(
            {mention, key, QString(), inTitle.contains(key) ? TickerRole::Primary : TickerRole::Mentioned, false});
    }
    std::stable_sort(tickers.begin(), tickers.end(),
        [](const ArticleTicker &a, const ArticleTicker &b) { return int(a.role) < int(b.role); });
    return tickers;
}

} // namespace Newsdesk::Core
