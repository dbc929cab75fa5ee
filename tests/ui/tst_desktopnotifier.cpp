// Desktop notifications over a real D-Bus: the test starts its own dbus-daemon and plays the desktop
// (org.freedesktop.Notifications on that bus, recording what it is asked to show). What the bubble
// says, one bubble replaced rather than stacked, a click opening the article, no service or no bus
// failing quietly, and the window notifying only for new articles on the watchlist.
#include "desktopnotifier.h"
#include "fetchservice.h"
#include "mainwindow.h"
#include "settings.h"
#include "uifixture.h"
#include "uilanguage.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Newsdesk;
using Ui::DesktopNotifier;

namespace {

const QString notificationsPath = QStringLiteral("/org/freedesktop/Notifications");
const QString notificationsInterface = QStringLiteral("org.freedesktop.Notifications");

Net::NewArticle newArticle(Storage::DocId doc, const QString &ticker, const QString &title)
{
    Net::NewArticle a;
    a.docId = doc;
    a.key = QString::number(doc);
    a.locale = QStringLiteral("en");
    a.title = title;
    if (!ticker.isEmpty())
        a.tickers = {ticker};
    a.watchlisted = true;
    return a;
}

} // namespace

// The receiving desktop: answers Notify as a notification server does, and remembers each call.
class NotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
        uint id = 0;
    };

    QStringList capabilities{QStringLiteral("body"), QStringLiteral("body-markup"), QStringLiteral("actions")};
    QList<Call> calls;

public Q_SLOTS:
    QStringList GetCapabilities() { return capabilities; }

    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        // A replaced bubble keeps its id; a new one gets the next.
        const uint id = replacesId != 0 ? replacesId : m_nextId++;
        calls.append({appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout, id});
        return id;
    }

private:
    uint m_nextId = 41;
};

