#include "ui/desktopnotifier.h"

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
const QString watchlistKey = QStringLiteral("watchlist");
const QString defaultAction = QStringLiteral("default");
const QString openAction = QStringLiteral("open");
const QString markReadAction = QStringLiteral("mark-read");
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
    QList<Entry> batch;
    for (const Net::NewArticle &a : articles)
        batch.append({a.docId, a.tickers.isEmpty() ? a.title : a.tickers.first() + u": " + a.title});
    return add(watchlistKey, {}, batch);
}

bool DesktopNotifier::notifyRule(const QString &rule, const QList<RuleAlert> &alerts)
{
    QList<Entry> batch;
    for (const RuleAlert &alert : alerts)
        batch.append({alert.doc, alert.title});
    return add(u"rule:" + rule, rule, batch);
}

bool DesktopNotifier::add(const QString &key, const QString &rule, const QList<Entry> &batch)
{
    if (batch.isEmpty())
        return false;
    if (!m_bus.isConnected()) {
        fail(key, QStringLiteral("no session bus")); // logged, like the bus's own errors
        return false;
    }
    Bubble &bubble = m_bubbles[key];
    bubble.rule = rule;
    bubble.unseen = batch + bubble.unseen;
    send(key);
    return true;
}

void DesktopNotifier::send(const QString &key)
{
    // One call per bubble at a time, so that the next one knows which bubble to replace.
    Bubble &bubble = m_bubbles[key];
    if (bubble.inFlight) {
        bubble.sendAgain = true;
        return;
    }
    bubble.inFlight = true;
    if (m_capabilitiesKnown) {
        sendNotify(key);
        return;
    }
    const QDBusMessage call
        = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, key](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            m_bubbles[key].inFlight = false;
            fail(key, reply.error().message());
            return;
        }
        m_capabilitiesKnown = true;
        m_markup = reply.value().contains(QStringLiteral("body-markup"));
        sendNotify(key);
    });
}

void DesktopNotifier::sendNotify(const QString &key)
{
    Bubble &bubble = m_bubbles[key];
    bubble.sendAgain = false;
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), desktopEntry}};
    call.setArguments({QStringLiteral("Newsdesk"), bubble.id, desktopEntry, summary(bubble), body(bubble),
        actions(bubble), hints, -1});
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, key](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        Bubble &answered = m_bubbles[key];
        answered.inFlight = false;
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            fail(key, reply.error().message());
            return;
        }
        answered.id = reply.value();
        const bool again = answered.sendAgain;
        Q_EMIT shown(reply.value());
        if (again)
            send(key);
    });
}

QString DesktopNotifier::summary(const Bubble &bubble) const
{
    const int count = int(bubble.unseen.size());
    if (bubble.rule.isEmpty())
        return tr("%n new article(s) on your watchlist", nullptr, count);
    return tr("Rule “%1”: %n new article(s)", nullptr, count).arg(bubble.rule);
}

QString DesktopNotifier::body(const Bubble &bubble) const
{
    QStringList lines;
    for (qsizetype i = 0; i < bubble.unseen.size() && i < shownTitles; ++i)
        lines.append(m_markup ? escapeMarkup(bubble.unseen.at(i).line) : bubble.unseen.at(i).line);
    if (bubble.unseen.size() > shownTitles)
        lines.append(tr("and %n more", nullptr, int(bubble.unseen.size() - shownTitles)));
    return lines.join(u'\n');
}

QStringList DesktopNotifier::actions(const Bubble &bubble) const
{
    if (bubble.rule.isEmpty())
        return {defaultAction, tr("Show")};
    return {defaultAction, tr("Open"), openAction, tr("Open"), markReadAction, tr("Mark Read")};
}

QString DesktopNotifier::keyOf(uint id) const
{
    if (id == 0)
        return {};
    for (auto it = m_bubbles.cbegin(); it != m_bubbles.cend(); ++it) {
        if (it->id == id)
            return it.key();
    }
    return {};
}

void DesktopNotifier::fail(const QString &key, const QString &reason)
{
    // Nothing to replace or to open any more; the status bar still told the user.
    m_bubbles.remove(key);
    if (!std::exchange(m_loggedFailure, true))
        qCInfo(lcNotifier) << "desktop notifications unavailable:" << reason;
    else
        qCDebug(lcNotifier) << "notification not shown:" << reason;
    Q_EMIT failed(reason);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const QString key = keyOf(id);
    if (key.isEmpty() || m_bubbles.value(key).unseen.isEmpty())
        return;
    const Bubble bubble = m_bubbles.value(key);
    const bool opens = actionKey == defaultAction || (!bubble.rule.isEmpty() && actionKey == openAction);
    const bool marks = !bubble.rule.isEmpty() && actionKey == markReadAction;
    if (!opens && !marks)
        return;
    // The bubble is answered: the next batch starts a new one.
    m_bubbles[key].unseen.clear();
    m_bubbles[key].id = 0;
    if (opens) {
        Q_EMIT activated(bubble.unseen.constFirst().doc);
        return;
    }
    QList<Storage::DocId> docs;
    for (const Entry &entry : bubble.unseen) {
        if (!docs.contains(entry.doc))
            docs.append(entry.doc);
    }
    Q_EMIT markReadRequested(docs);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    const QString key = keyOf(id);
    // While a replacement is on its way, its answer says which bubble is on screen.
    if (key.isEmpty() || m_bubbles.value(key).inFlight)
        return;
    qCDebug(lcNotifier) << "notification" << id << "closed, reason" << reason;
    m_bubbles[key].unseen.clear();
    m_bubbles[key].id = 0;
}

} // namespace Newsdesk::Ui
