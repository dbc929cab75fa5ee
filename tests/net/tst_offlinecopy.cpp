// Bookmarked articles offline: the offline copy stores every locale variant and every image, and
// the article renders completely from the library once the server is gone.
#include "core/links.h"
#include "netfixture.h"
#include "render/pagerenderer.h"
#include "storage/imagestore.h"

#include <QRegularExpression>

using namespace Newsdesk;
using namespace Newsdesk::Net;
using namespace Newsdesk::Test;

class TestOfflineCopy final : public QObject
{
    Q_OBJECT

private:
    // Waits for provideImage's answer.
    static std::optional<ImageBytes> image(FetchService &service, const QUrl &source, bool remoteAllowed)
    {
        std::optional<std::optional<ImageBytes>> answer;
        service.provideImage(source, remoteAllowed, [&answer](std::optional<ImageBytes> bytes) { answer = bytes; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10'000))
            return std::nullopt;
        return *answer;
    }

    static QStringList matches(const QString &html, const QString &pattern)
    {
        QStringList found;
        const QRegularExpression expression(pattern);
        for (auto it = expression.globalMatch(html); it.hasNext();)
            found.append(it.next().captured(1).replace(u"&amp;"_qs, u"&"_qs));
        return found;
    }

private Q_SLOTS:
    void bookmarkedArticleRendersWithTheServerGone()
    {
        TestSite site;
        TestLibrary library;
        ArticleSpec article = spec(u"700"_qs, 0);
        article.images = {u"/img/chart.png"_qs, u"/img/photo.png"_qs};
        QVERIFY(site.publish(article));
        const QByteArray chart = pngImage(40, 30, 0x336699);
        const QByteArray photo = pngImage(20, 20, 0xcc3300);
        QVERIFY(site.put(u"/img/chart.png"_qs, chart));
        QVERIFY(site.put(u"/img/photo.png"_qs, photo));

        FetchSettings settings = testSettings();
        settings.fetchVariants = false; // the offline copy must fetch them itself
        FetchService service(library.path(), settings);
        QVERIFY(service.waitFor(service.fetchArticle(site.url(u"/en/news/700.md"_qs))).ok);
        const auto doc = library->findDocument(u"700"_qs);
        QVERIFY(doc);
        QCOMPARE(library->storedLocales(*doc).size(), 1);

        QVERIFY(library->setBookmarked(*doc, true).ok());
        const RequestOutcome copy = service.waitFor(service.makeOfflineCopy(*doc));
        QVERIFY2(copy.ok, qPrintable(copy.error.message));
        QCOMPARE(copy.stored.size(), 2); // zh-CN and zh-HK
        QCOMPARE(copy.imagesStored, 2); // every locale shows the same two images: stored once
        QCOMPARE(site.server().count(u"/img/chart.png"_qs), 1);

        site.server().stop();
        site.server().clearLog();

        // Every variant renders from the library, and every image the page asks for is there.
        Render::PageRenderer renderer;
        for (const QString &locale : {u"en"_qs, u"zh-CN"_qs, u"zh-HK"_qs}) {
            const Result<Core::Article> stored = library->article(*doc, locale);
            QVERIFY2(stored.ok(), qPrintable(locale));
            const QString html = renderer.articlePage(stored.value());
            QVERIFY(html.contains(stored->title.toHtmlEscaped()));

            const QStringList images = matches(html, u"src=\"(newsdesk://image/[^\"]*)\""_qs);
            QCOMPARE(images.size(), 2);
            for (const QString &appUrl : images) {
                const Core::AppUrl::Parsed parsed = Core::AppUrl::parse(QUrl(appUrl));
                QCOMPARE(parsed.kind, Core::AppUrl::Parsed::Kind::Image);
                const std::optional<ImageBytes> bytes = image(service, QUrl(parsed.value), false);
                QVERIFY2(bytes.has_value(), qPrintable(parsed.value));
                QCOMPARE(bytes->mimeType, QByteArray("image/png"));
                QCOMPARE(bytes->data, parsed.value.endsWith(u"chart.png") ? chart : photo);
            }

            // The language switcher only offers variants that are stored.
            const QStringList switcher = matches(html, u"href=\"(newsdesk://article/[^\"]*)\""_qs);
            QCOMPARE(switcher.size(), 2);
            for (const QString &link : switcher) {
                const Core::AppUrl::Parsed parsed = Core::AppUrl::parse(QUrl(link));
                QVERIFY(library->storedLocales(*doc).contains(parsed.locale));
            }
        }
        QVERIFY(site.server().requests().isEmpty());
    }

    void offlineCopyReportsWhatIsMissing()
    {
        TestSite site;
        TestLibrary library;
        ArticleSpec article = spec(u"701"_qs, 0, {u"en"_qs, u"zh-CN"_qs});
        article.images = {u"/img/ok.png"_qs, u"/img/gone.png"_qs};
        QVERIFY(site.publish(article));
        QVERIFY(site.put(u"/img/ok.png"_qs, pngImage(4, 4, 0x00ff00)));
        site.server().setRoute(u"/img/gone.png"_qs, Route::error(404));
        FetchSettings settings = testSettings();
        settings.fetchVariants = false;
        FetchService service(library.path(), settings);
        QVERIFY(service.waitFor(service.fetchArticle(site.url(u"/en/news/701.md"_qs))).ok);
        const auto doc = library->findDocument(u"701"_qs);
        const RequestOutcome copy = service.waitFor(service.makeOfflineCopy(*doc));
        QVERIFY(!copy.ok);
        QVERIFY2(copy.error.message.contains(u"gone.png") && copy.error.message.contains(u"HTTP 404"),
            qPrintable(copy.error.message));
        QCOMPARE(copy.imagesStored, 1);
        QCOMPARE(copy.stored.size(), 1); // the variant arrived all the same
        Storage::ImageStore &images = library.library().images();
        QVERIFY(images.contains(site.url(u"/img/ok.png"_qs)));

        // Offline, the copy cannot be made, and says why.
        service.setOffline(true);
        const RequestOutcome offline = service.waitFor(service.makeOfflineCopy(*doc));
        QVERIFY(!offline.ok);
        QCOMPARE(offline.error.kind, Error::Kind::Offline);
    }

    void imageCacheFollowsTheSetting()
    {
        TestSite site;
        TestLibrary library;
        const QByteArray png = pngImage(8, 8, 0x123456);
        QVERIFY(site.put(u"/img/a.png"_qs, png));
        FetchService service(library.path(), testSettings());
        const QUrl source = site.url(u"/img/a.png"_qs);

        // Remote images off: nothing is fetched, the page gets its placeholder.
        QVERIFY(!image(service, source, false).has_value());
        QVERIFY(site.server().requests().isEmpty());

        // On, but no document came from that (loopback) host: refused by the fetch policy.
        QVERIFY(!image(service, source, true).has_value());
        QVERIFY(site.server().requests().isEmpty());

        // On, with a document from that host read: fetched once, then served from the library,
        // offline too.
        QVERIFY(site.publish(spec(u"702"_qs, 0, {u"en"_qs})));
        QVERIFY(service.waitFor(service.fetchArticle(site.url(u"/en/news/702.md"_qs))).ok);
        site.server().clearLog();
        QCOMPARE(image(service, source, true)->data, png);
        service.setOffline(true);
        QCOMPARE(image(service, source, true)->data, png);
        QCOMPARE(image(service, source, false)->data, png);
        QCOMPARE(site.server().requests().size(), 1);

        // What is not an image is not kept.
        service.setOffline(false);
        site.server().setRoute(u"/img/page.png"_qs, Route::html());
        QVERIFY(!image(service, site.url(u"/img/page.png"_qs), true).has_value());
        Storage::ImageStore &images = library.library().images();
        QCOMPARE(images.count(), 1);
    }

    void evictionNeverTouchesBookmarkedImages()
    {
        TestSite site;
        TestLibrary library;
        QList<QByteArray> pngs;
        for (int i = 0; i < 6; ++i) {
            pngs.append(pngImage(64, 64, 0x010101u * quint32(i + 1)));
            QVERIFY(site.put(u"/img/%1.png"_qs.arg(i), pngs.last()));
        }
        ArticleSpec article = spec(u"702"_qs, 0, {u"en"_qs});
        article.images = {u"/img/0.png"_qs, u"/img/1.png"_qs};
        QVERIFY(site.publish(article));

        FetchSettings settings = testSettings();
        settings.allowRemoteImages = true;
        settings.imageCacheBytes = 2 * pngs.first().size() + 10; // room for two cached images
        FetchService service(library.path(), settings);
        QVERIFY(service.waitFor(service.fetchArticle(site.url(u"/en/news/702.md"_qs))).ok);
        const auto doc = library->findDocument(u"702"_qs);
        QVERIFY(library->setBookmarked(*doc, true).ok());
        QVERIFY(service.waitFor(service.makeOfflineCopy(*doc)).ok);

        Storage::ImageStore &images = library.library().images();
        for (int i = 2; i < 6; ++i) {
            QVERIFY(service.waitFor(service.fetchImage(site.url(u"/img/%1.png"_qs.arg(i)))).ok);
            QTest::qWait(5); // distinct "last used" times
        }
        // The two bookmarked images stay; of the four cached, the two least recently used went.
        QVERIFY(images.contains(site.url(u"/img/0.png"_qs)));
        QVERIFY(images.contains(site.url(u"/img/1.png"_qs)));
        QVERIFY(!images.contains(site.url(u"/img/2.png"_qs)));
        QVERIFY(!images.contains(site.url(u"/img/3.png"_qs)));
        QVERIFY(images.contains(site.url(u"/img/4.png"_qs)));
        QVERIFY(images.contains(site.url(u"/img/5.png"_qs)));
        QVERIFY(images.cacheBytes() <= settings.imageCacheBytes);

        // Unbookmarked, its images become ordinary cache entries and are evicted first (oldest).
        QVERIFY(library->setBookmarked(*doc, false).ok());
        QVERIFY(service.waitFor(service.releaseOfflineCopy(*doc)).ok);
        QVERIFY(!images.contains(site.url(u"/img/0.png"_qs)));
        QVERIFY(!images.contains(site.url(u"/img/1.png"_qs)));
        QCOMPARE(images.count(), 2);
    }

    void releaseDropsImagesWhenTheCacheIsOff()
    {
        TestSite site;
        TestLibrary library;
        ArticleSpec article = spec(u"703"_qs, 0, {u"en"_qs});
        article.images = {u"/img/x.png"_qs};
        QVERIFY(site.publish(article));
        QVERIFY(site.put(u"/img/x.png"_qs, pngImage(4, 4, 0xffffff)));
        FetchService service(library.path(), testSettings()); // remote images off
        QVERIFY(service.waitFor(service.fetchArticle(site.url(u"/en/news/703.md"_qs))).ok);
        const auto doc = library->findDocument(u"703"_qs);
        QVERIFY(library->setBookmarked(*doc, true).ok());
        QVERIFY(service.waitFor(service.makeOfflineCopy(*doc)).ok);
        Storage::ImageStore &images = library.library().images();
        QCOMPARE(images.count(), 1);
        QVERIFY(library->setBookmarked(*doc, false).ok());
        QVERIFY(service.waitFor(service.releaseOfflineCopy(*doc)).ok);
        QCOMPARE(images.count(), 0);
        QCOMPARE(library->storedLocales(*doc), QStringList{u"en"_qs}); // the text stays
    }

    // A language version on the article's own host that answers as another article of that host
    // is refused: it never becomes that article's version.
    void aVersionThatIsAnotherArticleIsNotStored()
    {
        TestSite site;
        TestLibrary library;
        QVERIFY(site.publish(spec(u"277209673"_qs, 0, {u"zh-CN"_qs})));
        QVERIFY(site.publish(spec(u"290000779"_qs, 10, {u"en"_qs, u"zh-CN"_qs})));
        QVERIFY(site.put(u"/zh-CN/news/290000779.md"_qs,
            "---\ntitle: \"SPOOFED by variant\"\nlocale: \"zh-CN\"\nurl: \""
                + site.url(u"/zh-CN/news/277209673.md"_qs).toEncoded() + "\"\n---\n\nSpoofed.\n"));
        FetchSettings settings = testSettings();
        settings.fetchVariants = false;
        FetchService service(library.path(), settings);
        QVERIFY(service.waitFor(service.fetchArticle(site.url(u"/zh-CN/news/277209673.md"_qs))).ok);
        QVERIFY(service.waitFor(service.fetchArticle(site.url(u"/en/news/290000779.md"_qs))).ok);
        const auto legit = library->findDocument(u"277209673"_qs);
        const auto hostile = library->findDocument(u"290000779"_qs);
        QVERIFY(legit && hostile);

        QVERIFY(library->setBookmarked(*hostile, true).ok());
        const RequestOutcome copy = service.waitFor(service.makeOfflineCopy(*hostile));
        QVERIFY(!copy.ok);
        QVERIFY2(copy.error.message.contains(u"is a different article"), qPrintable(copy.error.message));
        QCOMPARE(library->article(*legit, u"zh-CN"_qs)->title, u"Article 277209673 [zh-CN]"_qs);
        QCOMPARE(library->storedLocales(*hostile), QStringList{u"en"_qs});
        QCOMPARE(library->offlineCopy(*hostile), Storage::OfflineCopy::Incomplete);
    }

    // A small file of huge dimensions (a decompression bomb for the page's renderer) is neither
    // stored nor shown; the placeholder says why.
    void hugeImageIsNeitherStoredNorShown()
    {
        TestSite site;
        TestLibrary library;
        ArticleSpec article = spec(u"701"_qs, 0, {u"en"_qs});
        article.images = {u"/img/huge.png"_qs, u"/img/small.png"_qs};
        QVERIFY(site.publish(article));
        const QByteArray huge = bilevelPng(20000, 20000);
        QVERIFY(huge.size() < 2 * 1024 * 1024);
        QVERIFY(site.put(u"/img/huge.png"_qs, huge));
        QVERIFY(site.put(u"/img/small.png"_qs, pngImage(10, 10, 0x224466)));

        FetchService service(library.path(), testSettings());
        QVERIFY(service.waitFor(service.fetchArticle(site.url(u"/en/news/701.md"_qs))).ok);
        const auto doc = library->findDocument(u"701"_qs);
        QVERIFY(doc);
        QVERIFY(library->setBookmarked(*doc, true).ok());
        const RequestOutcome copy = service.waitFor(service.makeOfflineCopy(*doc));
        QVERIFY2(copy.ok, qPrintable(copy.error.message)); // refused for good: not a missing part
        QCOMPARE(copy.imagesStored, 1);
        QVERIFY2(copy.warnings.join(u'\n').contains(u"20000 × 20000 pixels, over the limit of 40 million pixels"),
            qPrintable(copy.warnings.join(u'\n')));
        Storage::ImageStore &images = library.library().images();
        QVERIFY(!images.contains(site.url(u"/img/huge.png"_qs)));
        QVERIFY(images.contains(site.url(u"/img/small.png"_qs)));
        QCOMPARE(library->offlineCopy(*doc), Storage::OfflineCopy::Complete);

        const std::optional<ImageBytes> shown = image(service, site.url(u"/img/huge.png"_qs), true);
        QVERIFY(shown);
        QCOMPARE(shown->mimeType, QByteArray("image/svg+xml"));
        QVERIFY2(QString::fromUtf8(shown->data).contains(u"20000 × 20000 pixels"), shown->data.constData());
    }
};

QTEST_GUILESS_MAIN(TestOfflineCopy)
#include "tst_offlinecopy.moc"
