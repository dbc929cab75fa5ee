// Desktop notifications over a real D-Bus: the test starts its own dbus-daemon and plays the desktop
// (org.freedesktop.Notifications on that bus, recording what it is asked to show). What the bubble
// says, one bubble replaced rather than stacked, a click opening the article, no service or no bus
// failing quietly, the window notifying only for new articles on the watchlist, and rules with
// Notify: a bubble per rule naming it, for articles an import brings, whose Open shows the article
// and whose Mark Read marks it read in the list.
#include "net/fetchservice.h"
#include "storage/rules.h"
#include "ui/articlelistmodel.h"
#include "ui/desktopnotifier.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/uilanguage.h"
#include "uifixture.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDir>
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

Ui::RuleAlert ruleAlert(Storage::DocId doc, const QString &title, const QStringList &rules)
{
    return {doc, title, rules};
}

// A markdown document as Longbridge publishes it, for the reader's own import.
QByteArray newsFile(const QString &id, const QString &title)
{
    return QStringLiteral("---\ntitle: \"%2\"\ntype: \"News\"\nlocale: \"en\"\n"
                          "url: \"https://news.example.com/en/news/%1.md\"\n"
                          "datetime: \"%3\"\n---\n\n# %2\n\nThe body of %2.\n")
        .arg(id, title, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .toUtf8();
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

    void ruleBubbleNamesItsRule_data()
    {
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("body");
        QTest::newRow("nominal: one article")
            << QStringList{QStringLiteral("Chip export curbs widen")}
            << QStringLiteral("Rule “Export curbs”: 1 new article") << QStringLiteral("Chip export curbs widen");
        QTest::newRow("nominal: four articles show three and how many more")
            << QStringList{QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three"),
                   QStringLiteral("Four")}
            << QStringLiteral("Rule “Export curbs”: 4 new articles") << QStringLiteral("One\nTwo\nThree\nand 1 more");
        QTest::newRow("robustness: markup in a title is shown as text")
            << QStringList{QStringLiteral("<i>Curbs</i> & more")}
            << QStringLiteral("Rule “Export curbs”: 1 new article")
            << QStringLiteral("&lt;i&gt;Curbs&lt;/i&gt; &amp; more");
    }

    void ruleBubbleNamesItsRule()
    {
        QFETCH(QStringList, titles);
        QFETCH(QString, summary);
        QFETCH(QString, body);
        DesktopNotifier notifier(app());
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QList<Ui::RuleAlert> alerts;
        for (const QString &title : titles)
            alerts.append(ruleAlert(alerts.size() + 1, title, {QStringLiteral("Export curbs")}));
        QVERIFY(notifier.notifyRule(QStringLiteral("Export curbs"), alerts));
        QVERIFY(shown.wait(5000));
        QCOMPARE(m_server->calls.size(), 1);
        const NotificationServer::Call &call = m_server->calls.first();
        QCOMPARE(call.summary, summary);
        QCOMPARE(call.body, body);
        QCOMPARE(call.actions,
            (QStringList{QStringLiteral("default"), QStringLiteral("Open"), QStringLiteral("open"),
                QStringLiteral("Open"), QStringLiteral("mark-read"), QStringLiteral("Mark Read")}));
        QCOMPARE(call.appIcon, QStringLiteral("io.github.newsdesk.Newsdesk"));
    }

    // Each rule has its own bubble beside the watchlist's; a rule's next batch replaces its own.
    void rulesHaveBubblesOfTheirOwn()
    {
        DesktopNotifier notifier(app());
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QVERIFY(notifier.notify(articles({QStringLiteral("AAPL.US|Watched")})));
        QVERIFY(shown.wait(5000));
        QVERIFY(notifier.notifyRule(QStringLiteral("Curbs"), {ruleAlert(5, QStringLiteral("First"), {})}));
        QVERIFY(shown.wait(5000));
        QVERIFY(notifier.notifyRule(QStringLiteral("Rates"), {ruleAlert(6, QStringLiteral("Fed"), {})}));
        QVERIFY(shown.wait(5000));
        QVERIFY(notifier.notifyRule(QStringLiteral("Curbs"), {ruleAlert(7, QStringLiteral("Second"), {})}));
        QVERIFY(shown.wait(5000));
        QCOMPARE(m_server->calls.size(), 4);
        QCOMPARE(m_server->calls.at(1).replacesId, 0u);
        QCOMPARE(m_server->calls.at(2).replacesId, 0u);
        QVERIFY(m_server->calls.at(1).id != m_server->calls.at(0).id);
        QVERIFY(m_server->calls.at(2).id != m_server->calls.at(1).id);
        QCOMPARE(m_server->calls.at(3).replacesId, m_server->calls.at(1).id);
        QCOMPARE(m_server->calls.at(3).summary, QStringLiteral("Rule “Curbs”: 2 new articles"));
        QCOMPARE(m_server->calls.at(3).body, QStringLiteral("Second\nFirst"));
    }

    void ruleActionsDoWhatTheySay_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QList<Storage::DocId>>("opened");
        QTest::addColumn<QList<Storage::DocId>>("markedRead");
        QTest::newRow("nominal: Open opens the first article listed")
            << QStringLiteral("open") << QList<Storage::DocId>{21} << QList<Storage::DocId>{};
        QTest::newRow("nominal: a click on the bubble opens it too")
            << QStringLiteral("default") << QList<Storage::DocId>{21} << QList<Storage::DocId>{};
        QTest::newRow("nominal: Mark Read marks every article listed")
            << QStringLiteral("mark-read") << QList<Storage::DocId>{} << QList<Storage::DocId>{21, 22, 20};
        QTest::newRow("robustness: an action the bubble does not offer")
            << QStringLiteral("dismiss") << QList<Storage::DocId>{} << QList<Storage::DocId>{};
    }

    void ruleActionsDoWhatTheySay()
    {
        QFETCH(QString, action);
        QFETCH(QList<Storage::DocId>, opened);
        QFETCH(QList<Storage::DocId>, markedRead);
        DesktopNotifier notifier(app());
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        QSignalSpy marked(&notifier, &DesktopNotifier::markReadRequested);
        QVERIFY(notifier.notifyRule(QStringLiteral("Curbs"), {ruleAlert(20, QStringLiteral("Older"), {})}));
        QVERIFY(shown.wait(5000));
        QVERIFY(notifier.notifyRule(QStringLiteral("Curbs"),
            {ruleAlert(21, QStringLiteral("Newest"), {}), ruleAlert(22, QStringLiteral("Also new"), {})}));
        QVERIFY(shown.wait(5000));
        QVERIFY(emitSignal(QStringLiteral("ActionInvoked"), {shown.last().first().toUInt(), action}));
        QTest::qWait(300);
        QList<Storage::DocId> openedDocs;
        for (const QList<QVariant> &signal : std::as_const(activated))
            openedDocs.append(signal.first().value<Storage::DocId>());
        QCOMPARE(openedDocs, opened);
        QCOMPARE(marked.size(), markedRead.isEmpty() ? 0 : 1);
        if (!markedRead.isEmpty())
            QCOMPARE(marked.first().first().value<QList<Storage::DocId>>(), markedRead);
    }

    // The window: a rule with Notify, articles arriving by the reader's own import, the bubble's
    // Open showing the article and its Mark Read marking another read in the list.
    void windowNotifiesArrivalsRulesMatched()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Storage::Library library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))).ok());
        Storage::Rule rule;
        rule.name = QStringLiteral("Export curbs");
        rule.query = QStringLiteral("curbs");
        rule.notify = true;
        QVERIFY(library.rules().add(rule).ok());
        // Stored before the window and matched again by Apply to Existing: nothing to announce.
        QVERIFY(library
                    .store(UiTest::article(QStringLiteral("290000300"), QStringLiteral("en"),
                        QStringLiteral("Old curbs story"), QDateTime::currentDateTimeUtc().addDays(-2)))
                    .ok());
        QVERIFY(library.rules().apply(std::nullopt).ok());
        Ui::Settings settings;
        settings.setPreferredLocale(QStringLiteral("en"));
        settings.setWatchlistNotifications(true);
        Ui::MainWindow window(&library, &settings);
        QSignalSpy imported(&window, &Ui::MainWindow::importFinished);
        QTest::qWait(200);
        QCOMPARE(m_server->calls.size(), 0);

        const auto importFiles = [&](const QString &name, const QList<std::pair<QString, QString>> &files) {
            const QString folder = dir.filePath(name);
            QVERIFY(QDir().mkpath(folder));
            for (const auto &[id, title] : files) {
                QFile file(folder + u'/' + id + u".md");
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(newsFile(id, title));
            }
            window.importPaths({folder});
            QVERIFY(imported.wait(30000));
        };
        importFiles(QStringLiteral("first"),
            {{QStringLiteral("290000301"), QStringLiteral("Chip export curbs widen")},
                {QStringLiteral("290000302"), QStringLiteral("Markets close higher")}});
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 1, 5000);
        QTest::qWait(200);
        QCOMPARE(m_server->calls.size(), 1); // the article the rule did not match raises nothing
        QCOMPARE(m_server->calls.first().summary, QStringLiteral("Rule “Export curbs”: 1 new article"));
        QCOMPARE(m_server->calls.first().body, QStringLiteral("Chip export curbs widen"));
        const auto curbs = library.findDocument(QStringLiteral("290000301"));
        QVERIFY(curbs);

        // Open: the article is shown, and (opened explicitly) read.
        QVERIFY(emitSignal(QStringLiteral("ActionInvoked"), {m_server->calls.first().id, QStringLiteral("open")}));
        QTRY_COMPARE_WITH_TIMEOUT(window.controller()->currentDocument(), std::optional<Storage::DocId>(curbs), 5000);
        QCOMPARE(window.controller()->article().title, QStringLiteral("Chip export curbs widen"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Chip export curbs widen")));

        // The next arrival is a new bubble; Mark Read marks it read in the list, not shown.
        importFiles(QStringLiteral("second"), {{QStringLiteral("290000303"), QStringLiteral("Curbs hit chip stocks")}});
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 2, 5000);
        QCOMPARE(m_server->calls.at(1).summary, QStringLiteral("Rule “Export curbs”: 1 new article"));
        QCOMPARE(m_server->calls.at(1).body, QStringLiteral("Curbs hit chip stocks"));
        const auto later = library.findDocument(QStringLiteral("290000303"));
        QVERIFY(later);
        Ui::ArticleListModel *model = window.listModel();
        const auto rowOf = [model](Storage::DocId doc) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row).data(Ui::ArticleListModel::DocIdRole).value<Storage::DocId>() == doc)
                    return model->index(row);
            }
            return QModelIndex();
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(*later).isValid(), 5000);
        QVERIFY(!rowOf(*later).data(Ui::ArticleListModel::ReadRole).toBool());
        QVERIFY(emitSignal(QStringLiteral("ActionInvoked"), {m_server->calls.at(1).id, QStringLiteral("mark-read")}));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(*later).data(Ui::ArticleListModel::ReadRole).toBool(), 5000);
        QVERIFY(library.row(*later)->read);
        QCOMPARE(window.controller()->currentDocument(), std::optional<Storage::DocId>(curbs));
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
