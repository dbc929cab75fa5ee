#include "core/listpageparser.h"
#include "refsummary.h"
#include "testdata.h"

#include <QStringEncoder>
#include <QTest>

using namespace Newsdesk::Core;

class FeedTest final : public QObject
{
    Q_OBJECT

private slots:
    void feeds_data();
    void feeds();
    void entityDeclarationsRefused();
    // What a reader shows as a title: "1 < 2" stays, entities decode, HTML/XHTML tags drop, scripts vanish.
    void titles_data();
    void titles();
    void bidiControlsAreIsolated();
    void encodings_data();
    void encodings();
    void undecodableTextIsAnError();
    void enclosureWithoutHrefIsNotTheLink();
    void itemContentBecomesMarkdown();
    void jsonFeed();
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
        << QStringList{u"281000001|港湾线半导体季度营收创新高|https://longbridge.com/zh-CN/news/281000001||港湾线半导体营收同比增长 41% & 指引高于预期"_qs,
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
        << QStringList{u"281000040|Complete item|https://longbridge.com/en/news/281000040.md||"_qs}
        << QStringList{u"XML error"_qs};
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

namespace {

QByteArray rssWithItemTitle(const QByteArray &title)
{
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>" + title
        + "</title><link>http://example.com/1</link></item></channel></rss>";
}

QByteArray atomWithTitle(const QByteArray &titleElement)
{
    return "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>" + titleElement
        + "<link href=\"http://example.com/1\"/></entry></feed>";
}

} // namespace

void FeedTest::titles_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("title");
    QTest::newRow("RSS: a < in plain text keeps what follows")
        << rssWithItemTitle("1 &lt; 2: S&amp;P") << u"1 < 2: S&P"_qs;
    QTest::newRow("RSS: escaped HTML drops its tags")
        << rssWithItemTitle("Apple &lt;b&gt;beats&lt;/b&gt; estimates") << u"Apple beats estimates"_qs;
    QTest::newRow("RSS: double-escaped entity") << rssWithItemTitle("AT&amp;amp;T") << u"AT&T"_qs;
    QTest::newRow("RSS: script in an HTML title is not shown")
        << rssWithItemTitle("Hi&lt;script&gt;alert(1)&lt;/script&gt;&lt;/b&gt; there") << u"Hi there"_qs;
    QTest::newRow("Atom xhtml: escaped markup is text") << atomWithTitle(
        "<title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">History of the &lt;blink&gt; "
        "tag</div></title>") << u"History of the <blink> tag"_qs;
    QTest::newRow("Atom xhtml: tags dropped, script dropped") << atomWithTitle(
        "<title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">A <b>bold</b> "
        "move<script>x()</script></div></title>") << u"A bold move"_qs;
    QTest::newRow("Atom html") << atomWithTitle("<title type=\"html\">1 &amp;lt; 2 &lt;i&gt;ok&lt;/i&gt;</title>")
                               << u"1 < 2 ok"_qs;
    QTest::newRow("Atom text: markup-looking text stays")
        << atomWithTitle("<title>a &lt;b&gt; c</title>") << u"a <b> c"_qs;
    QTest::newRow("podcast's itunes:title does not replace the title") << QByteArray(
        "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><channel><item>"
        "<title>250: We're Doing a Show</title><link>http://example.com/1</link>"
        "<itunes:title>other</itunes:title></item></channel></rss>") << u"250: We're Doing a Show"_qs;
}

void FeedTest::titles()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, title);
    const ListPage page = parseFeed(document);
    QCOMPARE(page.articles.size(), 1);
    QCOMPARE(page.articles.first().title, title);
}

void FeedTest::bidiControlsAreIsolated()
{
    const QByteArray document = rssWithItemTitle("evil \xE2\x80\xAE reversed");
    const ListPage page = parseFeed(document);
    QCOMPARE(page.articles.size(), 1);
    const QString title = page.articles.first().title;
    // First strong isolate … the RLO closed by PDF … pop directional isolate.
    QCOMPARE(title, QString(QChar(0x2068) + u"evil \u202E reversed"_qs + QChar(0x202C) + QChar(0x2069)));
    QCOMPARE(parseFeed(rssWithItemTitle("plain")).articles.first().title, u"plain"_qs);
}

void FeedTest::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("httpCharset");
    const QString text
        = u"<?xml version=\"1.0\" encoding=\"%1\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 \u5e02\u573a</title>"
          u"<item><title>\u00a3 \u201ctest\u201d</title><link>http://example.com/1</link></item></channel></rss>"_qs;
    auto encoded = [&](const char *declared, QStringConverter::Encoding encoding, bool bom) {
        QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        return QByteArray(encoder(text.arg(QLatin1StringView(declared))));
    };
    QTest::newRow("UTF-8") << encoded("utf-8", QStringConverter::Utf8, false) << QByteArray();
    QTest::newRow("UTF-8 with BOM") << encoded("utf-8", QStringConverter::Utf8, true) << QByteArray();
    QTest::newRow("UTF-16LE with BOM") << encoded("utf-16", QStringConverter::Utf16LE, true) << QByteArray();
    QTest::newRow("UTF-16BE without BOM") << encoded("utf-16", QStringConverter::Utf16BE, false) << QByteArray();
    QTest::newRow("UTF-32LE without BOM") << encoded("utf-32", QStringConverter::Utf32LE, false) << QByteArray();
    QTest::newRow("UTF-32BE with BOM") << encoded("utf-32", QStringConverter::Utf32BE, true) << QByteArray();
}

