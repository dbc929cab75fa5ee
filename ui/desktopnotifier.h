#pragma once

#include "controller/rulealerts.h"
#include "net/fetchtypes.h"

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace Newsdesk::Ui {

// Desktop notifications, sent over D-Bus to the desktop's notification service
// (org.freedesktop.Notifications): new watchlist articles in one bubble, and each notifying rule's
// arrivals in a bubble of its own that names the rule and offers Open and Mark Read. A bubble's
// next batch replaces it and counts everything the user has not seen yet, until the user closes
// or clicks it. Calls are asynchronous; without a bus or a service nothing is shown (logged once,
// and `failed`).
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
    ~DesktopNotifier() override = default;

    // Shows (or updates) the watchlist's bubble for these new articles, newest batch first. False
    // when there is nothing to show or no bus to send it on.
    bool notify(const QList<Net::NewArticle> &articles);
    // Shows (or updates) the bubble of `rule` for these arrivals it matched.
    bool notifyRule(const QString &rule, const QList<RuleAlert> &alerts);

Q_SIGNALS:
    // The service showed a bubble under this id.
    void shown(uint id);
    // No bus, no notification service, or an error answer.
    void failed(const QString &reason);
    // The user clicked a bubble (or its Open): the first article it lists.
    void activated(Newsdesk::Storage::DocId doc);
    // Mark Read on a rule's bubble: every article it lists.
    void markReadRequested(const QList<Newsdesk::Storage::DocId> &docs);

private Q_SLOTS:
    // D-Bus signals of the notification service (connected by name, as QtDBus requires).
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Entry
    {
        Storage::DocId doc = 0;
        QString line; // "TICKER: title" or the title, plain text
    };
    struct Bubble
    {
        QString rule; // empty: the watchlist's bubble
        QList<Entry> unseen; // newest first
        uint id = 0; // on screen, 0 when none
        bool inFlight = false;
        bool sendAgain = false;
    };

    bool add(const QString &key, const QString &rule, const QList<Entry> &batch);
    void send(const QString &key);
    void sendNotify(const QString &key);
    void fail(const QString &key, const QString &reason);
    QString summary(const Bubble &bubble) const;
    QString body(const Bubble &bubble) const;
    QStringList actions(const Bubble &bubble) const;
    // The key of the bubble on screen under `id`, or empty.
    QString keyOf(uint id) const;

    QDBusConnection m_bus;
    QHash<QString, Bubble> m_bubbles; // by key: "watchlist", or "rule:" and the rule's name
    bool m_capabilitiesKnown = false;
    bool m_markup = false; // the service interprets body markup, so the body is escaped
    bool m_loggedFailure = false;
};

} // namespace Newsdesk::Ui
