// What a screen reader hears, read the way Orca reads it: the real reader runs as its own process
// under Xvfb with Qt's AT-SPI bridge on, and this test walks its accessibility tree over the
// AT-SPI D-Bus (a private session bus and at-spi-bus-launcher, started by the test's launcher).
// Checked: the sidebar's entries carry their unread counts, list rows their title and state, the
// toolbar's buttons their names, and the status bar's label the article count.
#include "uifixture.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;

namespace {

// An AT-SPI object reference: the bus name of its application and its object path.
struct AccessibleRef
{
    QString service;
    QDBusObjectPath path;
};

QDBusArgument &operator<<(QDBusArgument &arg, const AccessibleRef &ref)
{
    arg.beginStructure();
    arg << ref.service << ref.path;
    arg.endStructure();
    return arg;
}

const QDBusArgument &operator>>(const QDBusArgument &arg, AccessibleRef &ref)
{
    arg.beginStructure();
    arg >> ref.service >> ref.path;
    arg.endStructure();
    return arg;
}

struct Node
{
    QString role;
    QString name;
};

} // namespace

Q_DECLARE_METATYPE(AccessibleRef)

class TestAccessibility final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_reader;
    QDBusConnection m_bus{QString()};

    QString accessibleProperty(const AccessibleRef &ref, const char *name) const
    {
        QDBusInterface props(ref.service, ref.path.path(), QStringLiteral("org.freedesktop.DBus.Properties"), m_bus);
        const QDBusReply<QDBusVariant> reply
            = props.call(QStringLiteral("Get"), QStringLiteral("org.a11y.atspi.Accessible"), QString::fromLatin1(name));
        return reply.isValid() ? reply.value().variant().toString() : QString();
    }

    QList<AccessibleRef> children(const AccessibleRef &ref) const
    {
        QDBusInterface accessible(ref.service, ref.path.path(), QStringLiteral("org.a11y.atspi.Accessible"), m_bus);
        const QDBusReply<QList<AccessibleRef>> reply = accessible.call(QStringLiteral("GetChildren"));
        return reply.isValid() ? reply.value() : QList<AccessibleRef>();
    }

    QString roleName(const AccessibleRef &ref) const
    {
        QDBusInterface accessible(ref.service, ref.path.path(), QStringLiteral("org.a11y.atspi.Accessible"), m_bus);
        const QDBusReply<QString> reply = accessible.call(QStringLiteral("GetRoleName"));
        return reply.isValid() ? reply.value() : QString();
    }

    std::optional<AccessibleRef> readerApplication() const
    {
        const AccessibleRef root{QStringLiteral("org.a11y.atspi.Registry"),
            QDBusObjectPath(QStringLiteral("/org/a11y/atspi/accessible/root"))};
        for (const AccessibleRef &app : children(root)) {
            if (accessibleProperty(app, "Name").compare(QStringLiteral("newsdesk"), Qt::CaseInsensitive) == 0)
                return app;
        }
        return std::nullopt;
    }

    // The widgets' tree, without descending into the web page (its document is Chromium's).
    QList<Node> walk(const AccessibleRef &from) const
    {
        QList<Node> nodes;
        QList<AccessibleRef> queue{from};
        while (!queue.isEmpty() && nodes.size() < 4000) {
            const AccessibleRef ref = queue.takeFirst();
            const Node node{roleName(ref), accessibleProperty(ref, "Name")};
            nodes.append(node);
            if (node.role != QStringLiteral("document web") && node.role != QStringLiteral("document frame"))
                queue.append(children(ref));
        }
        return nodes;
    }

    static bool has(const QList<Node> &nodes, const QStringList &roles, const QRegularExpression &name)
    {
        return std::any_of(nodes.cbegin(), nodes.cend(),
            [&](const Node &n) { return roles.contains(n.role) && name.match(n.name).hasMatch(); });
    }

    static QString dump(const QList<Node> &nodes)
    {
        QStringList lines;
        for (const Node &n : nodes) {
            if (!n.name.isEmpty())
                lines.append(n.role + u": " + n.name);
        }
        return lines.join(u'\n').left(6000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qDBusRegisterMetaType<AccessibleRef>();
        qDBusRegisterMetaType<QList<AccessibleRef>>();
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(QStringLiteral("library.sqlite"));
        QCOMPARE(UiTest::importAndWait(db, {UiTest::sampleDir()}).inserted, 12);
        {
            Newsdesk::Storage::Library library;
            QVERIFY(library.open(db).ok());
            QVERIFY(library.addToWatchlist(QStringLiteral("HLRB.US")).ok());
        }

        // The accessibility bus of this session (at-spi-bus-launcher starts on demand).
        QDBusInterface launcher(QStringLiteral("org.a11y.Bus"), QStringLiteral("/org/a11y/bus"),
            QStringLiteral("org.a11y.Bus"), QDBusConnection::sessionBus());
        const QDBusReply<QString> address = launcher.call(QStringLiteral("GetAddress"));
        QVERIFY2(address.isValid(), qPrintable(address.error().message()));
        m_bus = QDBusConnection::connectToBus(address.value(), QStringLiteral("a11y"));
        QVERIFY2(m_bus.isConnected(), qPrintable(m_bus.lastError().message()));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LINUX_ACCESSIBILITY_ALWAYS_ON"), QStringLiteral("1"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        m_reader.setProcessEnvironment(env);
        m_reader.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_reader.start(QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk"), {QStringLiteral("--db"), db});
        QVERIFY(m_reader.waitForStarted());
    }

    void cleanupTestCase()
    {
        m_reader.terminate();
        if (!m_reader.waitForFinished(10000))
            m_reader.kill();
        QDBusConnection::disconnectFromBus(QStringLiteral("a11y"));
    }

    void screenReaderHearsWhatIsShown()
    {
        std::optional<AccessibleRef> app;
        QTRY_VERIFY_WITH_TIMEOUT((app = readerApplication()).has_value(), 30000);
        // The window fills in as the reader starts: wait for the list's rows.
        QList<Node> nodes;
        const QRegularExpression row(QStringLiteral("^Harbor Lane Robotics beats estimates.*unread"));
        QTRY_VERIFY_WITH_TIMEOUT(has(nodes = walk(*app), {QStringLiteral("list item")}, row), 30000);

        // Sidebar entries with their counts.
        QVERIFY2(has(nodes, {QStringLiteral("tree item"), QStringLiteral("list item"), QStringLiteral("table cell")},
                     QRegularExpression(QStringLiteral("^Unread, 4 unread$"))),
            qPrintable(dump(nodes)));
        QVERIFY2(has(nodes, {QStringLiteral("tree item"), QStringLiteral("list item"), QStringLiteral("table cell")},
                     QRegularExpression(QStringLiteral("^All Articles"))),
            qPrintable(dump(nodes)));
        // A watchlist entry: its unread count and its sparkline in words, once counted off the GUI
        // thread (the days follow the real clock, so any number of articles).
        const QRegularExpression watched(
            QStringLiteral("^HLRB\\.US, 3 unread(, buzz)?, \\d+ articles? in the last 14 days$"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            has(nodes = walk(*app),
                {QStringLiteral("tree item"), QStringLiteral("list item"), QStringLiteral("table cell")}, watched),
            qPrintable(dump(nodes)), 30000);
        // A list row: title, date, tickers, state.
        QVERIFY2(has(nodes, {QStringLiteral("list item")},
                     QRegularExpression(QStringLiteral("^Harbor Lane Robotics.*HLRB\\.US.*unread"))),
            qPrintable(dump(nodes)));
        // Toolbar buttons by name, and the status bar's count.
        for (const QString &button :
            {QStringLiteral("Back"), QStringLiteral("Refresh Subscriptions"), QStringLiteral("Bookmark")}) {
            QVERIFY2(has(nodes,
                         {QStringLiteral("push button"), QStringLiteral("toggle button"), QStringLiteral("check box")},
                         QRegularExpression(u'^' + QRegularExpression::escape(button))),
                qPrintable(button + u"\n" + dump(nodes)));
        }
        QVERIFY2(has(nodes, {QStringLiteral("label"), QStringLiteral("status bar")},
                     QRegularExpression(QStringLiteral("^4 articles$"))),
            qPrintable(dump(nodes)));
    }
};

QTEST_GUILESS_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
