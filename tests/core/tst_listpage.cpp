#include "core/listpageparser.h"
#include "refsummary.h"
#include "testdata.h"

#include <QTest>

using namespace Newsdesk::Core;

class ListPageTest final : public QObject
{
    Q_OBJECT

private slots:
    void pages_data();
    void pages();
    void sniffing_data();
    void sniffing();
};

void ListPageTest::pages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("base");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("articles");
    QTest::addColumn<QStringList>("warnings"); // a piece of each expected warning

    const int index = int(ListPage::Kind::NewsIndex);
    const int ticker = int(ListPage::Kind::TickerNews);
    QTest::newRow("sample: news index (§4.1)")
        << u"format/news-index-en.md"_qs << u"https://longbridge.com/en/news.md"_qs << index << u"Longbridge News"_qs
        << QString() << QString()
        << QStringList{u"281000001|Harborline Semiconductor posts record quarter as data-center orders "
                       u"double|https://longbridge.com/en/news/281000001.md|"
                       u"2026-03-12T08:30:00.000Z|Harborline Semiconductor reported revenue up 41% year on year, lifted by accelerator orders from cloud providers."_qs,
               u"280990412|Cloud providers raise 2026 capital spending plans "
               u"again|https://longbridge.com/en/news/280990412.md|"
               u"2026-03-11T22:05:12.000Z|Three of the largest cloud providers lifted their capital spending guidance for the year."_qs,
               u"280871230|Pearl River Packaging adds a second advanced-packaging "
               u"line|https://longbridge.com/en/news/280871230.md|"
               u"2026-03-10T02:15:40.000Z|The Hong Kong-listed packaging supplier will spend HK$3.1 billion on a new line in Dongguan."_qs}
        << QStringList{};
    QTest::newRow("sample: one ticker's news (§4.2)")
        << u"format/symbol-news-HBLN.US.md"_qs << QString() << ticker
        << u"Harborline Semiconductor Corp. (HBLN.US) — Related News"_qs << u"HBLN.US"_qs
        << u"Harborline Semiconductor Corp."_qs
        << QStringList{u"281000001|Harborline Semiconductor posts record quarter as data-center orders "
                       u"double|https://longbridge.com/en/news/281000001.md|"
                       u"2026-03-12T08:30:00.000Z|Harborline Semiconductor reported revenue up 41% year on year, lifted by accelerator orders from cloud pro"_qs,
               u"280990412|Cloud providers raise 2026 capital spending plans "
               u"again|https://longbridge.com/en/news/280990412.md|"
               u"2026-03-11T22:05:12.000Z|Three of the largest cloud providers lifted their capital spending guidance for the year, with most of the"_qs}
        << QStringList{};
    QTest::newRow("own: index with BOM, CRLF, relative links, wrapped summary, bad items")
        << u"core/news-index-zh-CN.md"_qs << u"https://longbridge.com/zh-CN/news.md"_qs << index << u"长桥新闻"_qs
        << QString() << QString()
        << QStringList{u"281000001|港湾线半导体季度营收创新高|https://longbridge.com/zh-CN/news/281000001.md|2026-03-12T08:30:00.000Z|港湾线半导体营收同比增长 41%。"_qs,
               u"281000002|一条没有日期的新闻|https://longbridge.com/zh-CN/news/281000002.md||摘要第一行 接着第二行"_qs,
               u"281000003|坏日期|https://longbridge.com/zh-CN/news/281000003.md||"_qs}
        << QStringList{u"without a link"_qs, u"is not a date"_qs};
    QTest::newRow("own: ticker news, relative link against the page URL, _time_, two-line quote, no date, outside link")
        << u"core/symbol-news-700.HK.md"_qs << QString() << ticker << u"Tencent Holdings (700.HK) — Related News"_qs
        << u"700.HK"_qs << u"Tencent Holdings"_qs
        << QStringList{u"281000010|Tencent raises "
                       u"dividend|https://longbridge.com/en/news/281000010.md|2026-03-12T07:00:00.000Z|"
                       u"Tencent lifted its final dividend and announced a buyback of up to HK$100 billion over the next twelve months"_qs,
               u"281000011|Gaming approvals resume|https://longbridge.com/en/news/281000011.md||No date on this one"_qs,
               u"|Not a news link|https://example.com/tencent-analysis|2026-03-12T05:00:00.000Z|"_qs}
        << QStringList{};
}

void ListPageTest::pages()
{
    QFETCH(QString, file);
    QFETCH(QString, base);
    QFETCH(int, kind);
    QFETCH(QString, title);
    QFETCH(QString, symbol);
    QFETCH(QString, name);
    QFETCH(QStringList, articles);
    QFETCH(QStringList, warnings);

    const ListPage page = parseListPage(testData(file), QUrl(base));
    QCOMPARE(int(page.kind), kind);
    QCOMPARE(page.title, title);
    QCOMPARE(page.symbol, symbol);
    QCOMPARE(page.name, name);
    QCOMPARE(describeRefs(page), articles);
    QCOMPARE(page.warnings.size(), warnings.size());
    for (const QString &w : warnings)
        QVERIFY2(page.warnings.join(u'\n').contains(w), qPrintable(page.warnings.join(u'\n')));
    // The sniffing entry point reads markdown the same way.
    QCOMPARE(describeRefs(parseAnyListPage(testData(file), QUrl(base))), articles);
}

void ListPageTest::sniffing_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("articles");

    QTest::newRow("RSS with BOM and leading space")
        << QByteArray("\xEF\xBB\xBF  <?xml "
                      "version=\"1.0\"?><rss><channel><item><link>https://x.test/news/1</link></item></channel></rss>")
        << int(ListPage::Kind::Feed) << 1;
    QTest::newRow("Atom without declaration") << QByteArray(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><link href=\"https://x.test/news/2\"/></entry></feed>")
                                              << int(ListPage::Kind::Feed) << 1;
    QTest::newRow("HTML is neither") << QByteArray("<!DOCTYPE html><html><body><a href=\"/news/1\">x</a></body></html>")
                                     << int(ListPage::Kind::Unknown) << 0;
    QTest::newRow("plain text without links") << QByteArray("hello\nworld\n") << int(ListPage::Kind::Unknown) << 0;
    QTest::newRow("empty") << QByteArray() << int(ListPage::Kind::Unknown) << 0;
    QTest::newRow("list items in a code fence are not articles")
        << QByteArray("# X\n\n```\n- [A](https://x.test/news/1)\n```\n- [B](https://x.test/news/2)\n")
        << int(ListPage::Kind::NewsIndex) << 1;
}

void ListPageTest::sniffing()
{
    QFETCH(QByteArray, document);
    QFETCH(int, kind);
    QFETCH(int, articles);
    const ListPage page = parseAnyListPage(document);
    QCOMPARE(int(page.kind), kind);
    QCOMPARE(page.articles.size(), articles);
    if (kind == int(ListPage::Kind::Unknown))
        QVERIFY(!page.warnings.isEmpty());
}

QTEST_APPLESS_MAIN(ListPageTest)
#include "tst_listpage.moc"
