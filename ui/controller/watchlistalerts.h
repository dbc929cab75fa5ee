#pragma once

#include "net/fetchtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Newsdesk::Ui {

// Which newly fetched articles are worth a desktop notification: new (not re-fetched) ones about a
// ticker on the watchlist; and the status bar's line about them.
class WatchlistAlerts final
{
    Q_DECLARE_TR_FUNCTIONS(WatchlistAlerts)

public:
    static QList<Net::NewArticle> select(const QList<Net::NewArticle> &articles);
    // "2 new articles on your watchlist: NVDA.US: Title of the first"; empty for none.
    static QString summary(const QList<Net::NewArticle> &alerts);
};

} // namespace Newsdesk::Ui
