// renderMarkdown(), the in-process markdown → body HTML step: link classification, image
// rewriting, code-block extraction, safe mode. (The worker process runs this same function.)

#include "render/markdown.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Newsdesk;

class TestMarkdown final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void links_data();
    void links();
    void images_data();
    void images();
    void codeBlocks();
    void spliceEscapesUnhighlightedCode();
    void gfmExtensions();
    void footnotes();
    void hostileHtmlIsInert_data();
    void hostileHtmlIsInert();
    void fallbackIsEscaped();
};

void TestMarkdown::links_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");

    const QString base = QStringLiteral("https://longbridge.com/en/news/281000001.md");
    QTest::newRow("nominal: news link with locale and .md")
        << u"[x](https://longbridge.com/en/news/280990412.md)"_qs << QString()
        << u"<a class=\"link-news\" href=\"newsdesk://news/280990412\">x</a>"_qs;
    QTest::newRow("nominal: news link without locale, other host, llms.txt")
        << u"[x](https://longportapp.com/news/12345/llms.txt)"_qs << QString()
        << u"<a class=\"link-news\" href=\"newsdesk://news/12345\">x</a>"_qs;
    QTest::newRow("nominal: relative news link resolved against the article")
        << u"[x](/zh-CN/news/777.md)"_qs << base << u"<a class=\"link-news\" href=\"newsdesk://news/777\">x</a>"_qs;
    QTest::newRow("nominal: quote link becomes the ticker")
        << u"[Harborline (HBLN.US)](https://longbridge.com/en/quote/HBLN.US.md)"_qs << QString()
        << u"<a class=\"link-ticker\" href=\"newsdesk://ticker/HBLN.US\">Harborline (HBLN.US)</a>"_qs;
    QTest::newRow("nominal: external link kept, title escaped")
        << u"[site](https://example.com/a?b=1&c=2 \"say \\\"hi\\\"\")"_qs << QString()
        << u"<a class=\"link-external\" href=\"https://example.com/a?b=1&amp;c=2\" title=\"say &quot;hi&quot;\">site</a>"_qs;
    QTest::newRow("nominal: autolinked www address is external")
        << u"see www.example.com today"_qs << QString()
        << u"<a class=\"link-external\" href=\"http://www.example.com\">www.example.com</a>"_qs;
    QTest::newRow("nominal: mailto kept") << u"<mailto:desk@example.com>"_qs << QString()
                                          << u"<a class=\"link-external\" href=\"mailto:desk@example.com\">"_qs;
    QTest::newRow("robustness: javascript link loses its href")
        << u"[click me](javascript:document.title='pwned')"_qs << QString()
        << u"<a class=\"link-inert\">click me</a>"_qs;
    QTest::newRow("robustness: data link loses its href")
        << u"[data](data:text/html;base64,PHNjcmlwdD4=)"_qs << QString() << u"<a class=\"link-inert\">data</a>"_qs;
    QTest::newRow("robustness: file link loses its href")
        << u"[f](file:///etc/passwd)"_qs << QString() << u"<a class=\"link-inert\">f</a>"_qs;
    QTest::newRow("robustness: relative link without a base loses its href")
        << u"[r](../other.md)"_qs << QString() << u"<a class=\"link-inert\">r</a>"_qs;
    QTest::newRow("robustness: unknown scheme loses its href")
        << u"[c](chrome://settings)"_qs << QString() << u"<a class=\"link-inert\">c</a>"_qs;
    QTest::newRow("nominal: link in a table cell keeps its text")
        << u"| Company | Filing |\n|---|---|\n| Apple | [10-K filing](https://www.sec.gov/x) and **bold** |\n"_qs
        << QString()
        << u"<td><a class=\"link-external\" href=\"https://www.sec.gov/x\">10-K filing</a> and <strong>bold</strong></td>"_qs;
    QTest::newRow("nominal: autolink in a table cell keeps its text")
        << u"| a |\n|---|\n| see www.sec.gov now |\n"_qs << QString()
        << u"<td>see <a class=\"link-external\" href=\"http://www.sec.gov\">www.sec.gov</a> now</td>"_qs;
    QTest::newRow("nominal: news link in a table cell goes in-app")
        << u"| a |\n|---|\n| [x](https://longbridge.com/en/news/5.md) |\n"_qs << QString()
        << u"<td><a class=\"link-news\" href=\"newsdesk://news/5\">x</a></td>"_qs;
    QTest::newRow("nominal: a place in the page stays in the page")
        << u"[notes](#notes)"_qs << base << u"<a class=\"link-anchor\" href=\"#notes\">notes</a>"_qs;
    QTest::newRow("robustness: a link that looks like the placeholder is still the author's")
        << u"[n](newsdesk-link:0) [m](https://example.com/m)"_qs << QString()
        << u"<a class=\"link-inert\">n</a> <a class=\"link-external\" href=\"https://example.com/m\">m</a>"_qs;
    QTest::newRow("robustness: emphasis inside a link survives")
        << u"[**bold** news](https://longbridge.com/news/5)"_qs << QString()
        << u"<a class=\"link-news\" href=\"newsdesk://news/5\"><strong>bold</strong> news</a>"_qs;
}

