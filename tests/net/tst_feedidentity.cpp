// Which stored article a feed item is: its GUID keeps it when the link changes (within one site),
// another site's feed never replaces a document with its excerpt, and a linked document fetched
// before is asked for conditionally. Two test servers on 127.0.0.1 are two sites (a site includes
// its port) that the fetch policy lets a feed on either reach (the same host).
#include "core/feeditem.h"
#include "core/links.h"
#include "netfixture.h"

using namespace Newsdesk;
using namespace Newsdesk::Net;
using namespace Newsdesk::Test;

class TestFeedIdentity final : public QObject
{
    Q_OBJECT

private:
    struct Item
    {
        QUrl link;
        QByteArray guid;
        QByteArray title;
        QByteArray pubDate = "Thu, 12 Mar 2026 08:30:00 GMT";
        QByteArray description;
    };

    static Route feedOf(const QList<Item> &items, const QByteArray &etag)
    {
        QByteArray xml = "<rss version=\"2.0\"><channel><title>Wire</title>";
        for (const Item &item : items) {
            xml += "<item><title>" + item.title + "</title><link>" + item.link.toEncoded() + "</link>";
            if (!item.guid.isEmpty())
                xml += "<guid isPermaLink=\"false\">" + item.guid + "</guid>";
            xml += "<pubDate>" + item.pubDate + "</pubDate>";
            if (!item.description.isEmpty())
                xml += "<description><![CDATA[" + item.description + "]]></description>";
            xml += "</item>";
        }
        Route feed;
        feed.contentType = "application/rss+xml";
        feed.body = xml + "</channel></rss>";
        feed.etag = etag;
        return feed;
    }

    static std::optional<Storage::DocId> docAt(TestLibrary &library, const QUrl &url)
    {
        return library->findDocument(Core::documentKeyForUrl(url));
    }

