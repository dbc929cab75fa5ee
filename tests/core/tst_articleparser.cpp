#include "articlesummary.h"
#include "core/articleparser.h"
#include "testdata.h"

#include <QTest>

using namespace Newsdesk::Core;

namespace {

const QString enTitle = u"Harborline Semiconductor posts record quarter as data-center orders double"_qs;
const QString enVariants
    = u"zh-CN https://longbridge.com/zh-CN/news/281000001.md; en https://longbridge.com/en/news/281000001.md; "
      u"zh-HK https://longbridge.com/zh-HK/news/281000001.md"_qs;
const QString enStocks
    = u"HBLN.US|HBLN.US|Harborline Semiconductor Corp.|https://longbridge.com/en/quote/HBLN.US.md; "
      u"2382.HK|2382.HK|Pearl River Packaging Holdings|https://longbridge.com/en/quote/2382.HK.md; "
      u"SOXL.US|SOXL.US|Direxion Daily Semicondct Bull 3X ETF|https://longbridge.com/en/quote/SOXL.US.md"_qs;
const QString enNews
    = u"280990412|Cloud providers raise 2026 capital spending plans again|https://longbridge.com/en/news/280990412.md; "
      u"280871230|Pearl River Packaging adds a second advanced-packaging line|https://longbridge.com/en/news/280871230.md"_qs;

// What a rendered body must not show again: the reader draws these itself.
const QStringList presentational = {u"Supported Languages"_qs, u"# Harborline"_qs, u"Related Stocks"_qs,
    u"Related News"_qs, u"](https://longbridge.com/en/quote/"_qs, u"\n---\n"_qs, u"datetime:"_qs};

QString newsEn()
{
    return QString::fromUtf8(testData(u"format/news-en.md"_qs));
}

} // namespace

class ArticleParserTest final : public QObject
{
    Q_OBJECT

private slots:
    void samples_data();
    void samples();
    void damagedInput_data();
    void damagedInput();
    void ownDocuments_data();
    void ownDocuments();
    void fallbacks_data();
    void fallbacks();
    void warnings_data();
    void warnings();
    void sourceIsTheOriginalText();
    void relatedHeadings_data();
    void relatedHeadings();
};

void ArticleParserTest::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("variants");
    QTest::addColumn<QString>("stocks");
    QTest::addColumn<QString>("news");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QStringList>("bodyKeeps");

    QTest::newRow("sample: news-en") << u"format/news-en.md"_qs << enTitle << u"en"_qs << u"281000001"_qs
                                     << u"2026-03-12T08:30:00.000Z"_qs << enVariants << enStocks << enNews
                                     << QStringList{u"HBLN.US"_qs, u"2382.HK"_qs}
                                     << QStringList{u"Harborline Semiconductor (HBLN.US) said on Thursday"_qs,
                                            u"\n\n**Guidance beats estimates**\n\n"_qs,
                                            u"| Metric | Q4 FY2026 | Q4 FY2025 | Change |\n|---|---:|---:|---:|"_qs,
                                            u"~~supply constraint~~"_qs,
                                            u"```python\ndef perf_per_watt(tflops: float, watts: float) -> float:\n"
                                            u"    return tflops / watts  # higher is better\n```"_qs};
    QTest::newRow("sample: news-zh-CN")
        << u"format/news-zh-CN.md"_qs << u"港湾线半导体季度营收创新高，数据中心订单翻倍"_qs << u"zh-CN"_qs
        << u"281000001"_qs << u"2026-03-12T08:30:00.000Z"_qs << enVariants
        << u"HBLN.US|HBLN.US|Harborline Semiconductor Corp.|https://longbridge.com/zh-CN/quote/HBLN.US.md; "
           u"2382.HK|2382.HK|Pearl River Packaging Holdings|https://longbridge.com/zh-CN/quote/2382.HK.md; "
           u"SOXL.US|SOXL.US|Direxion Daily Semicondct Bull 3X ETF|https://longbridge.com/zh-CN/quote/SOXL.US.md"_qs
        << u"280990412|云服务商再度上调 2026 年资本开支计划|https://longbridge.com/zh-CN/news/280990412.md; "
           u"280871230|珠江封装新增第二条先进封装产线|https://longbridge.com/zh-CN/news/280871230.md"_qs
        << QStringList{u"HBLN.US"_qs, u"2382.HK"_qs}
        << QStringList{u"港湾线半导体（HBLN.US）周四表示"_qs, u"\n\n**指引高于预期**\n\n"_qs};
    QTest::newRow("sample: news-zh-HK")
        << u"format/news-zh-HK.md"_qs << u"港灣線半導體季度營收創新高，數據中心訂單翻倍"_qs << u"zh-HK"_qs
        << u"281000001"_qs << u"2026-03-12T08:30:00.000Z"_qs << enVariants
        << u"HBLN.US|HBLN.US|Harborline Semiconductor Corp.|https://longbridge.com/zh-HK/quote/HBLN.US.md; "
           u"2382.HK|2382.HK|Pearl River Packaging Holdings|https://longbridge.com/zh-HK/quote/2382.HK.md"_qs
        << u"280990412|雲服務商再度上調 2026 年資本開支計劃|https://longbridge.com/zh-HK/news/280990412.md"_qs
        << QStringList{u"HBLN.US"_qs, u"2382.HK"_qs} << QStringList{u"供應商珠江封裝（2382.HK）早盤上升 6%。"_qs};
    QTest::newRow("sample: news-en-collapsed")
        << u"format/news-en-collapsed.md"_qs << enTitle << u"en"_qs << u"281000001"_qs << u"2026-03-12T08:30:00.000Z"_qs
        << enVariants << enStocks << enNews << QStringList{u"HBLN.US"_qs, u"2382.HK"_qs}
        << QStringList{u"\n\n**Guidance beats estimates**\n\n"_qs, u"~~supply constraint~~"_qs};
    QTest::newRow("sample: hostile")
        << u"format/hostile.md"_qs << u"Quarterly update <script>alert('title')</script>"_qs << u"en"_qs
        << u"example.test/news/99"_qs << u"2026-01-05T10:00:00.000Z"_qs << u"en https://example.test/en/news/99.md"_qs
        << QString() << QString()
        << QStringList{}
        // The parser keeps the text; the renderer makes it inert. The H1 shorter than the title still goes.
        << QStringList{u"<script>document.title = 'pwned'</script>"_qs, u"[click me](javascript:"_qs,
               u"<style>body { display: none }</style>"_qs};
}

