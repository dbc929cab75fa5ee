// Ordinary news feeds whose items link to web pages: every item becomes a readable article from
// the feed itself, and a second refresh of an unchanged feed fetches nothing but the feed.
#include "core/feeditem.h"
#include "core/links.h"
#include "netfixture.h"
#include "storage/subscriptionstore.h"

using namespace Newsdesk;
using namespace Newsdesk::Net;
using namespace Newsdesk::Test;

class TestFeedItems final : public QObject
{
    Q_OBJECT

private:
    // An RSS 2.0 feed of `count` items linking to web pages on `site`, each with a 2–10 KB HTML
    // description; item n is published n minutes before 2026-03-12T08:00Z.
    static QByteArray ordinaryFeed(const QUrl &site, int count)
    {
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                         "<title>Market wire</title><link>"
            + site.toEncoded() + "</link>";
        for (int n = 0; n < count; ++n) {
            QByteArray html = "<p>Item " + QByteArray::number(n) + " <b>opens</b> &amp; <a href=\"https://example.com/"
                + QByteArray::number(n) + "\">links</a>.</p>";
            const int paragraphs = 20 + (n * 7) % 80; // ~100 bytes each: 2–10 KB
            for (int p = 0; p < paragraphs; ++p)
                html += "<p>Shares of the company rose after results beat estimates; guidance was raised again.</p>";
            xml += "<item><title>Item " + QByteArray::number(n) + ": S&amp;P 1 &lt; 2</title><link>" + site.toEncoded()
                + "posts/" + QByteArray::number(n) + ".html</link><guid isPermaLink=\"false\">wire-"
                + QByteArray::number(n) + "</guid><pubDate>" + at(-n).toString(Qt::RFC2822Date).toLatin1()
                + "</pubDate><description><![CDATA[" + html + "]]></description></item>\n";
        }
        return xml + "</channel></rss>";
    }

private Q_SLOTS:
    void ordinaryFeedBecomesReadableArticles()
    {
        TestSite site;
        TestLibrary library;
        constexpr int count = 1000;
        const QUrl base = site.server().baseUrl();
        for (int n = 0; n < count; ++n)
            site.server().setRoute(u"/posts/%1.html"_qs.arg(n), Route::html("<html><body>a web page</body></html>"));
        Route feed;
        feed.contentType = "application/rss+xml";
        feed.body = ordinaryFeed(base.resolved(QUrl(u"/"_qs)), count);
        feed.etag = "\"wire-1\"";
        feed.lastModified = "Thu, 12 Mar 2026 08:00:00 GMT";
        site.server().setRoute(u"/feed.xml"_qs, feed);

        FetchSettings settings = testSettings();
        settings.deadlineMs = 10'000;
        FetchService service(library.path(), settings);
        const RequestOutcome first = service.waitFor(service.subscribe(site.url(u"/feed.xml"_qs)));
        QVERIFY2(first.ok, qPrintable(first.error.message));
        QCOMPARE(library->documentCount(), count);
        QCOMPARE(first.newArticles.size(), count);

        // Item 7 as the reader loads it: the feed's title, time, link and its description as markdown.
        const std::optional<Storage::DocId> doc
            = library->findDocument(Core::documentKeyForUrl(site.url(u"/posts/7.html"_qs)));
        QVERIFY(doc);
        const Result<Core::Article> article = library->article(*doc);
        QVERIFY(article.ok());
        QCOMPARE(article->title, u"Item 7: S&P 1 < 2"_qs);
        QCOMPARE(article->published, at(-7));
        QCOMPARE(article->type, Core::feedExcerptType.toString());
        QVERIFY2(article->body.startsWith(u"Item 7 **opens** \\& [links](https://example.com/7).\n\nShares of"_qs),
            qPrintable(article->body.left(200)));
        QVERIFY(!article->body.contains(u"<p>"_qs));
        QVERIFY(!article->body.contains(u"a web page"_qs)); // the HTML page is never stored

        // Unchanged: one conditional request for the feed, answered 304, and nothing else.
        site.server().clearLog();
        const RequestOutcome second = service.waitFor(service.refresh());
        QVERIFY2(second.ok, qPrintable(second.error.message));
        QCOMPARE(site.server().requestedPaths(), QStringList{u"/feed.xml"_qs});
        QCOMPARE(site.server().requests().constFirst().status, 304);
        QCOMPARE(second.newArticles.size(), 0);

        // The feed changes (a new validator) but its items do not: still no item is fetched.
        feed.etag = "\"wire-2\"";
        feed.body.replace("<title>Market wire</title>", "<title>Market wire (renamed)</title>");
        site.server().setRoute(u"/feed.xml"_qs, feed);
        site.server().clearLog();
        const RequestOutcome third = service.waitFor(service.refresh());
        QVERIFY2(third.ok, qPrintable(third.error.message));
        QCOMPARE(site.server().requestedPaths(), QStringList{u"/feed.xml"_qs});
        QCOMPARE(library->documentCount(), count);
    }

