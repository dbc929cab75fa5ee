// The site's URL layout: the pages the app builds URLs for, and what a subscribed URL is.
#include "core/sitelayout.h"

#include <QTest>

using namespace Newsdesk::Core;
using namespace Qt::StringLiterals;

class TestSiteLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builds_data()
    {
        QTest::addColumn<QUrl>("built");
        QTest::addColumn<QString>("expected");
        const QUrl site(u"https://longbridge.com"_s);
        QTest::newRow("article") << SiteLayout::newsArticle(site, u"zh-CN"_s, u"277209673"_s)
                                 << u"https://longbridge.com/zh-CN/news/277209673.md"_s;
        QTest::newRow("article: no locale is English")
            << SiteLayout::newsArticle(site, {}, u"1"_s) << u"https://longbridge.com/en/news/1.md"_s;
        QTest::newRow("article: locale normalised")
            << SiteLayout::newsArticle(site, u"zh_hk"_s, u"1"_s) << u"https://longbridge.com/zh-HK/news/1.md"_s;
        QTest::newRow("index") << SiteLayout::newsIndex(site, u"en"_s) << u"https://longbridge.com/en/news.md"_s;
        QTest::newRow("ticker news") << SiteLayout::tickerNews(site, u"en"_s, u"BRK.B.US"_s)
                                     << u"https://longbridge.com/en/quote/BRK.B.US/news.md"_s;
        // An article's own URL names the site: its path and query do not leak into the page's.
        QTest::newRow("ticker news on an article's site")
            << SiteLayout::tickerNews(QUrl(u"http://127.0.0.1:8080/zh-HK/news/5.md?x=1#top"_s), u"zh-HK"_s, u"700.HK"_s)
            << u"http://127.0.0.1:8080/zh-HK/quote/700.HK/news.md"_s;
    }

    void builds()
    {
        QFETCH(QUrl, built);
        QFETCH(QString, expected);
        QCOMPARE(built.toString(), expected);
    }

    void markdownTwins_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("twin"); // empty: none
        QTest::newRow("article page") << u"https://longbridge.com/en/news/281000001"_s
                                      << u"https://longbridge.com/en/news/281000001.md"_s;
        QTest::newRow("trailing slash") << u"https://longbridge.com/en/news/281000001/"_s
                                        << u"https://longbridge.com/en/news/281000001.md"_s;
        QTest::newRow("query kept") << u"https://example.com/a/b?x=1"_s << u"https://example.com/a/b.md?x=1"_s;
        QTest::newRow("already a twin") << u"https://longbridge.com/en/news/1.md"_s << QString();
        QTest::newRow("already a twin, upper case") << u"https://longbridge.com/en/news/1.MD"_s << QString();
        QTest::newRow("site root") << u"https://longbridge.com/"_s << QString();
        QTest::newRow("no path") << u"https://longbridge.com"_s << QString();
    }

    void markdownTwins()
    {
        QFETCH(QString, page);
        QFETCH(QString, twin);
        const std::optional<QUrl> found = SiteLayout::markdownTwin(QUrl(page));
        QCOMPARE(found ? found->toString() : QString(), twin);
        // The way back: a twin's page is the page (without the slash a twin cannot keep).
        if (found)
            QCOMPARE(SiteLayout::webPage(*found).toString(), QUrl(page).adjusted(QUrl::StripTrailingSlash).toString());
    }

    void webPages_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("page");
        QTest::newRow("twin") << u"https://longbridge.com/zh-HK/news/5.md"_s
                              << u"https://longbridge.com/zh-HK/news/5"_s;
        QTest::newRow("upper case") << u"https://example.com/x.MD"_s << u"https://example.com/x"_s;
        QTest::newRow("a page already") << u"https://example.com/news/5"_s << u"https://example.com/news/5"_s;
        QTest::newRow("fragment kept") << u"https://example.com/n.md#top"_s << u"https://example.com/n#top"_s;
    }

    void webPages()
    {
        QFETCH(QString, url);
        QFETCH(QString, page);
        QCOMPARE(SiteLayout::webPage(QUrl(url)).toString(), page);
    }

    void classifies_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("ticker");
        QTest::newRow("news index") << u"https://longbridge.com/en/news.md"_s << int(ListPage::Kind::NewsIndex)
                                    << QString();
        QTest::newRow("zh-HK news index")
            << u"https://longbridge.com/zh-HK/news.md"_s << int(ListPage::Kind::NewsIndex) << QString();
        QTest::newRow("index without locale or .md")
            << u"https://example.com/news/"_s << int(ListPage::Kind::NewsIndex) << QString();
        QTest::newRow("ticker news") << u"https://longbridge.com/en/quote/BRK.B.US/news.md"_s
                                     << int(ListPage::Kind::TickerNews) << u"BRK.B.US"_s;
        QTest::newRow("ticker news without .md")
            << u"https://example.com/zh-CN/quote/700.HK/news"_s << int(ListPage::Kind::TickerNews) << u"700.HK"_s;
        QTest::newRow("a feed under /news")
            << u"https://longbridge.com/zh-CN/news/feed"_s << int(ListPage::Kind::Feed) << QString();
        QTest::newRow("an article is no index")
            << u"https://longbridge.com/en/news/1.md"_s << int(ListPage::Kind::Feed) << QString();
        QTest::newRow("a quote page is no news page")
            << u"https://longbridge.com/en/quote/AAPL.US"_s << int(ListPage::Kind::Feed) << QString();
        QTest::newRow("an RSS feed") << u"https://example.com/rss.xml"_s << int(ListPage::Kind::Feed) << QString();
    }

    void classifies()
    {
        QFETCH(QString, url);
        QFETCH(int, kind);
        QFETCH(QString, ticker);
        const SiteLayout::ListUrl found = SiteLayout::classifyListUrl(QUrl(url));
        QCOMPARE(int(found.kind), kind);
        QCOMPARE(found.ticker, ticker);
    }

    // What the app builds, it reads back as what it is.
    void builtPagesClassifyAsThemselves()
    {
        const QUrl site(u"https://example.com"_s);
        QCOMPARE(SiteLayout::classifyListUrl(SiteLayout::newsIndex(site, u"zh-CN"_s)).kind, ListPage::Kind::NewsIndex);
        const SiteLayout::ListUrl ticker
            = SiteLayout::classifyListUrl(SiteLayout::tickerNews(site, u"en"_s, u"NVDA.US"_s));
        QCOMPARE(ticker.kind, ListPage::Kind::TickerNews);
        QCOMPARE(ticker.ticker, u"NVDA.US"_s);
    }
};

QTEST_GUILESS_MAIN(TestSiteLayout)

#include "tst_sitelayout.moc"
