#include "desktopnotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

#include <utility>

Q_LOGGING_CATEGORY(lcNotifier, "newsdesk.ui.notifier")

namespace Newsdesk::Ui {

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
// The installed desktop file's basename, which is also its icon's name (packaging/).
const QString desktopEntry = QStringLiteral("io.github.newsdesk.Newsdesk");
constexpr int shownTitles = 3;

// The body may be read as markup (the spec's subset of XML): titles are text, never markup.
QString escapeMarkup(QString text)
{
    return text.replace(u'&', QLatin1StringView("&amp;"))
        .replace(u'<', QLatin1StringView("&lt;"))
        .replace(u'>', QLatin1StringView("&gt;"));
}

} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(
        service, path, interface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(
        service, path, interface, QStringLiteral("NotificationClosed"), this, SLOT(onNotificationClosed(uint, uint)));
}

bool DesktopNotifier::notify(const QList<Net::NewArticle> &articles)
{
    if (articles.isEmpty())
        return false;
    if (!m_bus.isConnected()) {
        fail(QStringLiteral("no session bus")); // logged, like the bus's own errors
        return false;
    }
    QList<Entry> batch;
    for (const Net::NewArticle &a : articles)
        batch.append({a.docId, a.tickers.isEmpty() ? a.title : a.tickers.first() + u": " + a.title});
    m_unseen = batch + m_unseen;
    send();
    return true;
}

void DesktopNotifier::send()
{
    // One call at a time, so that the next one knows which bubble to replace.
    if (m_inFlight) {
        m_sendAgain = true;
        return;
    }
    m_inFlight = true;
    if (m_capabilitiesKnown) {
        sendNotify();
        return;
    }
    const QDBusMessage call
        = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            m_inFlight = false;
            fail(reply.error().message());
            return;
        }
        m_capabilitiesKnown = true;
        m_markup = reply.value().contains(QStringLiteral("body-markup"));
        sendNotify();
    });
}

void DesktopNotifier::sendNotify()
{
    m_sendAgain = false;
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), desktopEntry}};
    call.setArguments({QStringLiteral("Newsdesk"), m_id, desktopEntry,
        tr("%n new article(s) on your watchlist", nullptr, int(m_unseen.size())), body(),
        QStringList{QStringLiteral("default"), tr("Show")}, hints, -1});
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        m_inFlight = false;
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            fail(reply.error().message());
            return;
        }
        m_id = reply.value();
        Q_EMIT shown(m_id);
        if (m_sendAgain)
            send();
    });
}

QString DesktopNotifier::body() const
{
    QStringList lines;
    for (qsizetype i = 0; i < m_unseen.size() && i < shownTitles; ++i)
        lines.append(m_markup ? escapeMarkup(m_unseen.at(i).line) : m_unseen.at(i).line);
    if (m_unseen.size() > shownTitles)
        lines.append(tr("and %n more", nullptr, int(m_unseen.size() - shownTitles)));
    return lines.join(u'\n');
}

void DesktopNotifier::fail(const QString &reason)
{
    // Nothing to replace or to open any more; the status bar still told the user.
    m_unseen.clear();
    m_id = 0;
    m_sendAgain = false;
    if (!std::exchange(m_loggedFailure, true))
        qCInfo(lcNotifier) << "desktop notifications unavailable:" << reason;
    else
        qCDebug(lcNotifier) << "notification not shown:" << reason;
    Q_EMIT failed(reason);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    if (id == 0 || id != m_id || actionKey != u"default" || m_unseen.isEmpty())
        return;
    const Storage::DocId doc = m_unseen.constFirst().doc;
    m_unseen.clear();
    m_id = 0;
    Q_EMIT activated(doc);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    // While a replacement is on its way, its answer says which bubble is on screen.
    if (id == 0 || id != m_id || m_inFlight)
        return;
    qCDebug(lcNotifier) << "notification" << id << "closed, reason" << reason;
    m_unseen.clear();
    m_id = 0;
}

} // namespace Newsdesk::Ui