    void markdownLinkTakesTheFeedsTitleAndTime()
    {
        TestSite site;
        TestLibrary library;
        // A bare markdown document: no front matter, no heading.
        site.server().setRoute(u"/notes/apple.md"_qs, Route::markdown("a short note without a heading\n"));
        Route feed;
        feed.contentType = "application/rss+xml";
        feed.body = "<rss version=\"2.0\"><channel><title>Notes</title><item><title>Apple beats estimates</title><link>"
            + site.url(u"/notes/apple.md"_qs).toEncoded()
            + "</link><pubDate>Thu, 12 Mar 2026 08:30:00 GMT</pubDate></item></channel></rss>";
        site.server().setRoute(u"/feed.xml"_qs, feed);
        FetchService service(library.path(), testSettings());
        const RequestOutcome first = service.waitFor(service.subscribe(site.url(u"/feed.xml"_qs)));
        QVERIFY2(first.ok, qPrintable(first.error.message));
        const std::optional<Storage::DocId> doc
            = library->findDocument(Core::documentKeyForUrl(site.url(u"/notes/apple.md"_qs)));
        QVERIFY(doc);
        const Result<Core::Article> article = library->article(*doc);
        QVERIFY(article);
        QCOMPARE(article->title, u"Apple beats estimates"_qs);
        QCOMPARE(article->published, at(30));
        QVERIFY(article->type != Core::feedExcerptType.toString());
        // The stored time is the feed's, so the unchanged item is not fetched again.
        site.server().clearLog();
        const RequestOutcome second = service.waitFor(service.refresh());
        QVERIFY2(second.ok, qPrintable(second.error.message));
        QCOMPARE(site.server().requestedPaths(), QStringList{u"/feed.xml"_qs});
    }

    void listedTimeIsRememberedNotTheDocumentsOwn()
    {
        // The list says 08:30, the document itself 09:00: stored as the document says, and not
        // fetched again while the list keeps saying 08:30 (this was a refetch on every refresh).
        TestSite site;
        TestLibrary library;
        site.server().setRoute(
            u"/notes/b.md"_qs, Route::markdown("---\ntitle: \"B\"\ndatetime: \"2026-03-12T09:00:00Z\"\n---\n\ntext\n"));
        Route feed;
        feed.contentType = "application/rss+xml";
        feed.body = "<rss version=\"2.0\"><channel><title>Notes</title><item><title>B</title><link>"
            + site.url(u"/notes/b.md"_qs).toEncoded()
            + "</link><guid isPermaLink=\"false\">b-1</guid><pubDate>Thu, 12 Mar 2026 08:30:00 "
              "GMT</pubDate></item></channel></rss>";
        feed.etag = "\"1\"";
        site.server().setRoute(u"/feed.xml"_qs, feed);
        FetchService service(library.path(), testSettings());
        QVERIFY(service.waitFor(service.subscribe(site.url(u"/feed.xml"_qs))).ok);
        const std::optional<Storage::DocId> doc
            = library->findDocument(Core::documentKeyForUrl(site.url(u"/notes/b.md"_qs)));
        QVERIFY(doc);
        QCOMPARE(library->article(*doc)->published, at(60));

        feed.etag = "\"2\""; // the feed is sent again in full
        site.server().setRoute(u"/feed.xml"_qs, feed);
        site.server().clearLog();
        QVERIFY(service.waitFor(service.refresh()).ok);
        QCOMPARE(site.server().requestedPaths(), QStringList{u"/feed.xml"_qs});

        // The list now says something else about it: fetched again.
        feed.etag = "\"3\"";
        feed.body.replace("08:30:00", "08:45:00");
        site.server().setRoute(u"/feed.xml"_qs, feed);
        site.server().clearLog();
        QVERIFY(service.waitFor(service.refresh()).ok);
        QCOMPARE(site.server().requestedPaths(), (QStringList{u"/feed.xml"_qs, u"/notes/b.md"_qs}));
    }

    void undecodableFeedIsTheSourcesError()
    {
        TestSite site;
        TestLibrary library;
        site.server().setRoute(u"/a.md"_qs, Route::markdown("# A\n\ntext\n"));
        Route feed;
        feed.contentType = "application/rss+xml";
        feed.body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss "
                    "version=\"2.0\"><channel><item><title>caf\xE9</title><link>"
            + site.url(u"/a.md"_qs).toEncoded() + "</link></item></channel></rss>";
        site.server().setRoute(u"/feed.xml"_qs, feed);
        FetchService service(library.path(), testSettings());
        const RequestOutcome outcome = service.waitFor(service.subscribe(site.url(u"/feed.xml"_qs)));
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.message.contains(u"utf-8"_qs), qPrintable(outcome.error.message));
        QCOMPARE(library->documentCount(), 1); // kept as far as it goes
        Storage::SubscriptionStore &store = library.library().subscriptions();
        const std::optional<Storage::Subscription> subscription = store.find(site.url(u"/feed.xml"_qs));
        QVERIFY(subscription);
        QVERIFY2(subscription->lastError.contains(u"utf-8"_qs), qPrintable(subscription->lastError));
    }
};

QTEST_MAIN(TestFeedItems)
#include "tst_feeditems.moc"
