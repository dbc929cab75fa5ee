// The fetching commands as a user runs them: the real newsdesk executable, a temporary library,
// the test server on 127.0.0.1 (answering while the command runs, so the test never blocks).
#include "netfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Newsdesk;
using namespace Newsdesk::Test;

namespace {

const QString newsdesk = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

} // namespace

class TestCliFetch final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run run(const QString &library, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"NEWSDESK_DB"_qs);
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(newsdesk, QStringList{u"--db"_qs, library} + arguments);
        Run result;
        if (!finished.wait(60'000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString freshLibrary(const QString &name) { return m_dir.filePath(name + u".sqlite"); }

private Q_SLOTS:
    void importUrl()
    {
        TestSite site;
        QVERIFY(site.publish(spec(u"281000100"_qs, 0)));
        const QString db = freshLibrary(u"import"_qs);

        const Run offline = run(db, {u"--offline"_qs, u"import"_qs, site.url(u"/en/news/281000100.md"_qs).toString()});
        QCOMPARE(offline.exitCode, 1);
        QVERIFY2(offline.err.contains(u"offline"), qPrintable(offline.err));
        QVERIFY(site.server().requests().isEmpty());

        const Run imported = run(db, {u"import"_qs, site.url(u"/en/news/281000100"_qs).toString()});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.startsWith(u"Imported 1 article (1 new"), qPrintable(imported.out));
        QCOMPARE(site.server().count(u"/en/news/281000100.md"_qs), 1); // the .md retry
        const Run zh = run(db, {u"show"_qs, u"--json"_qs, u"--locale"_qs, u"zh-HK"_qs, u"281000100"_qs});
        QCOMPARE(zh.exitCode, 0);
        QCOMPARE(zh.json().object().value(u"title"_qs).toString(), u"Article 281000100 [zh-HK]"_qs);

        const Run missing = run(db, {u"import"_qs, site.url(u"/en/news/999.md"_qs).toString()});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"/en/news/999.md: the server answered HTTP 404"), qPrintable(missing.err));
    }

    void subscribeRefreshUnsubscribe()
    {
        TestSite site;
        QList<ArticleSpec> articles{
            spec(u"800"_qs, 30, {u"en"_qs}), spec(u"801"_qs, 20, {u"en"_qs}), spec(u"802"_qs, 10, {u"en"_qs})};
        for (const ArticleSpec &a : articles)
            QVERIFY(site.publish(a));
        QVERIFY(site.put(u"/en/news.md"_qs, newsIndexDocument(site.server().baseUrl(), u"en"_qs, articles)));
        const QString db = freshLibrary(u"subscriptions"_qs);
        const QString index = site.url(u"/en/news.md"_qs).toString();

        QCOMPARE(run(db, {u"subscriptions"_qs}).out.trimmed(),
            u"no subscriptions; add one with 'newsdesk subscribe URL'"_qs);
        const Run subscribed = run(db, {u"subscribe"_qs, index});
        QCOMPARE(subscribed.exitCode, 0);
        QVERIFY2(subscribed.out.startsWith(u"subscribed to " + index + u" (news index)"), qPrintable(subscribed.out));
        QVERIFY(site.server().requests().isEmpty()); // subscribing alone fetches nothing
        QCOMPARE(run(db, {u"subscribe"_qs, u"ftp://example.com/news.md"_qs}).exitCode, 2);

        const Run first = run(db, {u"refresh"_qs});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains(index + u": 3 new, 0 updated (3 listed)"), qPrintable(first.out));
        QVERIFY(first.out.contains(u"  new: Article 800  [127.0.0.1:"));
        QVERIFY(first.out.endsWith(u"Refreshed 1 subscription: 3 new, 0 updated, 0 failed.\n"));

        articles.prepend(spec(u"803"_qs, 40, {u"en"_qs}));
        QVERIFY(site.publish(articles.first()));
        QVERIFY(site.put(u"/en/news.md"_qs, newsIndexDocument(site.server().baseUrl(), u"en"_qs, articles)));
        site.server().clearLog();
        const Run second = run(db, {u"refresh"_qs, index});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(index + u": 1 new, 0 updated (4 listed)"), qPrintable(second.out));
        QCOMPARE(site.server().requestedPaths(), (QStringList{u"/en/news.md"_qs, u"/en/news/803.md"_qs}));
        QVERIFY(run(db, {u"refresh"_qs}).out.contains(index + u": not modified"));

        // Offline: nothing leaves, the command says so and fails.
        site.server().clearLog();
        const Run offline = run(db, {u"refresh"_qs, u"--offline"_qs});
        QCOMPARE(offline.exitCode, 1);
        QVERIFY2(offline.err.contains(index + u": offline"), qPrintable(offline.err));
        QVERIFY(site.server().requests().isEmpty());

        // A failing server: exit 1, the cause on stderr, and the failure visible in the list.
        site.server().setRoute(u"/en/news.md"_qs, Route::error(500));
        const Run failing = run(db, {u"refresh"_qs});
        QCOMPARE(failing.exitCode, 1);
        QVERIFY2(failing.err.contains(index + u": the server answered HTTP 500"), qPrintable(failing.err));
        const Run listed = run(db, {u"subscriptions"_qs});
        QVERIFY2(listed.out.contains(u"failing (1 in a row"), qPrintable(listed.out));
        const QJsonArray json = run(db, {u"subscriptions"_qs, u"--json"_qs}).json().array();
        QCOMPARE(json.size(), 1);
        const QJsonObject entry = json.first().toObject();
        QCOMPARE(entry.value(u"url"_qs).toString(), index);
        QCOMPARE(entry.value(u"kind"_qs).toString(), u"news-index"_qs);
        QCOMPARE(entry.value(u"consecutive_failures"_qs).toInt(), 1);
        QVERIFY(entry.value(u"last_error"_qs).toString().contains(u"HTTP 500"));
        QVERIFY(entry.value(u"last_success"_qs).toString().endsWith(u'Z'));

        QCOMPARE(run(db, {u"refresh"_qs, u"https://example.com/not-subscribed.md"_qs}).exitCode, 1);
        QCOMPARE(run(db, {u"unsubscribe"_qs, index}).exitCode, 0);
        const Run again = run(db, {u"unsubscribe"_qs, index});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"no subscription"));
    }

    void bookmarkStoresTheOfflineCopy()
    {
        TestSite site;
        ArticleSpec article = spec(u"281000200"_qs, 0);
        article.images = {u"/img/figure.png"_qs};
        QVERIFY(site.publish(article));
        QVERIFY(site.put(u"/img/figure.png"_qs, pngImage(10, 10, 0x884400)));
        const QString db = freshLibrary(u"bookmarks"_qs);

        // Imported while the other locales were missing: one locale only. (A document imported
        // from a file would reach no loopback address at all: see the fetch policy.)
        for (const QString &locale : {u"zh-CN"_qs, u"zh-HK"_qs})
            site.server().setRoute(articlePath(article, locale), Route::error(404));
        QCOMPARE(run(db, {u"import"_qs, site.url(articlePath(article, u"en"_qs)).toString()}).exitCode, 0);
        site.server().clearRoutes();
        site.server().clearLog();

        // Offline, the bookmark is set but the copy cannot be made: said, and exit 1.
        const Run offline = run(db, {u"--offline"_qs, u"bookmark"_qs, u"add"_qs, u"281000200"_qs});
        QCOMPARE(offline.exitCode, 1);
        QVERIFY2(offline.err.contains(u"offline copy is incomplete") && offline.err.contains(u"offline"),
            qPrintable(offline.err));
        QVERIFY(site.server().requests().isEmpty());

        const Run added = run(db, {u"bookmark"_qs, u"add"_qs, u"281000200"_qs});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains(u"offline copy: 2 more language versions, 1 image stored"), qPrintable(added.out));

        // With the server gone, every variant is there.
        site.server().stop();
        const Run zh = run(db, {u"render"_qs, u"281000200"_qs, u"--locale"_qs, u"zh-CN"_qs});
        QCOMPARE(zh.exitCode, 0);
        QVERIFY(zh.out.contains(u"Article 281000200 [zh-CN]"));
        QVERIFY(zh.out.contains(u"newsdesk://image/"));
        // And bookmarking again needs nothing from the network.
        QCOMPARE(run(db, {u"--offline"_qs, u"bookmark"_qs, u"add"_qs, u"281000200"_qs}).exitCode, 0);
    }

    // The attack: a bookmarked hostile article whose language version and images point inward,
    // and whose "zh-CN version" claims to be another article. Nothing is requested, nothing
    // overwritten.
    void hostileBookmarkReachesNothingInsideAndOverwritesNothing()
    {
        TestSite site;
        const QByteArray port = QByteArray::number(site.server().port());
        QVERIFY(site.put(u"/zh-CN/news/290000779.md"_qs,
            "---\ntitle: \"SPOOFED by variant\"\nlocale: \"zh-CN\"\n"
            "url: \"https://longbridge.com/zh-CN/news/277209673.md\"\n---\n\nSpoofed.\n"));
        for (const char *name : {"a", "b", "c", "d"})
            QVERIFY(site.put(u"/img/"_qs + QLatin1StringView(name) + u".png", pngImage(4, 4, 0x112233)));
        const QString legit = m_dir.filePath(u"legit.md"_qs);
        QVERIFY(writeFile(legit,
            "---\ntitle: \"真正的文章\"\nlocale: \"zh-CN\"\n"
            "url: \"https://longbridge.com/zh-CN/news/277209673.md\"\n---\n\n正文。\n"));
        const QString hostile = m_dir.filePath(u"hostile.md"_qs);
        QVERIFY(writeFile(hostile,
            "---\ntitle: \"Hostile\"\nlocale: \"en\"\n"
            "url: \"https://longbridge.com/en/news/290000779.md\"\nlocales:\n"
            "  - [en](https://longbridge.com/en/news/290000779.md)\n"
            "  - [zh-CN](http://127.0.0.1:"
                + port
                + "/zh-CN/news/290000779.md)\n---\n\n"
                  "![a](http://127.0.0.1:"
                + port
                + "/img/a.png)\n\n"
                  "![b](http://localhost:"
                + port
                + "/img/b.png)\n\n"
                  "![c](http://0x7f000001:"
                + port
                + "/img/c.png)\n\n"
                  "![d](http://2130706433:"
                + port + "/img/d.png)\n"));
        const QString db = freshLibrary(u"hostile"_qs);
        QCOMPARE(run(db, {u"import"_qs, legit, hostile}).exitCode, 0);

        const Run added = run(db, {u"bookmark"_qs, u"add"_qs, u"290000779"_qs});
        QVERIFY2(added.err.contains(u"is refused"), qPrintable(added.err));
        QVERIFY2(site.server().requests().isEmpty(), qPrintable(site.server().requestedPaths().join(u' ')));

        const Run zh = run(db, {u"show"_qs, u"--json"_qs, u"--locale"_qs, u"zh-CN"_qs, u"277209673"_qs});
        QCOMPARE(zh.exitCode, 0);
        QCOMPARE(zh.json().object().value(u"title"_qs).toString(), u"真正的文章"_qs);
    }

    // Identity is bound to origin: another site cannot update a Longbridge article, whatever its
    // front matter claims or its path looks like.
    void anotherSiteCannotReplaceAnArticle()
    {
        TestHttpServer other;
        QVERIFY(other.start(0, u"127.0.0.2"_qs));
        other.setRoute(u"/spoof.md"_qs,
            Route::markdown("---\ntitle: \"SPOOFED by claim\"\nlocale: \"en\"\n"
                            "url: \"https://longbridge.com/en/news/277209673.md\"\n---\n\nx\n"));
        other.setRoute(u"/en/news/277209673.md"_qs,
            Route::markdown("---\ntitle: \"SPOOFED by path\"\nlocale: \"en\"\n---\n\nx\n"));
        const QString legit = m_dir.filePath(u"legit-en.md"_qs);
        QVERIFY(writeFile(legit,
            "---\ntitle: \"Legit\"\nlocale: \"en\"\n"
            "url: \"https://longbridge.com/en/news/277209673.md\"\n---\n\nBody.\n"));
        const QString db = freshLibrary(u"identity"_qs);
        QCOMPARE(run(db, {u"import"_qs, legit}).exitCode, 0);
        QCOMPARE(run(db, {u"bookmark"_qs, u"add"_qs, u"--offline"_qs, u"277209673"_qs}).exitCode, 0);

        for (const QString &path : {u"/spoof.md"_qs, u"/en/news/277209673.md"_qs}) {
            const Run spoof = run(db, {u"import"_qs, other.url(path).toString()});
            QCOMPARE(spoof.exitCode, 0);
            QVERIFY2(spoof.out.startsWith(u"Imported 1 article (1 new, 0 updated"), qPrintable(spoof.out));
        }
        const Run shown = run(db, {u"show"_qs, u"--json"_qs, u"277209673"_qs});
        QCOMPARE(shown.json().object().value(u"title"_qs).toString(), u"Legit"_qs);
        const Run byUrl = run(db, {u"show"_qs, u"--json"_qs, other.url(u"/en/news/277209673.md"_qs).toString()});
        QCOMPARE(byUrl.json().object().value(u"title"_qs).toString(), u"SPOOFED by path"_qs);
        QCOMPARE(run(db, {u"list"_qs, u"--json"_qs}).json().array().size(), 3);
        QCOMPARE(run(db, {u"list"_qs, u"--bookmarked"_qs, u"--json"_qs}).json().array().size(), 1);
    }

    // Outside /news/{id}, the query string is part of the address: two ids, two articles.
    void queryStringsNameDifferentArticles()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setRoute(u"/view.asp"_qs, Route::markdown("---\ntitle: \"A page\"\n---\n\nText.\n"));
        const QString db = freshLibrary(u"queries"_qs);
        for (const QString &query : {u"?id=1"_qs, u"?id=2"_qs}) {
            const Run imported = run(db, {u"import"_qs, server.url(u"/view.asp"_qs).toString() + query});
            QVERIFY2(imported.out.startsWith(u"Imported 1 article (1 new"), qPrintable(imported.out + imported.err));
        }
        QCOMPARE(run(db, {u"list"_qs, u"--json"_qs}).json().array().size(), 2);
    }

    // A kill during `bookmark add` leaves the offline copy recorded as incomplete; the next
    // refresh finishes it.
    void interruptedOfflineCopyIsFinishedByTheNextRefresh()
    {
        TestSite site;
        ArticleSpec article = spec(u"281000300"_qs, 0, {u"en"_qs});
        article.images = {u"/img/slow.png"_qs};
        QVERIFY(site.publish(article));
        Route hang;
        hang.behaviour = Route::Behaviour::Hang;
        site.server().setRoute(u"/img/slow.png"_qs, hang);
        const QString db = freshLibrary(u"interrupted"_qs);
        QCOMPARE(run(db, {u"import"_qs, site.url(u"/en/news/281000300.md"_qs).toString()}).exitCode, 0);

        QProcess bookmarking;
        bookmarking.start(newsdesk, {u"--db"_qs, db, u"bookmark"_qs, u"add"_qs, u"281000300"_qs});
        QTRY_VERIFY_WITH_TIMEOUT(site.server().count(u"/img/slow.png"_qs) == 1, 30'000);
        bookmarking.kill();
        QVERIFY(bookmarking.waitForFinished(10'000));
        {
            Storage::Library library;
            QVERIFY(library.open(db).ok());
            const auto doc = library.findDocument(u"281000300"_qs);
            QVERIFY(doc);
            QCOMPARE(library.offlineCopy(*doc), Storage::OfflineCopy::Incomplete);
            QCOMPARE(library.incompleteOfflineCopies(), QList<Storage::DocId>{*doc});
        }

        site.server().setRoute(u"/img/slow.png"_qs, Route::image(pngImage(8, 8, 0x445566)));
        QCOMPARE(run(db, {u"refresh"_qs}).exitCode, 0);
        {
            Storage::Library library;
            QVERIFY(library.open(db).ok());
            const auto doc = library.findDocument(u"281000300"_qs);
            QCOMPARE(library.offlineCopy(*doc), Storage::OfflineCopy::Complete);
            QVERIFY(library.incompleteOfflineCopies().isEmpty());
        }
        site.server().stop();
        const Run rendered = run(db, {u"--offline"_qs, u"bookmark"_qs, u"add"_qs, u"281000300"_qs});
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
    }
};

QTEST_GUILESS_MAIN(TestCliFetch)
#include "tst_cli_fetch.moc"
