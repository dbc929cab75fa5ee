#include "listpageparser.h"

#include "refsummary.h"
#include "testdata.h"

#include <QTest>

using namespace Newsdesk::Core;

class FeedTest final : public QObject
{
    Q_OBJECT

private slots:
    void feeds_data();
    void feeds();
    void entityDeclarationsRefused();
};

void FeedTest::feeds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("articles");
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("RSS 2.0 without pubDate (Longbridge news feed), HTML description, guid fallback")
        << u"core/feed-news-rss.xml"_qs << QString() << u"长桥新闻"_qs
        << QStringList{u"281000001|港湾线半导体季度营收创新高|https://longbridge.com/zh-CN/news/281000001||港湾线半导体营收同比增长 41% & 指引 高于 预期"_qs,
                       u"281000002|Guid only|https://longbridge.com/zh-CN/news/281000002||"_qs}
        << QStringList{u"has no link"_qs};
    QTest::newRow("RSS 2.0 with RFC 2822 pubDate (live feed), dc:date, relative link against the base")
        << u"core/feed-live-rss.xml"_qs << u"https://longbridge.com/zh-CN/news/live/feed"_qs << u"7x24"_qs
        << QStringList{u"281000020|Flash: index opens higher|https://longbridge.com/zh-CN/news/281000020.md|2026-03-12T01:30:00.000Z|Index up 0.5% "_qs
                           + QString::fromUcs4(U"\U0001F680"),
                       u"281000021|Flash: dated with dc:date|https://longbridge.com/zh-CN/news/281000021|2026-03-11T17:35:00.000Z|"_qs,
                       u"281000022|Flash: bad date|https://longbridge.com/zh-CN/news/281000022||"_qs}
        << QStringList{u"is not a date"_qs};
    QTest::newRow("Atom: rel=alternate link, published over updated, HTML title and summary, xhtml content")
        << u"core/feed-atom.xml"_qs << QString() << u"Example Research"_qs
        << QStringList{u"|Chips & cloud|https://example.com/posts/chips.md|2026-03-12T08:00:00.000Z|Why packaging matters"_qs,
                       u"281000030|Only updated|https://longbridge.com/en/news/281000030.md|2026-03-11T10:00:00.000Z|Full content here"_qs}
        << QStringList{};
    QTest::newRow("robustness: truncated feed keeps the complete items")
        << u"core/feed-truncated.xml"_qs << QString() << u"Cut"_qs
        << QStringList{u"281000040|Complete item|https://longbridge.com/en/news/281000040.md||"_qs} << QStringList{u"XML error"_qs};
}

void FeedTest::feeds()
{
    QFETCH(QString, file);
    QFETCH(QString, base);
    QFETCH(QString, title);
    QFETCH(QStringList, articles);
    QFETCH(QStringList, warnings);

    const ListPage page = parseFeed(testData(file), QUrl(base));
    QCOMPARE(int(page.kind), int(ListPage::Kind::Feed));
    QCOMPARE(page.title, title);
    QCOMPARE(describeRefs(page), articles);
    for (const QString &w : warnings)
        QVERIFY2(page.warnings.join(u'\n').contains(w), qPrintable(page.warnings.join(u'\n')));
    if (warnings.isEmpty())
        QVERIFY2(page.warnings.isEmpty(), qPrintable(page.warnings.join(u'\n')));
    QCOMPARE(describeRefs(parseAnyListPage(testData(file), QUrl(base))), articles);
}

void FeedTest::entityDeclarationsRefused()
{
    // An entity bomb and an external entity: nothing is expanded, nothing is read from disk.
    const ListPage page = parseFeed(testData(u"core/feed-entities.xml"_qs));
    QVERIFY(page.articles.isEmpty());
    QVERIFY2(page.warnings.join(u'\n').contains(u"entities"), qPrintable(page.warnings.join(u'\n')));
}

QTEST_APPLESS_MAIN(FeedTest)
#include "tst_feed.moc"
