// The page around the body (PageBuilder) and what a reader of it would notice: the header from the
// model, local time, variants with native names, ticker chips, related news, the CSP, escaping,
// and hostile.md coming out inert but readable through the full PageRenderer.

#include "core/articleparser.h"
#include "render/pagebuilder.h"
#include "render/pagerenderer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Newsdesk;

namespace {

Core::Article load(const QString &name)
{
    QFile file(QStringLiteral(NEWSDESK_TEST_DATA_DIR "/format/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return Core::parseArticle(file.readAll());
}

Render::PageOptions pageOptions(Render::PageTheme theme, const QTimeZone &zone = QTimeZone::systemTimeZone())
{
    Render::PageOptions options;
    options.theme = theme;
    options.timeZone = zone;
    return options;
}

Render::PageRenderer::Options rendererOptions()
{
    Render::PageRenderer::Options options;
    options.markdownWorker.program = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk-render-worker");
    options.highlighter.program = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk-highlighter");
    return options;
}

} // namespace

class TestPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerFromTheModel();
    void publishTimeInTheViewersZone_data();
    void publishTimeInTheViewersZone();
    void relatedSectionsAreInAppLinks();
    void storedRelatedNewsIsMarked();
    void strictPolicyAndTheme();
    void modelTextIsEscaped();
    void hostileArticleIsInertButReadable();
    void missingHighlighterStillShowsCode();
};

void TestPage::headerFromTheModel()
{
    const Core::Article article = load(u"news-en.md"_qs);
    const QString html
        = Render::PageBuilder(pageOptions(Render::PageTheme::Light, QTimeZone::utc())).articlePage(article, {});
    QVERIFY(html.contains(u"<h1 class=\"article-title\">Harborline Semiconductor posts record quarter as data-center "
                          "orders double</h1>"_qs));
    QVERIFY(html.contains(u"<span class=\"article-source\">longbridge.com</span>"_qs));
    // Variants: native names, the current one not a link, the others in-app links to their pages.
    QVERIFY(html.contains(u"<span class=\"locale current\" lang=\"en\" aria-current=\"page\">English</span>"_qs));
    QVERIFY2(
        html.contains(
            u"<a class=\"locale\" lang=\"zh-CN\" href=\"newsdesk://article/281000001?locale=zh-CN\">简体中文</a>"_qs),
        qPrintable(html));
    QVERIFY(html.contains(
        u"<a class=\"locale\" lang=\"zh-HK\" href=\"newsdesk://article/281000001?locale=zh-HK\">繁體中文</a>"_qs));
    QVERIFY(html.indexOf(u">English<"_qs) < html.indexOf(u">简体中文<"_qs)); // a fixed order
    // Tickers: related stocks, then mentions, once each by key.
    QVERIFY(html.contains(u"<a class=\"ticker\" href=\"newsdesk://ticker/HBLN.US\">HBLN.US</a>"_qs));
    QCOMPARE(html.count(u"class=\"ticker\" href=\"newsdesk://ticker/2382.HK\""_qs), 1);
    QVERIFY(html.indexOf(u"<header"_qs) < html.indexOf(u"<div class=\"article-body\">"_qs));
}

void TestPage::publishTimeInTheViewersZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("shown");
    QTest::newRow("nominal: UTC") << QByteArray("UTC") << u"2026-03-12 08:30 UTC"_qs;
    QTest::newRow("nominal: Hong Kong") << QByteArray("Asia/Hong_Kong") << u"2026-03-12 16:30 UTC+08:00"_qs;
    QTest::newRow("nominal: New York, daylight saving")
        << QByteArray("America/New_York") << u"2026-03-12 04:30 UTC-04:00"_qs;
}

void TestPage::publishTimeInTheViewersZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, shown);
    const Core::Article article = load(u"news-en.md"_qs);
    const QString html
        = Render::PageBuilder(pageOptions(Render::PageTheme::Light, QTimeZone(zone))).articlePage(article, {});
    QVERIFY2(html.contains(u"<time datetime=\"2026-03-12T08:30:00Z\">"_qs + shown + u"</time>"_qs), qPrintable(html));
}

