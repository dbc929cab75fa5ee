#include "controller/watchlistalerts.h"

namespace Newsdesk::Ui {

QList<Net::NewArticle> WatchlistAlerts::select(const QList<Net::NewArticle> &articles)
{
    QList<Net::NewArticle> watched;
    for (const Net::NewArticle &a : articles) {
        if (a.watchlisted && !a.updated)
            watched.append(a);
    }
    return watched;
}

QString WatchlistAlerts::summary(const QList<Net::NewArticle> &alerts)
{
    if (alerts.isEmpty())
        return {};
    const Net::NewArticle &first = alerts.constFirst();
    return tr("%n new article(s) on your watchlist", nullptr, int(alerts.size())) + u": "
        + (first.tickers.isEmpty() ? first.title : first.tickers.first() + u": " + first.title);
}

} // namespace Newsdesk::Ui
