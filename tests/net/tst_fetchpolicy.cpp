// The fetch policy: which addresses a request may reach, judged on the resolved address, for the
// first hop and every redirect, through the real Fetcher against real servers on two loopback
// addresses (127.0.0.1 plays the document's host, 127.0.0.2 another host on the same network).
#include "net/fetcher.h"
#include "net/fetchpolicy.h"
#include "support/testhttpserver.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QTest>
#include <QTimer>

using namespace Newsdesk;
using namespace Newsdesk::Net;
using Newsdesk::Test::Route;
using Newsdesk::Test::TestHttpServer;

class TestFetchPolicy final : public QObject
{
    Q_OBJECT

private:
    Result<FetchedResource> fetchNow(
        const QUrl &url, const std::optional<QUrl> &origin, Expect expect = Expect::Markdown)
    {
        Fetcher fetcher;
        FetchSettings settings;
        settings.deadlineMs = 5000;
        fetcher.setSettings(settings);
        FetchRequest request;
        request.url = url;
        request.expect = expect;
        request.origin = origin;
        std::optional<Result<FetchedResource>> outcome;
        QEventLoop loop;
        fetcher.fetch(request, this, [&](const Result<FetchedResource> &result) {
            outcome = result;
            loop.quit();
        });
        QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
        loop.exec();
        if (!outcome)
            return Error::make(Error::Kind::Generic, QStringLiteral("the test gave up waiting"));
        return *outcome;
    }

    static QUrl withHost(const QUrl &url, const QString &host)
    {
        QUrl copy = url;
        copy.setHost(host);
        return copy;
    }