    static int fullAnswers(const TestHttpServer &server, const QString &path)
    {
        int count = 0;
        for (const RecordedRequest &request : server.requests())
            count += request.path == path && request.status == 200 ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void guidKeepsItsArticleWhenTheLinkChanges()
    {
        TestSite site;
        TestLibrary library;
        site.server().setRoute(u"/notes/a.md"_qs, Route::markdown("# Apple beats\n\nfirst text\n"));
        site.server().setRoute(u"/posts/b.html"_qs, Route::html("<html><body>a page</body></html>"));
        const QUrl feedUrl = site.url(u"/feed.xml"_qs);
        Item markdown{site.url(u"/notes/a.md"_qs), "wire-a", "Apple beats", "Thu, 12 Mar 2026 08:30:00 GMT", {}};
        Item excerpt{site.url(u"/posts/b.html"_qs), "wire-b", "Banks rally", "Thu, 12 Mar 2026 08:20:00 GMT",
            "<p>Banks <b>rally</b>.</p>"};
        site.server().setRoute(u"/feed.xml"_qs, feedOf({markdown, excerpt}, "\"1\""));
        FetchService service(library.path(), testSettings());
        const RequestOutcome first = service.waitFor(service.subscribe(feedUrl));
        QVERIFY2(first.ok, qPrintable(first.error.message));
        QCOMPARE(library->documentCount(), 2);
        const std::optional<Storage::DocId> a = docAt(library, markdown.link);
        const std::optional<Storage::DocId> b = docAt(library, excerpt.link);
        QVERIFY(a && b);
        QVERIFY(library->setRead(*a, true));
        QVERIFY(library->setBookmarked(*b, true));

        // Both links move (a renamed slug, a query string added); the GUIDs stay.
        site.server().setRoute(u"/notes/a-renamed.md"_qs, Route::markdown("# Apple beats\n\nsecond text\n"));
        site.server().setRoute(u"/posts/b.html"_qs, Route::html("<html><body>a page</body></html>"));
        markdown.link = site.url(u"/notes/a-renamed.md"_qs);
        excerpt.link = QUrl(site.url(u"/posts/b.html"_qs).toString() + u"?utm=wire"_qs);
        excerpt.description = "<p>Banks <b>rally</b> further.</p>";
        site.server().setRoute(u"/feed.xml"_qs, feedOf({markdown, excerpt}, "\"2\""));
        site.server().clearLog();
        const RequestOutcome second = service.waitFor(service.refresh());
        QVERIFY2(second.ok, qPrintable(second.error.message));
        QCOMPARE(library->documentCount(), 2); // the same two articles, not four
        QVERIFY(!docAt(library, site.url(u"/notes/a.md"_qs)));
        QVERIFY(!docAt(library, site.url(u"/posts/b.html"_qs)));
        const std::optional<Storage::DocId> movedA = docAt(library, markdown.link);
        const std::optional<Storage::DocId> movedB = docAt(library, excerpt.link);
        QVERIFY(movedA && movedB);
        const std::optional<Storage::ListRow> rowA = library->row(*movedA);
        const std::optional<Storage::ListRow> rowB = library->row(*movedB);
        QVERIFY(rowA && rowB);
        QVERIFY(rowA->read); // what the user did with it stays
        QVERIFY(rowB->bookmarked);
        QCOMPARE(library->article(*movedA)->url, markdown.link);
        QVERIFY(library->article(*movedA)->body.contains(u"second text"_qs));
        QVERIFY(library->article(*movedB)->body.contains(u"further"_qs));
        QCOMPARE(second.newArticles.size(), 2);
        for (const NewArticle &item : second.newArticles)
            QVERIFY(item.updated);

        // And it settles: the next refresh fetches the feed alone.
        site.server().setRoute(u"/feed.xml"_qs, feedOf({markdown, excerpt}, "\"3\""));
        site.server().clearLog();
        QVERIFY(service.waitFor(service.refresh()).ok);
        QCOMPARE(site.server().requestedPaths(), QStringList{u"/feed.xml"_qs});
        QCOMPARE(library->documentCount(), 2);
    }

    void guidNeverHandsAnArticleToAnotherSite()
    {
        TestSite feedSite;
        TestSite other; // another port on 127.0.0.1: another site the feed may reach
        TestLibrary library;
        feedSite.server().setRoute(u"/notes/a.md"_qs, Route::markdown("# Apple beats\n\nthe feed site's text\n"));
        other.server().setRoute(u"/notes/a.md"_qs, Route::markdown("# Apple beats\n\nthe other site's text\n"));
        Item item{feedSite.url(u"/notes/a.md"_qs), "wire-a", "Apple beats", "Thu, 12 Mar 2026 08:30:00 GMT", {}};
        feedSite.server().setRoute(u"/feed.xml"_qs, feedOf({item}, "\"1\""));
        FetchService service(library.path(), testSettings());
        QVERIFY(service.waitFor(service.subscribe(feedSite.url(u"/feed.xml"_qs))).ok);
        const std::optional<Storage::DocId> original = docAt(library, item.link);
        QVERIFY(original);

        item.link = other.url(u"/notes/a.md"_qs); // same GUID, another site's link
        feedSite.server().setRoute(u"/feed.xml"_qs, feedOf({item}, "\"2\""));
        const RequestOutcome second = service.waitFor(service.refresh());
        QVERIFY2(second.ok, qPrintable(second.error.message));
        QCOMPARE(other.server().count(u"/notes/a.md"_qs), 1); // fetched: the policy allowed it
        QCOMPARE(library->documentCount(), 2);
        const std::optional<Storage::DocId> kept = docAt(library, feedSite.url(u"/notes/a.md"_qs));
        QVERIFY(kept);
        QVERIFY(library->article(*kept)->body.contains(u"the feed site's text"_qs));
        const std::optional<Storage::DocId> added = docAt(library, other.url(u"/notes/a.md"_qs));
        QVERIFY(added && *added != *kept);
        QVERIFY(library->article(*added)->body.contains(u"the other site's text"_qs));
    }

    void anotherSitesExcerptDoesNotReplaceADocument()
    {
        TestSite siteA;
        TestSite siteB;
        TestLibrary library;
        // Site A's own feed stores its page's item (an excerpt: the link is a web page).
        const QUrl link = siteA.url(u"/posts/1.html"_qs);
        siteA.server().setRoute(u"/posts/1.html"_qs, Route::html("<html><body>a page</body></html>"));
        siteA.server().setRoute(u"/feed.xml"_qs,
            feedOf({{link, "a-1", "Apple beats", "Thu, 12 Mar 2026 08:30:00 GMT", "<p>Site A's own words.</p>"}},
                "\"1\""));
        // Site B's feed claims the same link with its own title, time and words.
        siteB.server().setRoute(u"/feed.xml"_qs,
            feedOf({{link, "b-1", "Apple collapses", "Thu, 12 Mar 2026 09:30:00 GMT", "<p>Site B's words.</p>"}},
                "\"1\""));
        FetchService service(library.path(), testSettings());
        QVERIFY(service.waitFor(service.subscribe(siteA.url(u"/feed.xml"_qs))).ok);
        const std::optional<Storage::DocId> doc = docAt(library, link);
        QVERIFY(doc);
        QCOMPARE(library->article(*doc)->type, Core::feedExcerptType.toString());

        siteA.server().clearLog();
        service.waitFor(service.subscribe(siteB.url(u"/feed.xml"_qs)));
        // B's item reached the excerpt path: its link was fetched (the policy allowed it) and
        // answered with a web page.
        QCOMPARE(siteA.server().count(u"/posts/1.html"_qs), 1);
        QCOMPARE(library->documentCount(), 1);
        const std::optional<Storage::DocId> after = docAt(library, link);
        QVERIFY(after);
        const Result<Core::Article> article = library->article(*after);
        QVERIFY(article);
        QCOMPARE(article->title, u"Apple beats"_qs);
        QCOMPARE(article->published, at(30));
        QVERIFY(article->body.contains(u"Site A's own words."_qs));
        QVERIFY(!article->body.contains(u"Site B"_qs));
    }

    void linkedDocumentIsFetchedAgainConditionally()
    {
        TestSite site;
        TestLibrary library;
        // The document's own time (09:00) differs from the listed one, which then changes: the
        // document is asked for again, with the validators of its last answer.
        Route document = Route::markdown("---\ntitle: \"B\"\ndatetime: \"2026-03-12T09:00:00Z\"\n---\n\nfirst\n");
        document.etag = "\"doc-1\"";
        document.lastModified = "Thu, 12 Mar 2026 09:00:00 GMT";
        site.server().setRoute(u"/notes/b.md"_qs, document);
        Item item{site.url(u"/notes/b.md"_qs), "b-1", "B", "Thu, 12 Mar 2026 08:30:00 GMT", {}};
        site.server().setRoute(u"/feed.xml"_qs, feedOf({item}, "\"1\""));
        FetchService service(library.path(), testSettings());
        QVERIFY(service.waitFor(service.subscribe(site.url(u"/feed.xml"_qs))).ok);
        QCOMPARE(fullAnswers(site.server(), u"/notes/b.md"_qs), 1);

        item.pubDate = "Thu, 12 Mar 2026 08:45:00 GMT";
        site.server().setRoute(u"/feed.xml"_qs, feedOf({item}, "\"2\""));
        site.server().clearLog();
        const RequestOutcome second = service.waitFor(service.refresh());
        QVERIFY2(second.ok, qPrintable(second.error.message));
        QCOMPARE(site.server().requestedPaths(), (QStringList{u"/feed.xml"_qs, u"/notes/b.md"_qs}));
        const RecordedRequest asked = site.server().requests().at(1);
        QCOMPARE(asked.header("If-None-Match"), QByteArray("\"doc-1\""));
        QCOMPARE(asked.header("If-Modified-Since"), QByteArray("Thu, 12 Mar 2026 09:00:00 GMT"));
        QCOMPARE(asked.status, 304);
        QCOMPARE(second.newArticles.size(), 0); // unchanged: nothing new to tell
        QCOMPARE(library->documentCount(), 1);
        const std::optional<Storage::DocId> doc = docAt(library, item.link);
        QVERIFY(doc);
        QVERIFY(library->article(*doc)->body.contains(u"first"_qs));

        // The listing's new time was remembered with the 304: the next refresh does not ask again.
        site.server().setRoute(u"/feed.xml"_qs, feedOf({item}, "\"3\""));
        site.server().clearLog();
        QVERIFY(service.waitFor(service.refresh()).ok);
        QCOMPARE(site.server().requestedPaths(), QStringList{u"/feed.xml"_qs});

        // The document changes: the conditional request gets it in full, and it is stored.
        document.body.replace("first", "second");
        document.etag = "\"doc-2\"";
        document.lastModified = "Thu, 12 Mar 2026 10:00:00 GMT";
        site.server().setRoute(u"/notes/b.md"_qs, document);
        item.pubDate = "Thu, 12 Mar 2026 08:50:00 GMT";
        site.server().setRoute(u"/feed.xml"_qs, feedOf({item}, "\"4\""));
        site.server().clearLog();
        const RequestOutcome fourth = service.waitFor(service.refresh());
        QVERIFY2(fourth.ok, qPrintable(fourth.error.message));
        QCOMPARE(fullAnswers(site.server(), u"/notes/b.md"_qs), 1);
        QCOMPARE(site.server().requests().at(1).header("If-None-Match"), QByteArray("\"doc-1\""));
        QVERIFY(library->article(*docAt(library, item.link))->body.contains(u"second"_qs));
        QCOMPARE(fourth.newArticles.size(), 1);
    }
};

QTEST_MAIN(TestFeedIdentity)
#include "tst_feedidentity.moc"
