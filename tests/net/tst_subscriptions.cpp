// Subscriptions against a real server: refresh stores what is new and only that, conditional
// requests, feeds, back-off, per-host politeness, offline.
#include "net/schedule.h"
#include "netfixture.h"
#include "storage/rules.h"
#include "storage/subscriptionstore.h"

using namespace Newsdesk;
using namespace Newsdesk::Net;
using namespace Newsdesk::Test;
using Storage::Subscription;
using Storage::SubscriptionStore;

class TestSubscriptions final : public QObject
{
    Q_OBJECT

private:
    static FetchSettings settings()
    {
        FetchSettings s = testSettings();
        s.fetchVariants = false; // keeps the request logs to what the list names
        return s;
    }

    static int articleRequests(const TestHttpServer &server)
    {
        int n = 0;
        for (const QString &path : server.requestedPaths())
            n += path.contains(u"/news/") ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void backoffDoubles()
    {
        const QDateTime now = at(0);
        QCOMPARE(now.secsTo(nextAttemptAfter(now, 900, 0)), 900);
        QCOMPARE(now.secsTo(nextAttemptAfter(now, 900, 1)), 1800);
        QCOMPARE(now.secsTo(nextAttemptAfter(now, 900, 3)), 7200);
        QCOMPARE(now.secsTo(nextAttemptAfter(now, 900, 30)), 86400); // capped at a day
        QCOMPARE(now.secsTo(nextAttemptAfter(now, 172800, 2)), 172800); // or the interval if longer
    }

    void indexRefreshFetchesOnlyWhatIsNew()
    {
        TestSite site;
        TestLibrary library;
        QList<ArticleSpec> articles{
            spec(u"100"_qs, 30, {u"en"_qs}), spec(u"101"_qs, 20, {u"en"_qs}), spec(u"102"_qs, 10, {u"en"_qs})};
        for (const ArticleSpec &a : articles)
            QVERIFY(site.publish(a));
        QVERIFY(site.put(u"/en/news.md"_qs, newsIndexDocument(site.server().baseUrl(), u"en"_qs, articles)));
        const QUrl index = site.url(u"/en/news.md"_qs);

        FetchService service(library.path(), settings());
        QVERIFY(service.waitFor(service.subscribe(index)).ok); // subscribing refreshes at once
        QCOMPARE(library->documentCount(), 3);
        QCOMPARE(articleRequests(site.server()), 3);
        SubscriptionStore &store = library.library().subscriptions();
        const auto stored = store.find(index);
        QVERIFY(stored);
        QCOMPARE(stored->kind, Subscription::Kind::NewsIndex);
        QVERIFY(stored->lastSuccess.isValid());
        QVERIFY(!stored->etag.isEmpty());

        // One new entry: only it is fetched.
        site.server().clearLog();
        articles.prepend(spec(u"103"_qs, 40, {u"en"_qs}));
        QVERIFY(site.publish(articles.first()));
        QVERIFY(site.put(u"/en/news.md"_qs, newsIndexDocument(site.server().baseUrl(), u"en"_qs, articles)));
        QSignalSpy news(&service, &FetchService::newArticles);
        QSignalSpy progress(&service, &FetchService::refreshProgress);
        const RequestOutcome second = service.waitFor(service.refresh({index}));
        QVERIFY2(second.ok, qPrintable(second.error.message));
        QCOMPARE(site.server().requestedPaths(), (QStringList{u"/en/news.md"_qs, u"/en/news/103.md"_qs}));
        QCOMPARE(site.server().requests().first().header("If-None-Match"), stored->etag); // conditional
        QCOMPARE(second.newArticles.size(), 1);
        QVERIFY(second.newArticles.first().key.endsWith(u"/news/103"));
        QCOMPARE(second.subscriptions.size(), 1);
        QCOMPARE(second.subscriptions.first().listed, 4);
        QCOMPARE(second.subscriptions.first().newCount, 1);
        QCOMPARE(news.size(), 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toInt(), progress.last().at(2).toInt()); // done == total at the end
        QCOMPARE(library->documentCount(), 4);

        // Nothing changed: the server answers 304 and no article is requested.
        site.server().clearLog();
        const RequestOutcome third = service.waitFor(service.refresh());
        QVERIFY(third.ok);
        QVERIFY(third.subscriptions.first().notModified);
        QCOMPARE(site.server().requests().size(), 1);
        QCOMPARE(site.server().requests().first().status, 304);
        QVERIFY(third.newArticles.isEmpty());
    }

    // Rules run as a refresh stores each new article; those with Notify are named on it, for the
    // reader to raise their notifications.
    void newArticlesNameTheirNotifyingRules_data()
    {
        QTest::addColumn<bool>("notify");
        QTest::addColumn<bool>("stopFirst");
        QTest::addColumn<QStringList>("named");
        QTest::newRow("nominal: a rule with Notify") << true << false << QStringList{u"Curbs"_qs};
        QTest::newRow("nominal: a rule without Notify") << false << false << QStringList{};
        QTest::newRow("nominal: an earlier rule stops processing") << true << true << QStringList{};
    }

    void newArticlesNameTheirNotifyingRules()
    {
        QFETCH(bool, notify);
        QFETCH(bool, stopFirst);
        QFETCH(QStringList, named);
        TestSite site;
        TestLibrary library;
        if (stopFirst) {
            Storage::Rule stop;
            stop.name = u"Quiet"_qs;
            stop.query = u"curbs"_qs;
            stop.stop = true;
            QVERIFY(library->rules().add(stop).ok());
        }
        Storage::Rule rule;
        rule.name = u"Curbs"_qs;
        rule.query = u"curbs"_qs;
        rule.notify = notify;
        rule.labels = {u"trade"_qs};
        QVERIFY(library->rules().add(rule).ok());
        QList<ArticleSpec> articles{spec(u"300"_qs, 20, {u"en"_qs}), spec(u"301"_qs, 10, {u"en"_qs})};
        articles[0].title = u"Chip export curbs widen"_qs;
        for (const ArticleSpec &a : articles)
            QVERIFY(site.publish(a));
        QVERIFY(site.put(u"/en/news.md"_qs, newsIndexDocument(site.server().baseUrl(), u"en"_qs, articles)));
        FetchService service(library.path(), settings());
        QSignalSpy news(&service, &FetchService::newArticles);
        const RequestOutcome outcome = service.waitFor(service.subscribe(site.url(u"/en/news.md"_qs)));
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        QCOMPARE(outcome.newArticles.size(), 2);
        QCOMPARE(news.size(), 1);
        const QList<NewArticle> signalled = news.first().first().value<QList<NewArticle>>();
        QCOMPARE(signalled.size(), 2);
        for (const NewArticle &a : signalled) {
            const bool curbs = a.key.endsWith(u"/news/300");
            QCOMPARE(a.notifyRules, curbs ? named : QStringList());
        }
    }

    void changedDatetimeIsFetchedAgain()
    {
        TestSite site;
        TestLibrary library;
        QList<ArticleSpec> articles{spec(u"200"_qs, 10, {u"en"_qs}), spec(u"201"_qs, 5, {u"en"_qs})};
        for (const ArticleSpec &a : articles)
            QVERIFY(site.publish(a));
        QVERIFY(site.put(u"/en/news.md"_qs, newsIndexDocument(site.server().baseUrl(), u"en"_qs, articles)));
        FetchService service(library.path(), settings());
        QVERIFY(service.waitFor(service.subscribe(site.url(u"/en/news.md"_qs))).ok);

        site.server().clearLog();
        articles[1].published = at(50);
        articles[1].title = u"Article 201, corrected"_qs;
        QVERIFY(site.publish(articles[1]));
        QVERIFY(site.put(u"/en/news.md"_qs, newsIndexDocument(site.server().baseUrl(), u"en"_qs, articles)));
        const RequestOutcome outcome = service.waitFor(service.refresh());
        QVERIFY(outcome.ok);
        QCOMPARE(site.server().requestedPaths(), (QStringList{u"/en/news.md"_qs, u"/en/news/201.md"_qs}));
        QCOMPARE(outcome.subscriptions.first().updatedCount, 1);
        QVERIFY(outcome.newArticles.first().updated);
        const auto doc = library->findDocument(u"201"_qs);
        QCOMPARE(library->article(*doc, u"en"_qs)->title, u"Article 201, corrected"_qs);
    }

    void feedsAndTickerPages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("nominal: RSS 2.0") << u"/zh-CN/news/feed.xml"_qs << 0;
        QTest::newRow("nominal: Atom") << u"/en/news/feed.atom"_qs << 1;
        QTest::newRow("nominal: ticker news page") << u"/en/quote/HBLN.US/news.md"_qs << 2;
    }