void TestMarkdown::links()
{
    QFETCH(QString, markdown);
    QFETCH(QString, base);
    QFETCH(QString, expected);
    const Render::RenderedBody body = Render::renderMarkdown(markdown, QUrl(base));
    QVERIFY2(body.html.contains(expected), qPrintable(body.html));
}

void TestMarkdown::images_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expectedSource");

    QTest::newRow("nominal: remote image goes through the app")
        << u"![chart](https://img.example.com/chart.png)"_qs << QString() << u"https://img.example.com/chart.png"_qs;
    QTest::newRow("nominal: relative image resolved against the article")
        << u"![c](/img/c.png)"_qs << u"https://longbridge.com/en/news/1.md"_qs
        << u"https://longbridge.com/img/c.png"_qs;
    QTest::newRow("robustness: tracking pixel goes through the app")
        << u"![tracker](https://tracker.example.test/pixel.gif)"_qs << QString()
        << u"https://tracker.example.test/pixel.gif"_qs;
}

void TestMarkdown::images()
{
    QFETCH(QString, markdown);
    QFETCH(QString, base);
    QFETCH(QString, expectedSource);
    const Render::RenderedBody body = Render::renderMarkdown(markdown, QUrl(base));
    static const QRegularExpression src(u"<img src=\"([^\"]*)\""_qs);
    const QRegularExpressionMatch match = src.match(body.html);
    QVERIFY2(match.hasMatch(), qPrintable(body.html));
    const QUrl url(match.captured(1).replace(u"&amp;"_qs, u"&"_qs));
    QCOMPARE(url.scheme(), u"newsdesk"_qs);
    QCOMPARE(url.host(), u"image"_qs);
    QCOMPARE(QUrl(QUrlQuery(url).queryItemValue(u"src"_qs, QUrl::FullyDecoded)), QUrl(expectedSource));
    QVERIFY(!body.html.contains(expectedSource)); // never the remote URL itself as a source
}

void TestMarkdown::codeBlocks()
{
    const QString markdown = u"Text\n\n```python title=\"x\"\nprint('<hi>')\n```\n\n    indented\n\n"
                             "```{.c++}\nint a;\n```\n\n- item\n\n  ```sh\n  ls\n  ```\n"_qs;
    const Render::RenderedBody body = Render::renderMarkdown(markdown);
    QCOMPARE(body.codeBlocks.size(), 4);
    QCOMPARE(body.codeBlocks.at(0), (Render::CodeBlock{u"python"_qs, u"print('<hi>')\n"_qs}));
    QCOMPARE(body.codeBlocks.at(1), (Render::CodeBlock{QString(), u"indented\n"_qs}));
    QCOMPARE(body.codeBlocks.at(2), (Render::CodeBlock{u"c++"_qs, u"int a;\n"_qs}));
    QCOMPARE(body.codeBlocks.at(3), (Render::CodeBlock{u"sh"_qs, u"ls\n"_qs}));
    for (int i = 0; i < 4; ++i)
        QVERIFY2(body.html.contains(Render::codeBlockPlaceholder(i)), qPrintable(body.html));
    QVERIFY(!body.html.contains(u"print("_qs)); // the code itself is only in codeBlocks
}