void ArticleParserTest::samples()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, locale);
    QFETCH(QString, key);
    QFETCH(QString, published);
    QFETCH(QString, variants);
    QFETCH(QString, stocks);
    QFETCH(QString, news);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, bodyKeeps);

    const Article a = parseArticle(testData(file), ParseOptions{testDataPath(file), {}, {}, {}});
    QCOMPARE(a.title, title);
    QCOMPARE(a.locale, locale);
    QCOMPARE(a.key, key);
    QCOMPARE(a.type, u"News"_qs);
    QCOMPARE(a.published.toString(Qt::ISODateWithMs), published);
    QCOMPARE(ArticleSummary::variants(a), variants);
    QCOMPARE(ArticleSummary::stocks(a), stocks);
    QCOMPARE(ArticleSummary::news(a), news);
    QCOMPARE(a.mentions, mentions);
    QCOMPARE(a.extra.size(), 0);
    for (const QString &piece : bodyKeeps)
        QVERIFY2(a.body.contains(piece), qPrintable(u"body lacks: "_qs + piece + u"\n---\n" + a.body));
    for (const QString &piece : presentational)
        QVERIFY2(!a.body.contains(piece), qPrintable(u"body still has: "_qs + piece + u"\n---\n" + a.body));
    QVERIFY(!a.body.startsWith(u'\n'));
    QVERIFY(!a.body.endsWith(u'\n'));
}

// docs/format.md §3, applied to news-en.md: each damaged form reads as the original does.
void ArticleParserTest::damagedInput_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<bool>("warns");

    const QString en = newsEn();
    QString crlf = en;
    crlf.replace(u"\n"_qs, u"\r\n"_qs);
    QString cr = en;
    cr.replace(u'\n', u'\r');
    QString trailing = en;
    trailing.replace(u"---\n"_qs, u"---  \t\n"_qs);
    QString dots = en;
    dots.replace(u"\n---\n"_qs, u"\n...\n"_qs);
    QString rules = en;
    rules.replace(u"\n**Guidance beats estimates**\n"_qs, u"\n---\n\n**Guidance beats estimates**\n\n---\n"_qs);

    QTest::newRow("§3: UTF-8 BOM") << QString(QChar(0xFEFF) + en) << false;
    QTest::newRow("§3: CRLF line ends") << crlf << false;
    QTest::newRow("§3: CR line ends") << cr << false;
    QTest::newRow("§3: BOM and CRLF") << QString(QChar(0xFEFF) + crlf) << false;
    QTest::newRow("§3: blank lines before the opening fence") << QString(u"\n\n   \n" + en) << false;
    QTest::newRow("§3: trailing spaces after the fences") << trailing << false;
    QTest::newRow("§3: ... as the closing fence") << dots << false;
    QTest::newRow("§3: --- rules later in the body are body") << rules << false;
    QTest::newRow("§3: no trailing newline") << en.chopped(1) << false;
    QTest::newRow("§3: collapsed onto one line")
        << QString::fromUtf8(testData(u"format/news-en-collapsed.md"_qs)) << true;
}

