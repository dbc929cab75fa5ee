// Servers that misbehave on purpose: each failure is reported once, by its real cause, and fast;
// an endless body is refused without piling up in memory.
#include "net/fetcher.h"
#include "support/testhttpserver.h"

#include <QEventLoop>
#include <QFile>
#include <QTest>
#include <QTimer>

using namespace Newsdesk;
using namespace Newsdesk::Net;
using Newsdesk::Test::Route;
using Newsdesk::Test::TestHttpServer;

namespace {

// A field of /proc/self/status in kB ("VmHWM", "VmRSS").
qint64 procStatusKb(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_qs);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Linux resets the peak resident size when "5" is written to clear_refs.
bool resetPeakRss()
{
    QFile clear(u"/proc/self/clear_refs"_qs);
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

class TestHostileServer final : public QObject
{
    Q_OBJECT

private:
    Result<FetchedResource> fetchNow(const QUrl &url, Expect expect = Expect::Markdown, int deadlineMs = 10'000)
    {
        Fetcher fetcher;
        FetchSettings settings;
        settings.deadlineMs = deadlineMs;
        fetcher.setSettings(settings);
        FetchRequest request;
        request.url = url;
        request.expect = expect;
        std::optional<Result<FetchedResource>> outcome;
        QEventLoop loop;
        fetcher.fetch(request, this, [&](const Result<FetchedResource> &result) {
            outcome = result;
            loop.quit();
        });
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        loop.exec();
        if (!outcome)
            return Error::make(Error::Kind::Generic, QStringLiteral("the test gave up waiting"));
        return *outcome;
    }

    static QString messageOf(const Result<FetchedResource> &result)
    {
        return result.ok() ? u"(no error)"_qs : result.error().message;
    }

private Q_SLOTS:
    // A page address answered with HTML is retried with ".md"; when that is missing too, the
    // cause is still the HTML answer, not the retry's 404.
    void htmlAnswerIsNamedNotTheRetrys404()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setRoute(u"/en/news/5"_qs, Route::html("<!doctype html><title>x</title>"));
        const auto html = fetchNow(server.url(u"/en/news/5"_qs));
        QCOMPARE(messageOf(html), u"the server answered with an HTML page, not a markdown document"_qs);
        QCOMPARE(server.count(u"/en/news/5.md"_qs), 1); // the twin was tried

        Route json = Route::markdown("{}");
        json.contentType = "application/json";
        server.setRoute(u"/en/news/6"_qs, json);
        QCOMPARE(messageOf(fetchNow(server.url(u"/en/news/6"_qs))),
            u"the server answered with 'application/json', not a markdown document"_qs);
    }

    void decompressionBombIsNamed()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        // 200 MB of zeros, deflated to about 200 KB.
        Route bomb = Route::markdown(qCompress(QByteArray(200 * 1024 * 1024, '\0'), 9).mid(4));
        bomb.headers = {{"Content-Encoding", "deflate"}};
        server.setRoute(u"/bomb.md"_qs, bomb);
        const auto result = fetchNow(server.url(u"/bomb.md"_qs));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u"decompression bomb")
                || result.error().message.contains(u"larger than the 10 MB limit"),
            qPrintable(result.error().message));
        QVERIFY2(!result.error().message.endsWith(u": "), qPrintable(result.error().message));
    }

    // A negative length, then silence: said at once, not at the deadline.
    void negativeContentLengthIsNamed()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        Route route;
        route.behaviour = Route::Behaviour::Stream; // headers, then nothing, connection left open
        route.headers = {{"Content-Length", "-5"}};
        server.setRoute(u"/a.md"_qs, route);
        const auto result = fetchNow(server.url(u"/a.md"_qs), Expect::Markdown, 20'000);
        QCOMPARE(messageOf(result), u"the server sent an invalid Content-Length (-5): the answer cannot be read"_qs);
    }

    // An endless chunked body is cut at the size limit while memory stays flat: Qt reads no
    // further ahead than the reply's read buffer.
    void endlessChunkedBodyIsRefusedWithinBoundedMemory()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        Route endless;
        endless.behaviour = Route::Behaviour::Stream;
        endless.chunked = true;
        endless.streamBytes = qint64(4) * 1024 * 1024 * 1024;
        endless.contentType = "text/markdown";
        server.setRoute(u"/endless.md"_qs, endless);

        const qint64 before = procStatusKb("VmRSS");
        QVERIFY(before > 0);
        if (!resetPeakRss())
            QSKIP("this kernel cannot reset the peak resident size");
        const auto result = fetchNow(server.url(u"/endless.md"_qs), Expect::Markdown, 60'000);
        const qint64 peak = procStatusKb("VmHWM");
        QCOMPARE(messageOf(result), u"the answer is larger than the 10 MB limit; stopped reading"_qs);
        // The body kept is the 10 MB limit itself; Qt's buffers add a little.
        QVERIFY2(peak - before < 40 * 1024, qPrintable(u"peak %1 kB above %2 kB"_qs.arg(peak - before).arg(before)));
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
