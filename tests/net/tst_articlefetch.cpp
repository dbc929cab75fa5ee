// Fetching articles through FetchService against a real server: stored with their locale
// variants, and never damaged by a failing re-fetch.
#include "netfixture.h"

using namespace Newsdesk;
using namespace Newsdesk::Net;
using namespace Newsdesk::Test;

Q_DECLARE_METATYPE(Newsdesk::Error::Kind)

class TestArticleFetch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RequestOutcome>(); }

    void storesArticleAndItsVariants()
    {
        TestSite site;
        TestLibrary library;
        QVERIFY(site.publish(spec(u"281000001"_qs, 0)));
        FetchService service(library.path(), testSettings());
        QSignalSpy stored(&service, &FetchService::articleStored);

        const RequestId id = service.fetchArticle(site.url(u"/en/news/281000001.md"_qs));
        const RequestOutcome outcome = service.waitFor(id);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        QCOMPARE(outcome.stored.size(), 3);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.first().at(0).value<RequestId>(), id);

        const auto doc = library->findDocument(u"281000001"_qs);
        QVERIFY(doc);
        QStringList locales = library->storedLocales(*doc);
        locales.sort();
        QCOMPARE(locales, (QStringList{u"en"_qs, u"zh-CN"_qs, u"zh-HK"_qs}));
        const auto zh = library->article(*doc, u"zh-CN"_qs);
        QVERIFY(zh.ok());
        QCOMPARE(zh->title, u"Article 281000001 [zh-CN]"_qs);
        QStringList paths = site.server().requestedPaths();
        paths.sort();
        QCOMPARE(paths,
            (QStringList{u"/en/news/281000001.md"_qs, u"/zh-CN/news/281000001.md"_qs, u"/zh-HK/news/281000001.md"_qs}));

        // Fetching again fetches no variant that is stored already.
        site.server().clearLog();
        QVERIFY(service.waitFor(service.fetchArticle(site.url(u"/en/news/281000001.md"_qs))).ok);
        QCOMPARE(site.server().requestedPaths(), QStringList{u"/en/news/281000001.md"_qs});
    }

    void variantsSettingOff()
    {
        TestSite site;
        TestLibrary library;
        QVERIFY(site.publish(spec(u"281000002"_qs, 0)));
        FetchSettings settings = testSettings();
        settings.fetchVariants = false;
        FetchService service(library.path(), settings);
        const RequestOutcome outcome = service.waitFor(service.fetchArticle(site.url(u"/zh-HK/news/281000002.md"_qs)));
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.stored.size(), 1);
        QCOMPARE(outcome.stored.first().locale, u"zh-HK"_qs);
        QCOMPARE(site.server().requests().size(), 1);
    }

    void missingVariantIsAWarningNotAFailure()
    {
        TestSite site;
        TestLibrary library;
        ArticleSpec article = spec(u"281000003"_qs, 0);
        QVERIFY(site.publish(article));
        QVERIFY(QFile::remove(site.root() + u"/zh-HK/news/281000003.md"));
        FetchService service(library.path(), testSettings());
        const RequestOutcome outcome = service.waitFor(service.fetchArticle(site.url(u"/en/news/281000003.md"_qs)));
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.stored.size(), 2);
        QCOMPARE(outcome.warnings.size(), 1);
        QVERIFY2(outcome.warnings.first().contains(u"HTTP 404"), qPrintable(outcome.warnings.first()));
    }

    void pageUrlRetriedWithMd()
    {
        TestSite site;
        TestLibrary library;
        QVERIFY(site.publish(spec(u"281000004"_qs, 0, {u"en"_qs})));
        FetchService service(library.path(), testSettings());
        const RequestOutcome outcome = service.waitFor(service.fetchArticle(site.url(u"/en/news/281000004"_qs)));
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        QCOMPARE(site.server().requestedPaths(), (QStringList{u"/en/news/281000004"_qs, u"/en/news/281000004.md"_qs}));
        QVERIFY(library->findDocument(u"281000004"_qs));
    }

    void fetchVariantAndNews()
    {
        TestSite site;
        TestLibrary library;
        QVERIFY(site.publish(spec(u"281000005"_qs, 0)));
        FetchSettings settings = testSettings();
        settings.fetchVariants = false;
        settings.newsSite = site.server().baseUrl();
        FetchService service(library.path(), settings);

        // A bare news id is fetched from the news site, in the asked locale.
        QVERIFY(service.waitFor(service.fetchNews(u"281000005"_qs, u"zh_cn"_qs)).ok);
        QCOMPARE(site.server().requestedPaths(), QStringList{u"/zh-CN/news/281000005.md"_qs});
        const auto doc = library->findDocument(u"281000005"_qs);
        QVERIFY(doc);

        // The language switcher asks for one more variant.
        const RequestOutcome variant = service.waitFor(service.fetchVariant(*doc, u"zh-HK"_qs));
        QVERIFY2(variant.ok, qPrintable(variant.error.message));
        QCOMPARE(variant.stored.size(), 1);
        QVERIFY(library->storedLocales(*doc).contains(u"zh-HK"_qs));

        QCOMPARE(service.waitFor(service.fetchVariant(*doc, u"fr"_qs)).error.kind, Error::Kind::NotFound);
        QCOMPARE(service.waitFor(service.fetchNews(u"../etc"_qs)).error.kind, Error::Kind::InvalidInput);
    }

    void failingRefetchLosesNothing_data()
    {
        QTest::addColumn<Route>("route");
        QTest::addColumn<Error::Kind>("kind");

        QTest::newRow("robustness: 404") << Route::error(404) << Error::Kind::HttpStatus;
        QTest::newRow("robustness: 500") << Route::error(500) << Error::Kind::HttpStatus;
        QTest::newRow("robustness: redirect loop") << Route::redirect("/en/news/281000010.md") << Error::Kind::Network;
        QTest::newRow("robustness: HTML answer") << Route::html() << Error::Kind::NotMarkdown;

        const QByteArray changed = "---\ntitle: \"Changed title\"\nlocale: \"en\"\nurl: \"/en/news/281000010.md\"\n"
                                   "datetime: \"2026-03-13T00:00:00Z\"\n---\n\n# Changed title\n\n"
            + QByteArray(3000, 'x') + "\n";
        Route slow = Route::markdown(changed);
        slow.behaviour = Route::Behaviour::Trickle;
        slow.trickleIntervalMs = 20;
        QTest::newRow("robustness: slow body past the deadline") << slow << Error::Kind::Timeout;
        Route cut = Route::markdown(changed);
        cut.behaviour = Route::Behaviour::CutShort;
        QTest::newRow("robustness: body cut short") << cut << Error::Kind::Network;
        Route huge = Route::markdown(changed);
        huge.behaviour = Route::Behaviour::Stream;
        huge.streamBytes = 3 * 1024 * 1024;
        QTest::newRow("robustness: body over the size cap") << huge << Error::Kind::TooLarge;
        Route charset = Route::markdown(changed);
        charset.contentType = "text/markdown; charset=x-unknown";
        QTest::newRow("robustness: unreadable charset") << charset << Error::Kind::InvalidInput;
        QTest::newRow("robustness: empty document") << Route::markdown("\n\n") << Error::Kind::InvalidInput;
    }

    void failingRefetchLosesNothing()
    {
        QFETCH(Route, route);
        QFETCH(Error::Kind, kind);
        TestSite site;
        TestLibrary library;
        QVERIFY(site.publish(spec(u"281000010"_qs, 0, {u"en"_qs})));
        FetchSettings settings = testSettings();
        settings.deadlineMs = 1000;
        settings.maxDocumentBytes = 1024 * 1024;
        FetchService service(library.path(), settings);
        const QUrl url = site.url(u"/en/news/281000010.md"_qs);
        QVERIFY(service.waitFor(service.fetchArticle(url)).ok);
        const auto doc = library->findDocument(u"281000010"_qs);
        QVERIFY(doc);
        const Core::Article before = library->article(*doc, u"en"_qs).value();

        site.server().setRoute(url.path(), route);
        QSignalSpy failed(&service, &FetchService::requestFailed);
        const RequestOutcome outcome = service.waitFor(service.fetchArticle(url));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, kind);
        QVERIFY(!outcome.error.message.isEmpty());
        QVERIFY(outcome.stored.isEmpty());
        QCOMPARE(failed.size(), 1);

        const Core::Article after = library->article(*doc, u"en"_qs).value();
        QCOMPARE(after.title, before.title);
        QCOMPARE(after.source, before.source);
        QCOMPARE(after.published, before.published);
        QCOMPARE(library->documentCount(), 1);
    }

    void offlineSendsNothing()
    {
        TestSite site;
        TestLibrary library;
        QVERIFY(site.publish(spec(u"281000020"_qs, 0)));
        FetchService service(library.path(), testSettings());
        QSignalSpy offline(&service, &FetchService::offlineChanged);
        service.setOffline(true);
        QCOMPARE(offline.size(), 1);
        QVERIFY(service.isOffline());
        const RequestOutcome outcome = service.waitFor(service.fetchArticle(site.url(u"/en/news/281000020.md"_qs)));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, Error::Kind::Offline);
        QVERIFY(outcome.error.message.contains(u"offline"));
        QVERIFY(site.server().requests().isEmpty());
        QCOMPARE(library->documentCount(), 0);

        service.setOffline(false);
        QVERIFY(service.waitFor(service.fetchArticle(site.url(u"/en/news/281000020.md"_qs))).ok);
    }

    void parseWarningsAreReported()
    {
        TestSite site;
        TestLibrary library;
        site.server().setRoute(u"/en/news/281000030.md"_qs,
            Route::markdown("---\ntitle: \"Caf\xff\"\nlocale: \"en\"\n---\n\n# Caf\xff\n\nText.\n"));
        FetchService service(library.path(), testSettings());
        const RequestOutcome outcome = service.waitFor(service.fetchArticle(site.url(u"/en/news/281000030.md"_qs)));
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        QVERIFY(!outcome.warnings.isEmpty());
        QVERIFY2(outcome.warnings.first().startsWith(site.url(u"/en/news/281000030.md"_qs).toDisplayString() + u": "),
            qPrintable(outcome.warnings.first()));
    }

    void cancelStopsARequest()
    {
        TestSite site;
        TestLibrary library;
        Route hang = Route::markdown("# never\n");
        hang.behaviour = Route::Behaviour::Hang;
        site.server().setRoute(u"/en/news/281000031.md"_qs, hang);
        FetchService service(library.path(), testSettings());
        const RequestId id = service.fetchArticle(site.url(u"/en/news/281000031.md"_qs));
        QTRY_COMPARE(site.server().requests().size(), 1);
        service.cancel(id);
        const RequestOutcome outcome = service.waitFor(id);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, Error::Kind::Cancelled);
        QCOMPARE(library->documentCount(), 0);
    }

    void libraryThatCannotOpen()
    {
        QTemporaryDir dir;
        FetchService service(dir.path(), testSettings()); // a directory is no SQLite file
        const RequestOutcome outcome = service.waitFor(service.fetchArticle(QUrl(u"http://127.0.0.1:9/x.md"_qs)));
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.error.kind != Error::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestArticleFetch)
#include "tst_articlefetch.moc"