void ArticleParserTest::damagedInput()
{
    QFETCH(QString, document);
    QFETCH(bool, warns);
    const Article expected = parseArticle(newsEn());
    const Article a = parseArticle(document.toUtf8());
    QCOMPARE(a.title, expected.title);
    QCOMPARE(a.key, expected.key);
    QCOMPARE(a.locale, expected.locale);
    QCOMPARE(a.type, expected.type);
    QCOMPARE(a.url, expected.url);
    QCOMPARE(a.summary, expected.summary);
    QCOMPARE(a.published, expected.published);
    QCOMPARE(a.variants, expected.variants);
    QCOMPARE(a.relatedStocks, expected.relatedStocks);
    QCOMPARE(a.relatedNews, expected.relatedNews);
    QCOMPARE(a.mentions, expected.mentions);
    QCOMPARE(a.extra, expected.extra);
    QCOMPARE(!a.warnings.isEmpty(), warns);
    if (!warns) {
        QString body = a.body;
        body.remove(u"\n---\n"_qs);
        QCOMPARE(body.count(u"**Guidance beats estimates**"), 1);
        QVERIFY(a.body.contains(u"```python"));
    }
}

void ArticleParserTest::ownDocuments_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    const QString edge = u"core/related-edge-cases.md"_qs;
    QTest::newRow("synonyms: headline, single-quoted with ''")
        << edge << u"title"_qs << u"Conglomerate's filing lists stakes in five listed companies"_qs;
    QTest::newRow("synonyms: excerpt, folded >-")
        << edge << u"summary"_qs << u"The filing names holdings across Hong Kong, Shanghai and New York."_qs;
    QTest::newRow("synonyms: lang zh_hk normalised") << edge << u"locale"_qs << u"zh-HK"_qs;
    QTest::newRow("synonyms: published_at as Unix seconds")
        << edge << u"published"_qs << u"2026-03-12T08:30:00.000Z"_qs;
    QTest::newRow("synonyms: canonical relative, key from its news id") << edge << u"key"_qs << u"281000777"_qs;
    QTest::newRow("synonyms: tickers and other keys kept in extra")
        << edge << u"extra"_qs
        << u"author=Desk édition; categories=[Markets|Filings, annual]; tickers=[BRK.B.US|00700.HK]"_qs;
    QTest::newRow("related stocks: ticker from the path, names with parentheses, Chinese heading")
        << edge << u"stocks"_qs
        << u"GOOGL.US|GOOGL.US|Alphabet Inc. (Class A)|https://longbridge.com/zh-HK/quote/GOOGL.US.md; "
           u"BRK.B.US|BRK.B.US|BRK.B.US|https://longbridge.com/zh-HK/quote/BRK.B.US.md; "
           u"00700.HK|700.HK|騰訊控股|/zh-HK/quote/00700.HK.md; "
           u"000001.SZ|000001.SZ|Ping An Bank|https://longbridge.com/zh-HK/quote/000001.SZ.md; "
           u".DJI.US|.DJI.US|Dow Jones Industrial Average|https://example.test/not-a-quote-link"_qs;
    QTest::newRow("related news: glued wire times removed, ETF kept, outside link without id")
        << edge << u"news"_qs
        << u"281000100|Travis Manion Foundation names new chair|https://longbridge.com/zh-HK/news/281000100.md; "
           u"281000101|Markets open higher|https://longbridge.com/zh-HK/news/281000101.md; "
           u"281000102|11:05 ETF flows turn positive|https://longbridge.com/zh-HK/news/281000102.md; "
           u"|An outside analysis|https://example.com/research/filings.md"_qs;
    QTest::newRow("mentions: full-width and ASCII, index, not prose")
        << edge << u"mentions"_qs << u"00700.HK 600519.SH .DJI.US"_qs;
    QTest::newRow("variants: relative URLs kept when nothing resolves them")
        << edge << u"variants"_qs
        << u"zh-HK /zh-HK/news/281000777.md; en https://longbridge.com/en/news/281000777.md"_qs;
    QTest::newRow("TOML: title") << u"core/toml-article.md"_qs << u"title"_qs << u"Quarterly letter to shareholders"_qs;
    QTest::newRow("TOML: date with offset to UTC")
        << u"core/toml-article.md"_qs << u"published"_qs << u"2026-02-01T01:00:00.000Z"_qs;
    QTest::newRow("TOML: language en-US") << u"core/toml-article.md"_qs << u"locale"_qs << u"en"_qs;
    QTest::newRow("TOML: permalink key without locale and index.md")
        << u"core/toml-article.md"_qs << u"key"_qs << u"example.com/letters/2026-q1"_qs;
    QTest::newRow("TOML: multi-line summary with line continuation")
        << u"core/toml-article.md"_qs << u"summary"_qs << u"A look back at the quarter, and what comes next."_qs;
    QTest::newRow("TOML: own locale added to variants")
        << u"core/toml-article.md"_qs << u"variants"_qs << u"en https://example.com/en/letters/2026-q1/index.md"_qs;
    QTest::newRow("TOML: tables and arrays in extra")
        << u"core/toml-article.md"_qs << u"extra"_qs
        << u"tags=[letters|quarterly]; draft=false; params.author=Board"_qs;
    QTest::newRow("no front matter: title from the first heading")
        << u"core/plain-article.md"_qs << u"title"_qs << u"Notes from the annual meeting"_qs;
    QTest::newRow("no front matter: heading taken out of the body")
        << u"core/plain-article.md"_qs << u"body"_qs
        << u"Shareholders approved all resolutions.\n\n## Votes\n\n| Resolution | For |\n|---|---|\n| 1 | 98% |"_qs;
    QTest::newRow("no front matter, no heading: title from the file name")
        << u"core/no-heading.md"_qs << u"title"_qs << u"no-heading"_qs;
    QTest::newRow("no front matter: key from the file name")
        << u"core/no-heading.md"_qs << u"key"_qs << QString(u"file:" + testDataPath(u"core/no-heading"_qs));
    QTest::newRow("legacy quote page: type as written") << u"core/quote-legacy.md"_qs << u"type"_qs << u"quote"_qs;
    QTest::newRow("legacy quote page: key without locale")
        << u"core/quote-legacy.md"_qs << u"key"_qs << u"longbridge.com/quote/HBLN.US"_qs;
    QTest::newRow("legacy quote page: symbol, name, industry in extra")
        << u"core/quote-legacy.md"_qs << u"extra"_qs
        << u"name=Harborline Semiconductor Corp.; industry=Semiconductors; tickers=[HBLN.US]"_qs;
    QTest::newRow("legacy quote page: no date") << u"core/quote-legacy.md"_qs << u"published"_qs << QString();
}