class TestDesktopNotifier final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    std::unique_ptr<NotificationServer> m_server;

    QDBusConnection desktop() const { return QDBusConnection(QStringLiteral("desktop")); }
    QDBusConnection app() const { return QDBusConnection(QStringLiteral("app")); }

    bool emitSignal(const QString &name, const QVariantList &arguments) const
    {
        QDBusMessage signal = QDBusMessage::createSignal(notificationsPath, notificationsInterface, name);
        signal.setArguments(arguments);
        return desktop().send(signal);
    }

    static QList<Net::NewArticle> articles(const QStringList &lines)
    {
        QList<Net::NewArticle> list;
        for (const QString &line : lines) {
            const QStringList parts = line.split(u'|');
            list.append(newArticle(list.size() + 1, parts.size() > 1 ? parts.first() : QString(), parts.last()));
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A private session bus: no service directories, so nothing is activated behind the test.
        QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                     " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                     "<busconfig><type>session</type><listen>unix:dir=");
        config.write(QFile::encodeName(m_dir.path()));
        config.write("</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                     "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                     "<allow own=\"*\"/></policy></busconfig>\n");
        config.close();
        m_daemon.start(QStringLiteral("dbus-daemon"),
            {u"--config-file=" + config.fileName(), QStringLiteral("--print-address"), QStringLiteral("--nofork")});
        QVERIFY2(m_daemon.waitForStarted(5000), "dbus-daemon (package dbus-daemon) is needed");
        QVERIFY(QTest::qWaitFor([this] { return m_daemon.canReadLine(); }, 5000));
        m_address = QString::fromUtf8(m_daemon.readLine().trimmed());
        QVERIFY(!m_address.isEmpty());
        // The window uses the session bus: this one, before anything connects to a bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        QVERIFY(QDBusConnection::connectToBus(m_address, QStringLiteral("desktop")).isConnected());
        QVERIFY(QDBusConnection::connectToBus(m_address, QStringLiteral("app")).isConnected());
        QCOMPARE(Ui::UiLanguage::install(QStringLiteral("en")), QStringLiteral("en"));
        UiTest::useTemporarySettings(m_dir.filePath(QStringLiteral("settings")));
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("app"));
        QDBusConnection::disconnectFromBus(QStringLiteral("desktop"));
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }

    void init()
    {
        m_server = std::make_unique<NotificationServer>();
        QVERIFY(desktop().registerObject(notificationsPath, m_server.get(), QDBusConnection::ExportAllSlots));
        QVERIFY(desktop().registerService(notificationsInterface));
    }

    void cleanup()
    {
        desktop().unregisterService(notificationsInterface);
        desktop().unregisterObject(notificationsPath);
        m_server.reset();
    }

    void bubbleSaysWhatIsNew_data()
    {
        QTest::addColumn<QStringList>("lines"); // "TICKER|title" or "title"
        QTest::addColumn<bool>("markup");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("body");
        QTest::newRow("nominal: one article, its ticker first")
            << QStringList{QStringLiteral("AAPL.US|Apple beats estimates")} << true
            << QStringLiteral("1 new article on your watchlist") << QStringLiteral("AAPL.US: Apple beats estimates");
        QTest::newRow("nominal: an article without tickers shows its title")
            << QStringList{QStringLiteral("Markets close higher")} << true
            << QStringLiteral("1 new article on your watchlist") << QStringLiteral("Markets close higher");
        QTest::newRow("nominal: three articles, in order")
            << QStringList{QStringLiteral("AAPL.US|One"), QStringLiteral("TSLA.US|Two"), QStringLiteral("700.HK|Three")}
            << true << QStringLiteral("3 new articles on your watchlist")
            << QStringLiteral("AAPL.US: One\nTSLA.US: Two\n700.HK: Three");
        QTest::newRow("nominal: five articles show three and how many more")
            << QStringList{QStringLiteral("A|One"), QStringLiteral("B|Two"), QStringLiteral("C|Three"),
                   QStringLiteral("D|Four"), QStringLiteral("E|Five")}
            << true << QStringLiteral("5 new articles on your watchlist")
            << QStringLiteral("A: One\nB: Two\nC: Three\nand 2 more");
        QTest::newRow("robustness: markup in a title is shown as text")
            << QStringList{QStringLiteral("AAPL.US|<b>Buy</b> & <a href=\"x\">hold</a>")} << true
            << QStringLiteral("1 new article on your watchlist")
            << QStringLiteral("AAPL.US: &lt;b&gt;Buy&lt;/b&gt; &amp; &lt;a href=\"x\"&gt;hold&lt;/a&gt;");
        QTest::newRow("robustness: a plain-text service gets the title unescaped")
            << QStringList{QStringLiteral("AAPL.US|<b>Buy</b> & hold")} << false
            << QStringLiteral("1 new article on your watchlist") << QStringLiteral("AAPL.US: <b>Buy</b> & hold");
    }

    void bubbleSaysWhatIsNew()
    {
        QFETCH(QStringList, lines);
        QFETCH(bool, markup);
        QFETCH(QString, summary);
        QFETCH(QString, body);
        if (!markup)
            m_server->capabilities.removeAll(QStringLiteral("body-markup"));
        DesktopNotifier notifier(app());
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QVERIFY(notifier.notify(articles(lines)));
        QVERIFY(shown.wait(5000));
        QCOMPARE(m_server->calls.size(), 1);
        const NotificationServer::Call &call = m_server->calls.first();
        QCOMPARE(call.summary, summary);
        QCOMPARE(call.body, body);
        QCOMPARE(shown.first().first().toUInt(), call.id);
        QCOMPARE(call.appName, QStringLiteral("Newsdesk"));
        QCOMPARE(call.appIcon, QStringLiteral("io.github.newsdesk.Newsdesk"));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
            QStringLiteral("io.github.newsdesk.Newsdesk"));
        QCOMPARE(call.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Show")}));
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.expireTimeout, -1);
    }

    void nextBatchReplacesTheBubble()
    {
        DesktopNotifier notifier(app());
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QVERIFY(notifier.notify(articles({QStringLiteral("AAPL.US|First")})));
        QVERIFY(shown.wait(5000));
        QVERIFY(notifier.notify(articles({QStringLiteral("TSLA.US|Second")})));
        QVERIFY(shown.wait(5000));
        QCOMPARE(m_server->calls.size(), 2);
        QCOMPARE(m_server->calls.at(1).replacesId, m_server->calls.at(0).id);
        // Still unseen, the first article stays counted, under the newer one.
        QCOMPARE(m_server->calls.at(1).summary, QStringLiteral("2 new articles on your watchlist"));
        QCOMPARE(m_server->calls.at(1).body, QStringLiteral("TSLA.US: Second\nAAPL.US: First"));

        // Once the user closed it, the next batch is a new bubble with only what is new.
        QVERIFY(emitSignal(QStringLiteral("NotificationClosed"), {m_server->calls.at(1).id, 2u}));
        QTest::qWait(200);
        QVERIFY(notifier.notify(articles({QStringLiteral("700.HK|Third")})));
        QVERIFY(shown.wait(5000));
        QCOMPARE(m_server->calls.size(), 3);
        QCOMPARE(m_server->calls.at(2).replacesId, 0u);
        QCOMPARE(m_server->calls.at(2).summary, QStringLiteral("1 new article on your watchlist"));
    }

    void burstOfRefreshesShowsOneBubble()
    {
        DesktopNotifier notifier(app());
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QVERIFY(notifier.notify(articles({QStringLiteral("AAPL.US|First")})));
        QVERIFY(shown.wait(5000));
        const uint id = m_server->calls.first().id;
        // Ten refreshes in a row, each while the previous call may still be on its way.
        for (int i = 0; i < 10; ++i)
            QVERIFY(notifier.notify(articles({QStringLiteral("AAPL.US|Refresh %1").arg(i)})));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_server->calls.constLast().summary == QStringLiteral("11 new articles on your watchlist"), 5000);
        QTest::qWait(200);
        QVERIFY2(m_server->calls.size() <= 3, "each refresh sent its own call instead of one replacement");
        for (qsizetype i = 1; i < m_server->calls.size(); ++i)
            QCOMPARE(m_server->calls.at(i).replacesId, id);
        QCOMPARE(m_server->calls.constLast().body,
            QStringLiteral("AAPL.US: Refresh 9\nAAPL.US: Refresh 8\nAAPL.US: Refresh 7\nand 8 more"));
    }

    void clickingOpensTheArticle_data()
    {
        QTest::addColumn<int>("idOffset");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("opens");
        QTest::newRow("nominal: a click on our bubble") << 0 << QStringLiteral("default") << true;
        QTest::newRow("robustness: a click on another application's bubble")
            << 100 << QStringLiteral("default") << false;
        QTest::newRow("robustness: another action on our bubble") << 0 << QStringLiteral("dismiss") << false;
    }

    void clickingOpensTheArticle()
    {
        QFETCH(int, idOffset);
        QFETCH(QString, action);
        QFETCH(bool, opens);
        DesktopNotifier notifier(app());
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        QVERIFY(notifier.notify({newArticle(7, QStringLiteral("AAPL.US"), QStringLiteral("Older"))}));
        QVERIFY(shown.wait(5000));
        QVERIFY(notifier.notify({newArticle(12, QStringLiteral("AAPL.US"), QStringLiteral("Newest")),
            newArticle(13, QStringLiteral("TSLA.US"), QStringLiteral("Also new"))}));
        QVERIFY(shown.wait(5000));
        const uint id = shown.last().first().toUInt();
        QVERIFY(emitSignal(QStringLiteral("ActionInvoked"), {id + uint(idOffset), action}));
        if (opens) {
            QVERIFY(activated.wait(5000));
        } else {
            QTest::qWait(300);
            QCOMPARE(activated.size(), 0);
            // Ours is still there to click.
            QVERIFY(emitSignal(QStringLiteral("ActionInvoked"), {id, QStringLiteral("default")}));
            QVERIFY(activated.wait(5000));
        }
        QCOMPARE(activated.size(), 1);
        // The first article the bubble lists.
        QCOMPARE(activated.first().first().value<Storage::DocId>(), Storage::DocId(12));
    }

    void failsQuietlyWithoutService_data()
    {
        QTest::addColumn<bool>("bus");
        QTest::newRow("robustness: no notification service on the bus") << true;
        QTest::newRow("robustness: no session bus") << false;
    }

    void failsQuietlyWithoutService()
    {
        QFETCH(bool, bus);
        cleanup(); // the desktop has no notification service
        const QDBusConnection connection = bus
            ? app()
            : QDBusConnection::connectToBus(
                m_dir.filePath(QStringLiteral("no-bus")).prepend(u"unix:path="), QStringLiteral("none"));
        QCOMPARE(connection.isConnected(), bus);
        DesktopNotifier notifier(connection);
        QSignalSpy failed(&notifier, &DesktopNotifier::failed);
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("^desktop notifications unavailable: ")));
        QCOMPARE(notifier.notify(articles({QStringLiteral("AAPL.US|Nobody sees this")})), bus);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QVERIFY(!failed.first().first().toString().isEmpty());
        // It keeps working (and does not log again) on the next batch.
        notifier.notify(articles({QStringLiteral("AAPL.US|Still nobody")}));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 5000);
        QCOMPARE(shown.size(), 0);
        if (!bus)
            QDBusConnection::disconnectFromBus(QStringLiteral("none"));
        init();
    }

    void windowNotifiesNewWatchlistArticles_data()
    {
        QTest::addColumn<bool>("setting");
        QTest::addColumn<bool>("watchlisted");
        QTest::addColumn<bool>("updated");
        QTest::addColumn<int>("notifications");
        QTest::newRow("nominal: a new article on the watchlist") << true << true << false << 1;
        QTest::newRow("nominal: the setting is off") << false << true << false << 0;
        QTest::newRow("nominal: an updated article is not new") << true << true << true << 0;
        QTest::newRow("nominal: an article not on the watchlist") << true << false << false << 0;
    }

    // The window, its fetch service's batch of new articles, and a click on the bubble.
    void windowNotifiesNewWatchlistArticles()
    {
        QFETCH(bool, setting);
        QFETCH(bool, watchlisted);
        QFETCH(bool, updated);
        QFETCH(int, notifications);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Storage::Library library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))).ok());
        const auto stored = library.store(UiTest::article(QStringLiteral("290000201"), QStringLiteral("en"),
            QStringLiteral("Apple beats estimates"), QDateTime::currentDateTimeUtc(), {QStringLiteral("AAPL.US")}));
        QVERIFY(stored.ok());
        const Storage::DocId doc = stored.value().docId;
        Ui::Settings settings;
        settings.setPreferredLocale(QStringLiteral("en"));
        settings.setWatchlistNotifications(setting);
        Net::FetchSettings fetchSettings;
        fetchSettings.followSystemNetworkState = false;
        Net::FetchService fetch(library.path(), fetchSettings);
        Ui::MainWindow window(&library, &settings, &fetch);

        Net::NewArticle other = newArticle(doc + 1, QStringLiteral("MSFT.US"), QStringLiteral("Not for you"));
        other.watchlisted = false;
        Net::NewArticle article = newArticle(doc, QStringLiteral("AAPL.US"), QStringLiteral("Apple beats estimates"));
        article.watchlisted = watchlisted;
        article.updated = updated;
        Q_EMIT fetch.newArticles({other, article});
        if (notifications == 0) {
            QTest::qWait(300);
            QCOMPARE(m_server->calls.size(), 0);
            return;
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 1, 5000);
        QTest::qWait(200);
        QCOMPARE(m_server->calls.size(), 1);
        QCOMPARE(m_server->calls.first().summary, QStringLiteral("1 new article on your watchlist"));
        QCOMPARE(m_server->calls.first().body, QStringLiteral("AAPL.US: Apple beats estimates"));

        QVERIFY(emitSignal(QStringLiteral("ActionInvoked"), {m_server->calls.first().id, QStringLiteral("default")}));
        QTRY_COMPARE_WITH_TIMEOUT(window.controller()->currentDocument(), std::optional<Storage::DocId>(doc), 5000);
        QCOMPARE(window.controller()->article().title, QStringLiteral("Apple beats estimates"));
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
