#include "articlesummary.h"
#include "core/articleparser.h"
#include "core/collapsed.h"
#include "testdata.h"

#include <QTest>

using namespace Newsdesk::Core;

namespace {

QString describeFields(const FrontMatter &fm)
{
    QStringList out;
    for (const auto &[key, value] : fm.fields) {
        if (value.typeId() == QMetaType::QStringList)
            out.append(key + u"=[" + value.toStringList().join(u'|') + u']');
        else
            out.append(key + u'=' + value.toString());
    }
    return out.join(u'\n');
}

} // namespace

class CollapsedTest final : public QObject
{
    Q_OBJECT

private slots:
    void sampleReadsLikeTheOriginal_data();
    void sampleReadsLikeTheOriginal();
    void frontMatter_data();
    void frontMatter();
    void body_data();
    void body();
    void notCollapsed_data();
    void notCollapsed();
    void ownCollapsedDocument();
};

void CollapsedTest::sampleReadsLikeTheOriginal_data()
{
    QTest::addColumn<QString>("collapsed");
    QTest::addColumn<QString>("original");
    QTest::newRow("sample: news-en-collapsed vs news-en")
        << u"format/news-en-collapsed.md"_qs << u"format/news-en.md"_qs;
    QTest::newRow("own: news-zh-HK-collapsed vs news-zh-HK")
        << u"core/news-zh-HK-collapsed.md"_qs << u"format/news-zh-HK.md"_qs;
}

void CollapsedTest::sampleReadsLikeTheOriginal()
{
    QFETCH(QString, collapsed);
    QFETCH(QString, original);
    const Article c = parseArticle(testData(collapsed));
    const Article o = parseArticle(testData(original));
    QCOMPARE(c.title, o.title);
    QCOMPARE(c.type, o.type);
    QCOMPARE(c.locale, o.locale);
    QCOMPARE(c.url, o.url);
    QCOMPARE(c.key, o.key);
    QCOMPARE(c.published, o.published);
    QCOMPARE(c.variants, o.variants);
    QCOMPARE(c.relatedStocks, o.relatedStocks);
    QCOMPARE(c.relatedNews, o.relatedNews);
    QCOMPARE(c.extra, o.extra);
    QVERIFY(!c.relatedStocks.isEmpty());
    QVERIFY(!c.relatedNews.isEmpty());
    QVERIFY2(c.warnings.join(u'\n').contains(u"collapsed"), qPrintable(c.warnings.join(u'\n')));
    // The title H1, the language line and the Related sections are gone from the body.
    QVERIFY2(!c.body.contains(u"Supported Languages") && !c.body.startsWith(u'#') && !c.body.contains(u"- ["),
        qPrintable(c.body));
    QVERIFY2(!c.body.contains(c.title), qPrintable(c.body));
}

void CollapsedTest::frontMatter_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("fields");

    QTest::newRow("quoted values, list of links")
        << u"--- title: \"T\" locale: \"en\" locales: - [zh-CN](https://x.test/zh-CN/1.md) - [en](https://x.test/en/1.md) --- body"_qs
        << u"title=T\nlocale=en\nlocales=[[zh-CN](https://x.test/zh-CN/1.md)|[en](https://x.test/en/1.md)]"_qs;
    QTest::newRow("\" --- \" inside a quoted string does not close")
        << u"--- title: \"before --- after\" type: 'it''s --- fine' --- body"_qs
        << u"title=before --- after\ntype=it's --- fine"_qs;
    QTest::newRow("escapes inside quotes")
        << u"--- title: \"say \\\"hi\\\" \\u00e9\" --- body"_qs << u"title=say \"hi\" é"_qs;
    QTest::newRow("plain values end at the next key")
        << u"--- title: Breaking news today type: News url: https://x.test/a.md --- body"_qs
        << u"title=Breaking news today\ntype=News\nurl=https://x.test/a.md"_qs;
    QTest::newRow("flow list") << u"--- tickers: [AMZN.US, TSLA.US] title: t --- body"_qs
                               << u"tickers=[AMZN.US|TSLA.US]\ntitle=t"_qs;
    QTest::newRow("plain list items") << u"--- tags: - one - two title: t --- body"_qs << u"tags=[one|two]\ntitle=t"_qs;
    QTest::newRow("empty value before the fence") << u"--- title: t summary: --- body"_qs << u"title=t\nsummary="_qs;
    QTest::newRow("closes at end of text") << u"--- title: t ---"_qs << u"title=t"_qs;
}

void CollapsedTest::frontMatter()
{
    QFETCH(QString, document);
    QFETCH(QString, fields);
    const auto doc = recoverCollapsedDocument(document);
    QVERIFY(doc.has_value());
    QCOMPARE(int(doc->frontMatter.syntax), int(FrontMatter::Syntax::Collapsed));
    QCOMPARE(describeFields(doc->frontMatter), fields);
}