void ArticleParserTest::ownDocuments()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const Article a = parseArticle(testData(file), ParseOptions{testDataPath(file), {}, {}, {}});
    QString actual;
    if (field == u"title")
        actual = a.title;
    else if (field == u"summary")
        actual = a.summary;
    else if (field == u"locale")
        actual = a.locale;
    else if (field == u"published")
        actual = a.published.toString(Qt::ISODateWithMs);
    else if (field == u"key")
        actual = a.key;
    else if (field == u"type")
        actual = a.type;
    else if (field == u"extra")
        actual = ArticleSummary::extra(a);
    else if (field == u"stocks")
        actual = ArticleSummary::stocks(a);
    else if (field == u"news")
        actual = ArticleSummary::news(a);
    else if (field == u"variants")
        actual = ArticleSummary::variants(a);
    else if (field == u"mentions")
        actual = a.mentions.join(u' ');
    else if (field == u"body")
        actual = a.body;
    QCOMPARE(actual, expected);
}

void ArticleParserTest::fallbacks_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("sourceUrl");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("variants");

    QTest::newRow("no url: key, locale and url from the source URL")
        << u"---\ntitle: t\n---\nx"_qs << u"https://longbridge.com/zh-CN/news/55.md"_qs << u"55"_qs << u"zh-CN"_qs
        << u"https://longbridge.com/zh-CN/news/55.md"_qs << u"zh-CN https://longbridge.com/zh-CN/news/55.md"_qs;
    QTest::newRow("relative url resolves against the source URL")
        << u"---\nurl: /en/news/56.md\n---\nx"_qs << u"https://longbridge.com/zh-CN/news/56.md"_qs << u"56"_qs
        << u"en"_qs << u"https://longbridge.com/en/news/56.md"_qs << u"en https://longbridge.com/en/news/56.md"_qs;
    QTest::newRow("locale from the URL's locale segment")
        << u"---\nurl: https://longbridge.com/zh-HK/news/57.md\n---\n"_qs << QString() << u"57"_qs << u"zh-HK"_qs
        << u"https://longbridge.com/zh-HK/news/57.md"_qs << u"zh-HK https://longbridge.com/zh-HK/news/57.md"_qs;
    QTest::newRow("no locale segment: English page, locale unknown")
        << u"---\nurl: https://longbridge.com/news/58.md\n---\n"_qs << QString() << u"58"_qs << QString()
        << u"https://longbridge.com/news/58.md"_qs << QString();
    QTest::newRow("locales list lacks the article's own locale: added")
        << u"---\nlocale: zh-CN\nurl: https://longbridge.com/zh-CN/news/59.md\nlocales:\n  - [en](https://longbridge.com/en/news/59.md)\n---\n"_qs
        << QString() << u"59"_qs << u"zh-CN"_qs << u"https://longbridge.com/zh-CN/news/59.md"_qs
        << u"en https://longbridge.com/en/news/59.md; zh-CN https://longbridge.com/zh-CN/news/59.md"_qs;
    QTest::newRow("locales as an indented mapping, duplicate locale dropped")
        << u"---\nlocale: en\nurl: https://x.test/en/a.md\nlocales:\n  en: https://x.test/en/a.md\n  zh_CN: https://x.test/zh-CN/a.md\n  zh-cn: https://x.test/dup.md\n---\n"_qs
        << QString() << u"x.test/a"_qs << u"en"_qs << u"https://x.test/en/a.md"_qs
        << u"en https://x.test/en/a.md; zh-CN https://x.test/zh-CN/a.md"_qs;
    QTest::newRow("identity: a fetched document cannot claim another site's address")
        << u"---\nlocale: zh-CN\nurl: https://longbridge.com/zh-CN/news/277209673.md\n---\nx"_qs
        << u"http://127.0.0.1:8080/zh-CN/news/290000779.md"_qs << u"127.0.0.1:8080/news/290000779"_qs << u"zh-CN"_qs
        << u"http://127.0.0.1:8080/zh-CN/news/290000779.md"_qs
        << u"zh-CN http://127.0.0.1:8080/zh-CN/news/290000779.md"_qs;
    QTest::newRow("identity: language versions on another site are dropped")
        << u"---\nlocale: en\nurl: https://longbridge.com/en/news/60.md\nlocales:\n  - [zh-CN](http://127.0.0.1/zh-CN/news/60.md)\n---\n"_qs
        << QString() << u"60"_qs << u"en"_qs << u"https://longbridge.com/en/news/60.md"_qs
        << u"en https://longbridge.com/en/news/60.md"_qs;
    QTest::newRow("no URL anywhere: key from the text")
        << u"# Heading\n\ntext"_qs << QString() << u"text:"_qs << QString() << QString() << QString();
}