void TestPage::relatedSectionsAreInAppLinks()
{
    const Core::Article article = load(u"news-zh-CN.md"_qs);
    const QString html = Render::PageBuilder().articlePage(article, {});
    const qsizetype stocks = html.indexOf(u"<section class=\"related-stocks\">"_qs);
    const qsizetype news = html.indexOf(u"<section class=\"related-news\">"_qs);
    QVERIFY(stocks > html.indexOf(u"<div class=\"article-body\">"_qs));
    QVERIFY(news > stocks);
    for (const Core::RelatedStock &stock : article.relatedStocks) {
        QVERIFY2(html.contains(u"<a class=\"stock-chip\" href=\"newsdesk://ticker/"_qs + stock.ticker
                     + u"\"><span class=\"chip-name\">"_qs + stock.name.toHtmlEscaped()
                     + u"</span> <span class=\"chip-ticker\">"_qs + stock.ticker + u"</span></a>"_qs),
            qPrintable(stock.ticker));
    }
    QVERIFY(!article.relatedNews.isEmpty());
    for (const Core::RelatedNews &item : article.relatedNews) {
        QVERIFY(html.contains(u"<a class=\"link-news\" href=\"newsdesk://news/"_qs + item.id + u"\">"_qs
            + item.title.toHtmlEscaped() + u"</a>"_qs));
    }
    QVERIFY(!html.mid(stocks).contains(u"https://"_qs)); // nothing there leaves the app
}

void TestPage::storedRelatedNewsIsMarked()
{
    const Core::Article article = load(u"news-en.md"_qs);
    QVERIFY(article.relatedNews.size() >= 2);
    Render::PageOptions options;
    options.storedNews.insert(article.relatedNews.at(1).url.toString(QUrl::FullyEncoded));
    const QString html = Render::PageBuilder(options).articlePage(article, {});
    const QString section = html.mid(html.indexOf(u"<section class=\"related-news\">"_qs));
    // The second item carries the mark, the first does not; one mark in all.
    QCOMPARE(section.count(u"class=\"stored\""_qs), 1);
    const QStringList items = section.split(u"<li"_qs);
    QVERIFY(!items.at(1).contains(u"class=\"stored\""_qs));
    QVERIFY2(items.at(2).startsWith(u" class=\"is-stored\">"_qs) && items.at(2).contains(u">Stored</span>"_qs),
        qPrintable(items.at(2)));
    // Without the reader's knowledge (the CLI's render), no item is marked.
    QVERIFY(!Render::PageBuilder().articlePage(article, {}).contains(u"class=\"stored\""_qs));
}

void TestPage::strictPolicyAndTheme()
{
    const Core::Article article = load(u"news-en.md"_qs);
    const QString light = Render::PageBuilder(pageOptions(Render::PageTheme::Light)).articlePage(article, {});
    const QString dark = Render::PageBuilder(pageOptions(Render::PageTheme::Dark)).articlePage(article, {});
    const QString csp
        = u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src newsdesk:; "
          "style-src newsdesk:; font-src newsdesk:; base-uri 'none'; form-action 'none'\">"_qs;
    QVERIFY(light.contains(csp));
    QVERIFY(light.indexOf(csp) < light.indexOf(u"<link rel=\"stylesheet\""_qs)); // before anything loads
    QVERIFY(!light.contains(u"script-src"_qs));
    QVERIFY(light.contains(u"<html lang=\"en\" class=\"theme-light\">"_qs));
    QVERIFY(dark.contains(u"<html lang=\"en\" class=\"theme-dark\">"_qs));
    QVERIFY(light.contains(u"<link rel=\"stylesheet\" href=\"newsdesk://resource/page.css\">"_qs));
    QVERIFY(light.contains(u"<link rel=\"stylesheet\" href=\"newsdesk://resource/code.css\">"_qs));
    QVERIFY(!light.contains(u"style="_qs));
}