void FeedTest::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, httpCharset);
    const ListPage page = parseAnyListPage(bytes, {}, httpCharset);
    QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(u'\n')));
    QCOMPARE(page.title, u"Caf\u00e9 \u5e02\u573a"_qs);
    QCOMPARE(page.articles.size(), 1);
    QCOMPARE(page.articles.first().title, u"\u00a3 \u201ctest\u201d"_qs);
}

void FeedTest::undecodableTextIsAnError()
{
    // windows-1252 announced only by the HTTP charset is read; the same bytes as UTF-8 are damaged.
    const QByteArray bytes = "<rss version=\"2.0\"><channel><item><title>\xA3\x93test.\x94</title>"
                             "<link>http://example.com/1</link></item></channel></rss>";
    const ListPage cp1252 = parseAnyListPage(bytes, {}, "windows-1252");
    QVERIFY(cp1252.errors.isEmpty());
    QCOMPARE(cp1252.articles.size(), 1);
    QCOMPARE(cp1252.articles.first().title, u"\u00a3\u201ctest.\u201d"_qs);
    const ListPage utf8 = parseAnyListPage(bytes);
    QCOMPARE(utf8.errors.size(), 1);
    QVERIFY2(utf8.errors.first().contains(u"utf-8"), qPrintable(utf8.errors.first()));
    QCOMPARE(utf8.articles.size(), 1); // kept, with the damage reported
    const ListPage unknown = parseAnyListPage("<?xml version=\"1.0\" encoding=\"x-no-such\"?><rss/>");
    QCOMPARE(unknown.errors.size(), 1);
    QVERIFY2(unknown.errors.first().contains(u"x-no-such"), qPrintable(unknown.errors.first()));
}

void FeedTest::enclosureWithoutHrefIsNotTheLink()
{
    const ListPage page = parseFeed("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>A</title><link "
                                    "rel=\"enclosure\">http://example.com/a.mp3</link>"
                                    "<link rel=\"alternate\" href=\"http://example.com/article\"/></entry></feed>");
    QCOMPARE(page.articles.size(), 1);
    QCOMPARE(page.articles.first().url, QUrl(u"http://example.com/article"_qs));
}

void FeedTest::itemContentBecomesMarkdown()
{
    const ListPage page = parseFeed(
        "<rss version=\"2.0\" "
        "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><item><title>A</title>"
        "<link>http://example.com/a</link><guid isPermaLink=\"false\">id-1</guid><author>ann@example.com (Ann)</author>"
        "<description>Short &lt;b&gt;summary&lt;/b&gt;</description>"
        "<content:encoded><![CDATA[<p>First <strong>bold</strong> and <a href=\"http://example.com/x\" "
        "onclick=\"x()\">a link</a>.</p>"
        "<script>alert(1)</script><ul><li>one</li><li>two</li></ul><p><a href=\"javascript:alert(1)\">bad</a> "
        "*stars*</p>"
        "<img src=\"http://example.com/i.png\" alt=\"chart\"><pre>code "
        "&lt;x&gt;</pre>]]></content:encoded></item></channel></rss>");
    QCOMPARE(page.articles.size(), 1);
    const ArticleRef &item = page.articles.first();
    QCOMPARE(item.guid, u"id-1"_qs);
    QCOMPARE(item.author, u"ann@example.com (Ann)"_qs);
    QCOMPARE(item.summary, u"Short summary"_qs);
    QCOMPARE(item.content,
        u"First **bold** and [a link](http://example.com/x).\n\n- one\n- two\n\nbad \\*stars\\*\n\n"
        u"![chart](http://example.com/i.png)\n\n```\ncode <x>\n```\n"_qs);
}

void FeedTest::jsonFeed()
{
    const QByteArray document = R"({"version": "https://jsonfeed.org/version/1.1", "title": "JSON news",
        "authors": [{"name": "Desk"}],
        "items": [{"id": "1", "url": "https://example.com/a", "title": "Apple beats estimates",
                   "content_html": "<p>Revenue <em>up</em></p>", "date_published": "2026-03-12T08:30:00Z"},
                  {"id": "2", "external_url": "https://example.com/b", "content_text": "Plain text", "summary": "Sum",
                   "authors": [{"name": "Bo"}]},
                  {"id": "3", "title": "no link"}]})";
    const ListPage page = parseAnyListPage(document, QUrl(u"https://example.com/feed.json"_qs));
    QCOMPARE(int(page.kind), int(ListPage::Kind::Feed));
    QCOMPARE(page.title, u"JSON news"_qs);
    QCOMPARE(page.articles.size(), 2);
    QCOMPARE(page.articles.at(0).url, QUrl(u"https://example.com/a"_qs));
    QCOMPARE(page.articles.at(0).published, QDateTime(QDate(2026, 3, 12), QTime(8, 30), Qt::UTC));
    QCOMPARE(page.articles.at(0).content, u"Revenue *up*\n"_qs);
    QCOMPARE(page.articles.at(0).author, u"Desk"_qs);
    QCOMPARE(page.articles.at(1).guid, u"2"_qs);
    QCOMPARE(page.articles.at(1).summary, u"Sum"_qs);
    QCOMPARE(page.articles.at(1).author, u"Bo"_qs);
    QVERIFY(page.warnings.join(u'\n').contains(u"no link"));
}

QTEST_APPLESS_MAIN(FeedTest)
#include "tst_feed.moc"