void ArticleParserTest::fallbacks()
{
    QFETCH(QString, document);
    QFETCH(QString, sourceUrl);
    QFETCH(QString, key);
    QFETCH(QString, locale);
    QFETCH(QString, url);
    QFETCH(QString, variants);
    const Article a = parseArticle(document, ParseOptions{QString(), QUrl(sourceUrl), {}, {}});
    if (key.endsWith(u':')) {
        QVERIFY2(a.key.startsWith(key) && a.key.size() > key.size(), qPrintable(a.key));
        // The same text gets the same key: a re-import finds the article.
        QCOMPARE(parseArticle(document).key, a.key);
        QVERIFY(parseArticle(QString(document + u"!")).key != a.key);
    } else {
        QCOMPARE(a.key, key);
    }
    QCOMPARE(a.locale, locale);
    QCOMPARE(a.url.toString(), url);
    QCOMPARE(ArticleSummary::variants(a), variants);
}

void ArticleParserTest::warnings_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("warning");

    QTest::newRow("robustness: invalid UTF-8 replaced")
        << QByteArray("---\ntitle: \"caf\xE9 \xFF\"\n---\nbody") << u"caf\uFFFD \uFFFD"_qs << u"not valid UTF-8"_qs;
    QTest::newRow("robustness: a bad line costs only that line")
        << QByteArray("---\ntitle: Kept\n!!! what is this\nlocale: en\n---\nbody") << u"Kept"_qs << u"line 3"_qs;
    QTest::newRow("robustness: missing closing fence leaves a body")
        << QByteArray("---\ntitle: never closed\n\n# Real heading\n\ntext") << u"Real heading"_qs
        << u"no closing fence"_qs;
    QTest::newRow("robustness: unreadable date")
        << QByteArray("---\ntitle: t\ndatetime: soon\n---\n") << u"t"_qs << u"not a date"_qs;
    QTest::newRow("robustness: javascript url ignored")
        << QByteArray("---\ntitle: t\nurl: javascript:alert(1)\n---\n") << u"t"_qs << u"not a web address"_qs;
    QTest::newRow("robustness: related stock without ticker")
        << QByteArray("---\ntitle: t\n---\n### Related Stocks\n\n- [Some company](https://x.test/about)\n") << u"t"_qs
        << u"names no ticker"_qs;
    QTest::newRow("robustness: locales item without URL")
        << QByteArray("---\ntitle: t\nlocales:\n  - just text\n---\n") << u"t"_qs << u"locales"_qs;
    QTest::newRow("robustness: empty document") << QByteArray() << QString() << u"no title"_qs;
}

