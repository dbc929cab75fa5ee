#include "ui/newsalerts.h"

#include "controller/readercontroller.h"
#include "controller/watchlistalerts.h"
#include "ui/desktopnotifier.h"
#include "ui/settings.h"

#include <QDBusConnection>
#include <QWidget>

namespace Newsdesk::Ui {

NewsAlerts::NewsAlerts(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

void NewsAlerts::follow(ReaderController *controller, Net::FetchService *fetch, QWidget *window)
{
    connect(this, &NewsAlerts::openRequested, window, [controller, window](Storage::DocId doc) {
        if (window->isMinimized())
            window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
        window->raise();
        window->activateWindow();
        controller->revealInView(doc);
        controller->open(doc, {}, ReaderController::Reason::Explicit);
    });
    connect(this, &NewsAlerts::markReadRequested, controller, [controller](const QList<Storage::DocId> &docs) {
        for (const Storage::DocId doc : docs)
            controller->setRead(doc, true);
    });
    if (fetch)
        connect(fetch, &Net::FetchService::newArticles, this, &NewsAlerts::onNewArticles);
}

DesktopNotifier *NewsAlerts::notifier()
{
    if (!m_notifier) {
        m_notifier = new DesktopNotifier(QDBusConnection::sessionBus(), this);
        connect(m_notifier, &DesktopNotifier::activated, this, &NewsAlerts::openRequested);
        connect(m_notifier, &DesktopNotifier::markReadRequested, this, &NewsAlerts::markReadRequested);
    }
    return m_notifier;
}

void NewsAlerts::onNewArticles(const QList<Net::NewArticle> &articles)
{
    onRuleAlerts(RuleAlerts::select(articles));
    if (!m_settings->watchlistNotifications())
        return;
    // An article a rule already notified about is not announced twice.
    QList<Net::NewArticle> unruled;
    for (const Net::NewArticle &a : articles) {
        if (a.notifyRules.isEmpty())
            unruled.append(a);
    }
    const QList<Net::NewArticle> watched = WatchlistAlerts::select(unruled);
    if (watched.isEmpty())
        return;
    notifier()->notify(watched);
    Q_EMIT message(WatchlistAlerts::summary(watched));
}

void NewsAlerts::onRuleAlerts(const QList<RuleAlert> &alerts)
{
    if (alerts.isEmpty())
        return;
    const QList<std::pair<QString, QList<RuleAlert>>> grouped = RuleAlerts::byRule(alerts);
    for (const auto &[rule, matched] : grouped)
        notifier()->notifyRule(rule, matched);
}

} // namespace Newsdesk::Ui