    static QByteArray article() { return "---\ntitle: \"Hello\"\n---\n\nBody.\n"; }

private Q_SLOTS:
    void internalAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("internal");
        QTest::newRow("loopback") << u"127.0.0.1"_qs << true;
        QTest::newRow("loopback, other") << u"127.8.9.10"_qs << true;
        QTest::newRow("loopback IPv6") << u"::1"_qs << true;
        QTest::newRow("loopback mapped into IPv6") << u"::ffff:127.0.0.1"_qs << true;
        QTest::newRow("RFC 1918 10/8") << u"10.1.2.3"_qs << true;
        QTest::newRow("RFC 1918 172.16/12") << u"172.31.255.1"_qs << true;
        QTest::newRow("RFC 1918 192.168/16") << u"192.168.1.1"_qs << true;
        QTest::newRow("unique local fc00::/7") << u"fd12:3456::1"_qs << true;
        QTest::newRow("unique local fc00::") << u"fc00::5"_qs << true;
        QTest::newRow("link-local") << u"169.254.169.254"_qs << true;
        QTest::newRow("link-local IPv6") << u"fe80::1"_qs << true;
        QTest::newRow("multicast") << u"224.0.0.251"_qs << true;
        QTest::newRow("multicast IPv6") << u"ff02::1"_qs << true;
        QTest::newRow("unspecified") << u"0.0.0.0"_qs << true;
        QTest::newRow("unspecified IPv6") << u"::"_qs << true;
        QTest::newRow("public") << u"93.184.216.34"_qs << false;
        QTest::newRow("public, next to 172.16/12") << u"172.32.0.1"_qs << false;
        QTest::newRow("public IPv6") << u"2606:2800:220:1::1"_qs << false;
    }

    void internalAddresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, internal);
        QCOMPARE(FetchPolicy::isInternal(QHostAddress(address)), internal);
    }

    // Only http and https, for a document's requests as for the user's.
    void onlyHttpAndHttps()
    {
        for (const QString &url : {u"file:///etc/passwd"_qs, u"ftp://example.com/a.png"_qs, u"gopher://x/"_qs}) {
            const auto result = fetchNow(QUrl(url), QUrl(u"https://example.com/a.md"_qs), Expect::Image);
            QVERIFY(!result.ok());
            QVERIFY2(result.error().message.contains(u"http"), qPrintable(result.error().message));
        }
    }

    // A document from a file reaches no internal address, however it is written: a name that
    // resolves to loopback, or the integer and hexadecimal spellings of 127.0.0.1.
    void documentFromAFileReachesNoInternalAddress_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_qs;
        QTest::newRow("localhost") << u"localhost"_qs;
        QTest::newRow("0x7f000001") << u"0x7f000001"_qs;
        QTest::newRow("2130706433") << u"2130706433"_qs;
    }

    void documentFromAFileReachesNoInternalAddress()
    {
        QFETCH(QString, host);
        TestHttpServer server;
        QVERIFY(server.start());
        server.setRoute(u"/img.png"_qs, Route::image("png"));
        const QUrl target = withHost(server.url(u"/img.png"_qs), host);
        const auto result = fetchNow(target, QUrl(), Expect::Image);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u"internal address"), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(u"127.0.0.1") || result.error().message.contains(u"::1"),
            qPrintable(result.error().message));
        QCOMPARE(server.requests().size(), 0);
    }

    // The document came from that host: its own images and versions load (a server on the
    // user's own network keeps working).
    void documentFromTheSameHostReachesIt()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setRoute(u"/img.png"_qs, Route::image("png"));
        const auto result = fetchNow(server.url(u"/img.png"_qs), server.url(u"/en/news/1.md"_qs), Expect::Image);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(server.count(u"/img.png"_qs), 1);
    }

    // Another internal host than the document's is refused, by address or by name.
    void documentFromOneHostDoesNotReachAnother()
    {
        TestHttpServer documentHost;
        TestHttpServer otherHost;
        QVERIFY(documentHost.start());
        QVERIFY(otherHost.start(0, u"127.0.0.2"_qs));
        otherHost.setRoute(u"/img.png"_qs, Route::image("png"));
        const QUrl origin = documentHost.url(u"/en/news/1.md"_qs);

        const auto byAddress = fetchNow(otherHost.url(u"/img.png"_qs), origin, Expect::Image);
        QVERIFY(!byAddress.ok());
        QVERIFY2(byAddress.error().message.contains(u"127.0.0.2 is an internal address"),
            qPrintable(byAddress.error().message));
        // "localhost" is another host than "127.0.0.1" by name, and resolves inward.
        const auto byName
            = fetchNow(withHost(documentHost.url(u"/img.png"_qs), u"localhost"_qs), origin, Expect::Image);
        QVERIFY(!byName.ok());
        QVERIFY2(byName.error().message.contains(u"internal address"), qPrintable(byName.error().message));
        QCOMPARE(otherHost.requests().size(), 0);
        QCOMPARE(documentHost.requests().size(), 0);
    }

    // The user's own request may go anywhere they point it, their own machine included.
    void theUsersOwnRequestReachesTheirNetwork()
    {
        TestHttpServer server;
        QVERIFY(server.start(0, u"127.0.0.2"_qs));
        server.setRoute(u"/a.md"_qs, Route::markdown(article()));
        const auto result = fetchNow(server.url(u"/a.md"_qs), std::nullopt);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    }

    // Every redirect hop is checked: a public or own-host request cannot be bounced inward.
    void redirectHopsAreChecked()
    {
        TestHttpServer server;
        TestHttpServer inside;
        QVERIFY(server.start());
        QVERIFY(inside.start(0, u"127.0.0.2"_qs));
        inside.setRoute(u"/admin"_qs, Route::markdown(article()));
        server.setRoute(u"/a.md"_qs, Route::redirect(inside.url(u"/admin"_qs).toEncoded(), 302));
        server.setRoute(u"/b.md"_qs, Route::markdown(article()));
        server.setRoute(u"/hop.md"_qs, Route::redirect("/b.md", 301));

        const auto refused = fetchNow(server.url(u"/a.md"_qs), std::nullopt);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(
                     u"the redirect to " + inside.url(u"/admin"_qs).toDisplayString() + u" is refused"),
            qPrintable(refused.error().message));
        QCOMPARE(inside.requests().size(), 0);

        // A hop on the same host is followed.
        const auto followed = fetchNow(server.url(u"/hop.md"_qs), std::nullopt);
        QVERIFY2(followed.ok(), qPrintable(followed.ok() ? QString() : followed.error().message));
        QCOMPARE(followed->finalUrl, server.url(u"/b.md"_qs));
    }

    // A redirect to file: names the refused target, not the scheme of the address asked for.
    void redirectToFileIsRefusedByName()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setRoute(u"/a.md"_qs, Route::redirect("file:///etc/passwd", 301));
        const auto result = fetchNow(server.url(u"/a.md"_qs), std::nullopt);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message,
            u"the redirect to file:///etc/passwd is refused: only http and https addresses are fetched"_qs);
    }
};

QTEST_GUILESS_MAIN(TestFetchPolicy)
#include "tst_fetchpolicy.moc"