void CollapsedTest::body_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("body");

    QTest::newRow("H1 ends where the title ends")
        << u"--- title: \"Rates: what the --- Fed said\" --- # Rates: what the --- Fed said The committee held rates."_qs
        << u"# Rates: what the --- Fed said\n\nThe committee held rates.\n"_qs;
    QTest::newRow("bold sub-heading after a sentence; inline bold stays")
        << u"--- title: t --- Officials said **very little** about cuts. **What changed** The statement dropped a phrase."_qs
        << u"Officials said **very little** about cuts.\n\n**What changed**\n\nThe statement dropped a phrase.\n"_qs;
    QTest::newRow("bold after a sentence but followed by lower case stays inline")
        << u"--- title: t --- Revenue rose. **Net income** fell too."_qs
        << u"Revenue rose. **Net income** fell too.\n"_qs;
    QTest::newRow("no paragraph breaks invented between sentences")
        << u"--- title: t --- One. Two. Three."_qs << u"One. Two. Three.\n"_qs;
    QTest::newRow("language line")
        << u"--- title: t --- > Supported Languages: [简体中文](https://x.test/zh-CN/1.md) | [繁體中文](https://x.test/zh-HK/1.md) Text."_qs
        << u"> Supported Languages: [简体中文](https://x.test/zh-CN/1.md) | [繁體中文](https://x.test/zh-HK/1.md)\n\nText.\n"_qs;
    QTest::newRow("Related sections: items on their own lines, trailing text a paragraph")
        << u"--- title: t --- Body. ### Related Stocks - [A Corp (A.US)](https://x.test/quote/A.US.md) - [B (B.US)](https://x.test/quote/B.US.md) ## Related News & Research - [N](https://x.test/news/1.md) Source: desk."_qs
        << u"Body.\n\n### Related Stocks\n\n- [A Corp (A.US)](https://x.test/quote/A.US.md)\n- [B "
           u"(B.US)](https://x.test/quote/B.US.md)\n\n"
           u"## Related News & Research\n\n- [N](https://x.test/news/1.md)\n\nSource: desk.\n"_qs;
    QTest::newRow("dash-link outside a Related section stays text")
        << u"--- title: t --- See - [this](https://x.test/a) for more."_qs
        << u"See - [this](https://x.test/a) for more.\n"_qs;
    QTest::newRow("sentence-case heading ends before the sentence")
        << u"--- title: t --- ## Why it matters Markets had priced a cut."_qs
        << u"## Why it matters\n\nMarkets had priced a cut.\n"_qs;
    QTest::newRow("heading ends before the next heading")
        << u"--- title: t --- ## Outlook ### Details Text"_qs << u"## Outlook\n\n### Details Text\n"_qs;
    QTest::newRow("# inside a word is not a heading")
        << u"--- title: t --- C# and F# # not"_qs << u"C# and F#\n\n# not\n"_qs;
    QTest::newRow("body that kept its line breaks is left alone")
        << u"--- title: t --- First line\n\nSecond ## not a heading"_qs << u"First line\n\nSecond ## not a heading"_qs;
}

void CollapsedTest::body()
{
    QFETCH(QString, document);
    QFETCH(QString, body);
    const auto doc = recoverCollapsedDocument(document);
    QVERIFY(doc.has_value());
    QCOMPARE(doc->body, body);
}

void CollapsedTest::notCollapsed_data()
{
    QTest::addColumn<QString>("document");
    QTest::newRow("ordinary front matter") << u"---\ntitle: t\n---\nbody"_qs;
    QTest::newRow("a dash line that is no key") << u"--- not a key here --- x"_qs;
    QTest::newRow("four dashes") << u"---- title: t --- x"_qs;
    QTest::newRow("never closed: it is all body") << u"--- title: \"t\" and no closing fence"_qs;
    QTest::newRow("empty") << QString();
}

void CollapsedTest::notCollapsed()
{
    QFETCH(QString, document);
    QVERIFY(!recoverCollapsedDocument(document).has_value());
}

void CollapsedTest::ownCollapsedDocument()
{
    // Tricky values and a body with inline bold, a generic heading and trailing text.
    const Article a = parseArticle(testData(u"core/collapsed-tricky.md"_qs));
    QCOMPARE(a.title, u"Rates: what the --- Fed said"_qs);
    QCOMPARE(a.summary, u"It's a \"hold\" -- for now"_qs);
    QCOMPARE(a.type, u"News"_qs);
    QCOMPARE(a.key, u"example.com/posts/fed-hold"_qs);
    QCOMPARE(ArticleSummary::extra(a), u"tags=[rates|fed]"_qs);
    QCOMPARE(ArticleSummary::stocks(a),
        u"SPY.US|SPY.US|SPDR S&P 500 ETF Trust|https://longbridge.com/en/quote/SPY.US.md"_qs);
    QCOMPARE(ArticleSummary::news(a),
        u"281000555|Treasury yields slip after the decision|https://longbridge.com/en/news/281000555.md"_qs);
    QCOMPARE(a.body,
        u"The committee held rates. Officials said **very little** about cuts.\n\n**What changed**\n\n"
        u"The statement dropped one phrase.\n\n## Why it matters\n\nMarkets had priced a cut.\n\nSource: staff reporting."_qs);
}

QTEST_APPLESS_MAIN(CollapsedTest)
#include "tst_collapsed.moc"
