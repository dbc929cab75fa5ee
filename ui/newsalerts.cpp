#include "newsalerts.h"

#include "desktopnotifier.h"
#include "settings.h"
#include "watchlistalerts.h"

#include <QDBusConnection>

namespace Newsdesk::Ui {

NewsAlerts::NewsAlerts(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

void NewsAlerts::onNewArticles(const QList<Net::NewArticle> &articles)
{
    if (!m_settings->watchlistNotifications())
        return;
    const QList<Net::NewArticle> watched = WatchlistAlerts::select(articles);
    if (watched.isEmpty())
        return;
    if (!m_notifier) {
        m_notifier = new DesktopNotifier(QDBusConnection::sessionBus(), this);
        connect(m_notifier, &DesktopNotifier::activated, this, &NewsAlerts::openRequested);
    }
    m_notifier->notify(watched);
    Q_EMIT message(WatchlistAlerts::summary(watched));
}

} // namespace Newsdesk::Ui
