#pragma once

#include "fetchtypes.h"

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QString>

namespace Newsdesk::Ui {

// New watchlist articles as a desktop notification, sent over D-Bus to the desktop's notification
// service (org.freedesktop.Notifications). One bubble at a time: the next batch replaces it and
// counts everything the user has not seen yet, until the user closes or clicks it. Calls are
// asynchronous; without a bus or a service nothing is shown (logged once, and `failed`).
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
    ~DesktopNotifier() override = default;

    // Shows (or updates) the bubble for these new articles, newest batch first. False when there
    // is nothing to show or no bus to send it on.
    bool notify(const QList<Net::NewArticle> &articles);

Q_SIGNALS:
    // The service showed the bubble under this id.
    void shown(uint id);
    // No bus, no notification service, or an error answer.
    void failed(const QString &reason);
    // The user clicked the bubble: the first article it lists.
    void activated(Newsdesk::Storage::DocId doc);

private Q_SLOTS:
    // D-Bus signals of the notification service (connected by name, as QtDBus requires).
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Entry
    {
        Storage::DocId doc = 0;
        QString line; // "TICKER: title", plain text
    };

    void send();
    void sendNotify();
    void fail(const QString &reason);
    QString body() const;

    QDBusConnection m_bus;
    QList<Entry> m_unseen; // newest first
    uint m_id = 0; // the bubble on screen, 0 when none
    bool m_inFlight = false;
    bool m_sendAgain = false;
    bool m_capabilitiesKnown = false;
    bool m_markup = false; // the service interprets body markup, so the body is escaped
    bool m_loggedFailure = false;
};

} // namespace Newsdesk::Ui