    void feedsAndTickerPages()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        TestSite site;
        TestLibrary library;
        const QList<ArticleSpec> articles{spec(u"300"_qs, 30, {u"en"_qs}), spec(u"301"_qs, 20, {u"en"_qs})};
        for (const ArticleSpec &a : articles)
            QVERIFY(site.publish(a));
        const QUrl base = site.server().baseUrl();
        const QByteArray list = format == 0 ? rssFeed(base, u"en"_qs, articles)
            : format == 1                   ? atomFeed(base, u"en"_qs, articles)
                                            : tickerNewsDocument(base, u"en"_qs, u"HBLN.US"_qs, articles);
        QVERIFY(site.put(path, list));
        FetchService service(library.path(), settings());
        const RequestOutcome outcome = service.waitFor(service.subscribe(site.url(path)));
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        QCOMPARE(outcome.newArticles.size(), 2);
        QCOMPARE(library->documentCount(), 2);
    }

    void failingListIsRecordedAndBacksOff()
    {
        TestSite site;
        TestLibrary library;
        site.server().setRoute(u"/en/news.md"_qs, Route::error(500));
        FetchService service(library.path(), settings());
        const QUrl index = site.url(u"/en/news.md"_qs);
        const RequestOutcome outcome = service.waitFor(service.subscribe(index));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, Error::Kind::HttpStatus);
        SubscriptionStore &store = library.library().subscriptions();
        auto stored = store.find(index);
        QVERIFY(stored->lastError.contains(u"HTTP 500"));
        QCOMPARE(stored->consecutiveFailures, 1);
        QVERIFY(!stored->lastSuccess.isValid());
        QCOMPARE(stored->lastAttempt.secsTo(stored->nextAttempt), 2 * stored->intervalSeconds);

        QVERIFY(!service.waitFor(service.refresh()).ok);
        stored = store.find(index);
        QCOMPARE(stored->consecutiveFailures, 2);
        QCOMPARE(stored->lastAttempt.secsTo(stored->nextAttempt), 4 * stored->intervalSeconds);

        // Recovery clears the error.
        site.server().removeRoute(u"/en/news.md"_qs);
        QVERIFY(site.put(u"/en/news.md"_qs, newsIndexDocument(site.server().baseUrl(), u"en"_qs, {})));
        QVERIFY(service.waitFor(service.refresh()).ok);
        stored = store.find(index);
        QCOMPARE(stored->consecutiveFailures, 0);
        QVERIFY(stored->lastError.isEmpty());
        QVERIFY(stored->lastSuccess.isValid());
    }

    void schedulerHonoursBackoff()
    {
        TestSite site;
        TestLibrary library;
        site.server().setRoute(u"/en/news.md"_qs, Route::error(503));
        const QUrl index = site.url(u"/en/news.md"_qs);
        SubscriptionStore &store = library.library().subscriptions();
        const auto added = store.add(index, 1); // every second, so the test is short
        QVERIFY(added.ok());

        FetchService service(library.path(), settings());
        service.setSchedulerEnabled(true);
        QTRY_COMPARE_WITH_TIMEOUT(site.server().requests().size(), 1, 3000); // due at once
        QTRY_COMPARE(store.find(index)->consecutiveFailures, 1);
        // Back-off: the next attempt is scheduled 2 s after the failed one, not 1 s (read from the
        // schedule, not from the wall clock).
        const Subscription failed = *store.find(index);
        QCOMPARE(failed.lastAttempt.msecsTo(failed.nextAttempt), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(site.server().requests().size(), 2, 3000);
        QTRY_COMPARE(store.find(index)->consecutiveFailures, 2);
        service.setSchedulerEnabled(false);
    }

    void failedArticleIsRetriedNextTime()
    {
        TestSite site;
        TestLibrary library;
        const QList<ArticleSpec> articles{spec(u"400"_qs, 20, {u"en"_qs}), spec(u"401"_qs, 10, {u"en"_qs})};
        QVERIFY(site.publish(articles[0])); // 401 is missing: 404
        QVERIFY(site.put(u"/en/news.md"_qs, newsIndexDocument(site.server().baseUrl(), u"en"_qs, articles)));
        FetchService service(library.path(), settings());
        const QUrl index = site.url(u"/en/news.md"_qs);
        const RequestOutcome first = service.waitFor(service.subscribe(index));
        QVERIFY(!first.ok);
        QCOMPARE(first.subscriptions.first().failures.size(), 1);
        QVERIFY(first.subscriptions.first().failures.first().contains(u"401"));
        QCOMPARE(library->documentCount(), 1);
        SubscriptionStore &store = library.library().subscriptions();
        QVERIFY(store.find(index)->etag.isEmpty()); // so the next refresh is not answered 304

        site.server().clearLog();
        QVERIFY(site.publish(articles[1]));
        QVERIFY(service.waitFor(service.refresh()).ok);
        QCOMPARE(site.server().requestedPaths(), (QStringList{u"/en/news.md"_qs, u"/en/news/401.md"_qs}));
        QCOMPARE(site.server().requests().first().status, 200);
        QCOMPARE(library->documentCount(), 2);
    }

    void atMostTwoRequestsPerHost()
    {
        TestSite site;
        TestLibrary library;
        QList<ArticleSpec> articles;
        for (int i = 0; i < 12; ++i) {
            articles.append(spec(QString::number(500 + i), i, {u"en"_qs}));
            QVERIFY(site.publish(articles.last()));
        }
        QVERIFY(site.put(u"/en/news.md"_qs, newsIndexDocument(site.server().baseUrl(), u"en"_qs, articles)));
        FetchService service(library.path(), settings());
        // Slow answers make overlapping requests visible to the server.
        for (const ArticleSpec &a : std::as_const(articles)) {
            QFile file(site.root() + articlePath(a, u"en"_qs));
            QVERIFY(file.open(QIODevice::ReadOnly));
            Route slow = Route::markdown(file.readAll());
            slow.delayMs = 40;
            site.server().setRoute(articlePath(a, u"en"_qs), slow);
        }
        QVERIFY(service.waitFor(service.subscribe(site.url(u"/en/news.md"_qs))).ok);
        QCOMPARE(library->documentCount(), 12);
        QCOMPARE(site.server().maxConcurrent(), 2);
    }

    void offlineRefreshSendsNothingAndIsNoFailure()
    {
        TestSite site;
        TestLibrary library;
        QVERIFY(site.put(u"/en/news.md"_qs, newsIndexDocument(site.server().baseUrl(), u"en"_qs, {})));
        const QUrl index = site.url(u"/en/news.md"_qs);
        SubscriptionStore &store = library.library().subscriptions();
        QVERIFY(store.add(index).ok());
        FetchService service(library.path(), settings());
        service.setOffline(true);
        const RequestOutcome outcome = service.waitFor(service.refresh());
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, Error::Kind::Offline);
        QVERIFY(site.server().requests().isEmpty());
        QCOMPARE(store.find(index)->consecutiveFailures, 0); // offline is not the server's fault
    }

    void watchlistedArticlesAreFlagged()
    {
        TestSite site;
        TestLibrary library;
        ArticleSpec watched = spec(u"600"_qs, 20, {u"en"_qs});
        watched.relatedStocks = {u"0700.HK"_qs};
        const ArticleSpec other = spec(u"601"_qs, 10, {u"en"_qs});
        QVERIFY(site.publish(watched));
        QVERIFY(site.publish(other));
        QVERIFY(site.put(u"/en/news.md"_qs, newsIndexDocument(site.server().baseUrl(), u"en"_qs, {watched, other})));
        QVERIFY(library->addToWatchlist(u"700.HK"_qs).ok());
        FetchService service(library.path(), settings());
        const RequestOutcome outcome = service.waitFor(service.subscribe(site.url(u"/en/news.md"_qs)));
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.newArticles.size(), 2);
        for (const NewArticle &article : outcome.newArticles)
            QCOMPARE(article.watchlisted, article.key.endsWith(u"/news/600"));
    }

    void unsubscribe()
    {
        TestLibrary library;
        FetchService service(library.path(), settings());
        service.setOffline(true); // subscribing offline stores it without refreshing
        const QUrl url(u"https://longbridge.com/en/quote/AMZN.US/news.md"_qs);
        QVERIFY(service.waitFor(service.subscribe(url)).ok);
        SubscriptionStore &store = library.library().subscriptions();
        QCOMPARE(store.all().size(), 1);
        QCOMPARE(store.all().first().ticker, u"AMZN.US"_qs);
        QVERIFY(service.waitFor(service.unsubscribe(url)).ok);
        QVERIFY(store.all().isEmpty());
        QCOMPARE(service.waitFor(service.unsubscribe(url)).error.kind, Error::Kind::NotFound);
        QCOMPARE(
            service.waitFor(service.subscribe(QUrl(u"file:///etc/passwd"_qs))).error.kind, Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestSubscriptions)
#include "tst_subscriptions.moc"