void ArticleParserTest::warnings()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, title);
    QFETCH(QString, warning);
    const Article a = parseArticle(document);
    QCOMPARE(a.title, title);
    QVERIFY2(a.warnings.join(u'\n').contains(warning), qPrintable(a.warnings.join(u'\n')));
    QVERIFY(!a.key.isEmpty());
}

void ArticleParserTest::sourceIsTheOriginalText()
{
    const QByteArray bytes = testData(u"format/news-zh-CN.md"_qs);
    QCOMPARE(parseArticle(bytes).source, QString::fromUtf8(bytes));
    QCOMPARE(parseArticle(QByteArray("\xEF\xBB\xBF" + bytes)).source, QString::fromUtf8(bytes));
}

void ArticleParserTest::relatedHeadings_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<int>("stocks");
    QTest::addColumn<int>("news");

    QTest::newRow("### Related Stocks") << u"### Related Stocks"_qs << 1 << 0;
    QTest::newRow("## Related Stocks with trailing colon and closing #s") << u"## Related Stocks: ##"_qs << 1 << 0;
    QTest::newRow("### 相关股票") << u"### 相关股票"_qs << 1 << 0;
    QTest::newRow("### 相關股票") << u"### 相關股票"_qs << 1 << 0;
    QTest::newRow("## Related News & Research") << u"## Related News & Research"_qs << 0 << 1;
    QTest::newRow("### related news, lower case") << u"### related news"_qs << 0 << 1;
    QTest::newRow("## 相关新闻") << u"## 相关新闻"_qs << 0 << 1;
    QTest::newRow("## 相關新聞") << u"## 相關新聞"_qs << 0 << 1;
    QTest::newRow("not a Related heading: Related Newsletters") << u"## Related Newsletters"_qs << 0 << 0;
    QTest::newRow("not a Related heading: level 1") << u"# Related Stocks"_qs << 0 << 0;
    QTest::newRow("not a Related heading: bold paragraph") << u"**Related Stocks**"_qs << 0 << 0;
}

void ArticleParserTest::relatedHeadings()
{
    QFETCH(QString, heading);
    QFETCH(int, stocks);
    QFETCH(int, news);
    const QString document = u"---\ntitle: t\n---\n\nText.\n\n"_qs + heading
        + u"\n\n- [A Corp (A.US)](https://longbridge.com/en/quote/A.US.md)\n"_qs;
    const Article a = parseArticle(document);
    QCOMPARE(a.relatedStocks.size(), stocks);
    QCOMPARE(a.relatedNews.size(), news);
    // A heading that is not a Related section stays in the body with its list.
    QCOMPARE(a.body.contains(u"- [A Corp"), stocks + news == 0);
}

QTEST_APPLESS_MAIN(ArticleParserTest)
#include "tst_articleparser.moc"