void TestPage::modelTextIsEscaped()
{
    Core::Article article;
    article.key = u"k\"<>"_qs;
    article.locale = u"en\"><script>"_qs;
    article.title = u"A <script>alert(1)</script> & \"quote\""_qs;
    article.url = QUrl(u"https://ex<ample.com/x"_qs);
    article.relatedStocks.append(
        Core::RelatedStock{u"A\"B.US"_qs, u"A\"B.US"_qs, u"<img src=x onerror=alert(1)>"_qs, {}});
    article.relatedNews.append(Core::RelatedNews{u"12"_qs, u"<b>bold</b>"_qs, {}});
    article.relatedNews.append(Core::RelatedNews{{}, u"x"_qs, QUrl(u"javascript:alert(1)"_qs)});
    const QString html = Render::PageBuilder().articlePage(article, {});
    QVERIFY(html.contains(u"A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quote&quot;"_qs));
    QVERIFY(html.contains(u"&lt;img src=x onerror=alert(1)&gt;"_qs));
    QVERIFY(html.contains(u"&lt;b&gt;bold&lt;/b&gt;"_qs));
    QVERIFY(html.contains(u"<a class=\"link-inert\">x</a>"_qs));
    static const QRegularExpression active(u"<(script|img|b)[ >]"_qs);
    QVERIFY2(!active.match(html).hasMatch(), qPrintable(html));
    QVERIFY(!html.contains(u"javascript:"_qs));
    QVERIFY(!html.contains(u"lang=\"en\"><script>"_qs));
}

void TestPage::hostileArticleIsInertButReadable()
{
    const Core::Article article = load(u"hostile.md"_qs);
    Render::PageRenderer renderer(rendererOptions());
    const QString html = renderer.articlePage(article);
    // Nothing active survives: no element that runs, frames, styles or handles events.
    static const QRegularExpression activeTag(
        u"<\\s*(script|iframe|style|object|embed|form|svg|base)\\b"_qs, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handler(u"<[^>]*\\son\\w+\\s*="_qs, QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!activeTag.match(html).hasMatch(), qPrintable(html));
    QVERIFY2(!handler.match(html).hasMatch(), qPrintable(html));
    QVERIFY(!html.contains(u"javascript:"_qs));
    QVERIFY(!html.contains(u"data:text/html"_qs));
    QVERIFY(!html.contains(u"style="_qs));
    // The dangerous links are plain text now, the tracker goes through the app (and so nowhere by default).
    QVERIFY(html.contains(u"<a class=\"link-inert\">click me</a>"_qs));
    QVERIFY(html.contains(u"<a class=\"link-inert\">data</a>"_qs));
    QVERIFY2(
        html.contains(
            u"<img src=\"newsdesk://image/?src=https%3A%2F%2Ftracker.example.test%2Fpixel.gif\" alt=\"tracker\""_qs),
        qPrintable(html));
    QVERIFY(!html.contains(u"src=\"https://tracker"_qs));
    QVERIFY(!html.contains(u"example.test/tracker"_qs));
    // The title is shown as text, the page is a normal page.
    QVERIFY(html.contains(u"<title>Quarterly update &lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;</title>"_qs)
        || html.contains(u"<title>Quarterly update &lt;script&gt;alert('title')&lt;/script&gt;</title>"_qs));
    QVERIFY(!html.contains(u"render-notice"_qs));
}

void TestPage::missingHighlighterStillShowsCode()
{
    Render::PageRenderer::Options options = rendererOptions();
    options.highlighter.program = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/no-such-highlighter");
    Render::PageRenderer renderer(options);
    const Core::Article article = load(u"news-en.md"_qs);
    const QString html = renderer.articlePage(article);
    QVERIFY2(html.contains(u"<pre class=\"code\" data-lang=\"python\"><code>def perf_per_watt(tflops: float, watts: "
                           "float) -&gt; float:\n    return tflops / watts  # higher is better\n</code></pre>"_qs),
        qPrintable(html));
    QVERIFY(!html.contains(u"hl-"_qs));
    QVERIFY(renderer.resource(u"code.css"_qs)); // empty, but served: the page does not fail
    QVERIFY(renderer.resource(u"page.css"_qs)->data.contains("max-width: 70ch"));
    QVERIFY(!renderer.resource(u"../page.css"_qs));
}

QTEST_GUILESS_MAIN(TestPage)
#include "tst_page.moc"