void TestMarkdown::spliceEscapesUnhighlightedCode()
{
    const Render::RenderedBody body = Render::renderMarkdown(u"```js\nif (a < b && c) {}\n```\n\n```\nplain\n```\n"_qs);
    // Highlighter down: the code is escaped, in the code block's frame, with its language.
    const QString fallback = Render::spliceCodeBlocks(body);
    QVERIFY2(fallback.contains(
                 u"<pre class=\"code\" data-lang=\"js\"><code>if (a &lt; b &amp;&amp; c) {}\n</code></pre>"_qs),
        qPrintable(fallback));
    QVERIFY(fallback.contains(u"<pre class=\"code\"><code>plain\n</code></pre>"_qs));
    QVERIFY(!fallback.contains(u"<!--newsdesk-code"_qs));
    // Highlighted: the helper's HTML goes in as it is.
    const QString highlighted = Render::spliceCodeBlocks(body, {u"<span class=\"hl-keyword\">if</span>"_qs, u"x"_qs});
    QVERIFY(highlighted.contains(u"<code><span class=\"hl-keyword\">if</span></code>"_qs));
}

void TestMarkdown::gfmExtensions()
{
    const QString markdown
        = u"| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~gone~~ and - [x] not a task\n\n- [x] done\n- [ ] todo\n"_qs;
    const QString html = Render::renderMarkdown(markdown).html;
    QVERIFY2(html.contains(u"<div class=\"table-scroll\">\n<table>"_qs), qPrintable(html));
    QVERIFY(html.contains(u"</table>\n</div>"_qs));
    QVERIFY(html.contains(u"<td align=\"right\">2</td>"_qs)); // an attribute, not a style the CSP would block
    QVERIFY(html.contains(u"<del>gone</del>"_qs));
    QVERIFY(html.contains(u"<input type=\"checkbox\" checked=\"\" disabled=\"\" />"_qs));
    QVERIFY(!html.contains(u"style="_qs));
}

void TestMarkdown::footnotes()
{
    // As the GFM spec's extension shows them: a numbered reference and a back-reference, both in the page.
    const QString html = Render::renderMarkdown(u"Revenue rose.[^1]\n\n[^1]: Per the 10-K.\n"_qs).html;
    QVERIFY2(
        html.contains(u"<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a></sup>"_qs),
        qPrintable(html));
    QVERIFY2(html.contains(u"<section class=\"footnotes\" data-footnotes>"_qs), qPrintable(html));
    QVERIFY2(html.contains(u"<li id=\"fn-1\">"_qs), qPrintable(html));
    QVERIFY2(html.contains(u"href=\"#fnref-1\""_qs), qPrintable(html));
    QVERIFY(html.contains(u"Per the 10-K."_qs));
}

void TestMarkdown::hostileHtmlIsInert_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("readable");

    QTest::newRow("robustness: script block")
        << u"before\n\n<script>document.title = 'pwned'</script>\n\nafter"_qs << u"after"_qs;
    QTest::newRow("robustness: inline event handler")
        << u"x <img src=\"x\" onerror=\"document.title='pwned'\"> y"_qs << u"y"_qs;
    QTest::newRow("robustness: iframe") << u"<iframe src=\"https://example.test/tracker\"></iframe>\n\ntext"_qs
                                        << u"text"_qs;
    QTest::newRow("robustness: style block") << u"<style>body { display: none }</style>\n\nvisible"_qs << u"visible"_qs;
    QTest::newRow("robustness: svg with script")
        << u"<svg onload=alert(1)><script>1</script></svg> tail"_qs << u"tail"_qs;
    QTest::newRow("robustness: inline html around text") << u"a <b onclick=\"x()\">bold</b> c"_qs << u"bold"_qs;
    QTest::newRow("robustness: link with quote-breaking url")
        << u"[t](https://e.com/\"onmouseover=\"alert(1))"_qs << u"t"_qs;
}

void TestMarkdown::hostileHtmlIsInert()
{
    QFETCH(QString, markdown);
    QFETCH(QString, readable);
    const QString html = Render::renderMarkdown(markdown).html;
    static const QRegularExpression activeTag(u"<\\s*(script|iframe|style|svg|object|embed|link|meta|form|b)\\b"_qs,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handler(u"<[^>]*\\son\\w+\\s*="_qs, QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!activeTag.match(html).hasMatch(), qPrintable(html));
    QVERIFY2(!handler.match(html).hasMatch(), qPrintable(html));
    QVERIFY2(html.contains(readable), qPrintable(html));
}

void TestMarkdown::fallbackIsEscaped()
{
    const QString html = Render::plainTextFallback(u"<script>x</script> & **md**"_qs, u"Too slow <b>"_qs);
    QCOMPARE(html,
        u"<p class=\"render-notice\">Too slow &lt;b&gt;</p>\n<pre class=\"fallback\">&lt;script&gt;x&lt;/script&gt; "
        "&amp; **md**</pre>\n"_qs);
}

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
