// The reader's reports without a widget (links newsdesk_reader only): the Sources section built
// from a real library's subscriptions, a ticker's news page on its articles' site, what an import
// says, and which fetched articles are worth a notification.
#include "controller/importreport.h"
#include "controller/sourcelist.h"
#include "controller/watchlistalerts.h"
#include "core/ticker.h"
#include "storage/subscriptionstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Newsdesk;

class TestReaderReports final : public QObject
{
    Q_OBJECT

    QTranslator m_english;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_english.load(QStringLiteral(NEWSDESK_EN_QM)));
        QCoreApplication::installTranslator(&m_english);
    }

    void sourcesShowTitleStateAndTickerSubscription()
    {
        QTemporaryDir dir;
        Storage::Library library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))).ok());
        Storage::SubscriptionStore &store = library.subscriptions();
        const QUrl feed(QStringLiteral("https://wire.example.org/feed.xml"));
        const QUrl tickerPage(QStringLiteral("https://news.example.com/en/quote/NVDA.US/news.md"));
        const auto added = store.add(feed);
        QVERIFY(added.ok());
        QVERIFY(store.add(tickerPage).ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(
            store.recordFailure(added->id, now, now.addSecs(60), QStringLiteral("the server answered HTTP 503")).ok());

        const Ui::SourceList sources(library);
        const QList<Ui::SourceItem> items = sources.items();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).title, QStringLiteral("wire.example.org/feed.xml")); // no title until refreshed
        QVERIFY(items.at(0).failing);
        const QStringList tip = items.at(0).toolTip.split(u'\n');
        QCOMPARE(tip.mid(0, 3),
            (QStringList{QStringLiteral("Not updated yet"), QStringLiteral("Last error: the server answered HTTP 503"),
                QStringLiteral("Failed 1 time in a row")}));
        QVERIFY2(tip.value(3).startsWith(QStringLiteral("Next attempt: ")), qPrintable(tip.value(3)));
        QCOMPARE(items.at(0).consecutiveFailures, 1);
        QCOMPARE(items.at(1).title, QStringLiteral("NVDA.US"));
        QVERIFY(!items.at(1).failing);
        QVERIFY(sources.isSubscribed(feed));
        QVERIFY(!sources.isSubscribed(QUrl(QStringLiteral("https://wire.example.org/other.xml"))));
        QVERIFY(sources.isTickerSubscribed(QStringLiteral("NVDA.US")));
        QVERIFY(!sources.isTickerSubscribed(QStringLiteral("700.HK")));
    }

    void tickerNewsPageIsOnTheSiteItsArticlesCameFrom()
    {
        QTemporaryDir dir;
        Storage::Library library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))).ok());
        Core::Article a;
        a.key = QStringLiteral("other.example.net/news/5001");
        a.locale = QStringLiteral("en");
        a.title = QStringLiteral("Chips");
        a.type = QStringLiteral("News");
        a.url = QUrl(QStringLiteral("http://other.example.net:8080/en/news/5001.md"));
        a.published = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        a.body = QStringLiteral("Body");
        a.source = a.body;
        a.relatedStocks.append({QStringLiteral("NVDA.US"), Core::Ticker::keyFor(QStringLiteral("NVDA.US")),
            QStringLiteral("NVIDIA"), QUrl()});
        QVERIFY(library.store(a).ok());
        const Ui::SourceList sources(library);
        const QUrl site(QStringLiteral("https://longbridge.com"));
        QCOMPARE(sources.tickerNewsPage(QStringLiteral("NVDA.US"), QStringLiteral("zh-CN"), site),
            QUrl(QStringLiteral("http://other.example.net:8080/zh-CN/quote/NVDA.US/news.md")));
        // No stored article for the ticker: the configured site.
        QCOMPARE(sources.tickerNewsPage(QStringLiteral("700.HK"), QStringLiteral("en"), site),
            QUrl(QStringLiteral("https://longbridge.com/en/quote/700.HK/news.md")));
    }

    void importReportCountsDocuments()
    {
        Ui::ImportSummary summary;
        summary.inserted = 12;
        summary.unchanged = 2;
        summary.documents = {7, 7, 7, 8, 8, 8, 9, 9, 9, 10, 10, 10}; // three languages of four articles
        summary.failures = {{QStringLiteral("/tmp/a.md"), QStringLiteral("not UTF-8")}};
        const Ui::ImportReport report(summary);
        QCOMPARE(report.articles(), 4);
        QCOMPARE(report.statusText(), QStringLiteral("Imported 4 articles; 2 files unchanged"));
        QVERIFY(report.hasFailures());
        QCOMPARE(report.failureText(),
            QStringLiteral("Imported 4 articles; 2 files unchanged\n1 file could not be imported."));
        QCOMPARE(report.failureLines(), QStringList{QStringLiteral("/tmp/a.md: not UTF-8")});
        Ui::ImportSummary one;
        one.documents = {3};
        QCOMPARE(Ui::ImportReport(one).statusText(), QStringLiteral("Imported 1 article"));
        QVERIFY(!Ui::ImportReport(one).hasFailures());
    }

    void alertsAreNewWatchlistArticlesOnly()
    {
        Net::NewArticle watched;
        watched.title = QStringLiteral("Chips rally");
        watched.tickers = {QStringLiteral("NVDA.US")};
        watched.watchlisted = true;
        Net::NewArticle updated = watched;
        updated.updated = true; // re-fetched, not new
        Net::NewArticle other;
        other.title = QStringLiteral("Banks");
        Net::NewArticle untagged;
        untagged.title = QStringLiteral("Mentioned in passing");
        untagged.watchlisted = true;
        const QList<Net::NewArticle> alerts = Ui::WatchlistAlerts::select({other, watched, updated, untagged});
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(Ui::WatchlistAlerts::summary(alerts),
            QStringLiteral("2 new articles on your watchlist: NVDA.US: Chips rally"));
        QCOMPARE(Ui::WatchlistAlerts::summary({untagged}),
            QStringLiteral("1 new article on your watchlist: Mentioned in passing"));
        QVERIFY(Ui::WatchlistAlerts::select({other, updated}).isEmpty());
        QVERIFY(Ui::WatchlistAlerts::summary({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReaderReports)
#include "tst_readerreports.moc"
