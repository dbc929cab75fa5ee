// An article's own stocks marked in its body HTML: the tickers and their company names, as links to
// the ticker's view with the ticker as tooltip; never inside tags, entities, code or links, and never
// another article's stocks.
#include "render/tickermarker.h"

#include <QTest>

using namespace Newsdesk;

namespace {

Core::Article harborline()
{
    Core::Article article;
    article.title = u"Harborline Semiconductor posts record quarter"_qs;
    article.relatedStocks = {{u"HBLN.US"_qs, u"HBLN.US"_qs, u"Harborline Semiconductor Corp."_qs, {}},
        {u"02382.HK"_qs, u"2382.HK"_qs, u"Pearl River Packaging Holdings"_qs, {}}};
    article.mentions = {u"AT&T.US"_qs};
    return article;
}

Core::TickerFacts facts()
{
    Core::TickerFacts facts;
    facts.aliases = {{u"HBLN.US"_qs, {u"Harborline Semiconductor"_qs, u"Harborline"_qs, u"港湾线半导体"_qs}},
        {u"2382.HK"_qs, {u"Pearl River Packaging"_qs, u"珠江封装"_qs}},
        {u"AAPL.US"_qs, {u"Apple"_qs}}}; // not this article's stock
    return facts;
}

QString mark(const QString &ticker, const QString &text, bool watched = false)
{
    return u"<a class=\"ticker-mark%1\" href=\"newsdesk://ticker/%2\" title=\"%2\">%3</a>"_qs.arg(
        watched ? u" watched"_qs : QString(), ticker, text);
}

} // namespace

class TestTickerMarker final : public QObject
{
    Q_OBJECT

private slots:
    void marks_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        const QString hbln = u"HBLN.US"_qs;
        QTest::newRow("nominal: the longer name wins") << u"<p>Harborline Semiconductor said; Harborline rose.</p>"_qs
                                                       << u"<p>" + mark(hbln, u"Harborline Semiconductor"_qs)
                + u" said; " + mark(hbln, u"Harborline"_qs) + u" rose.</p>";
        QTest::newRow("nominal: the ticker as written and by key") << u"<p>(HBLN.US) and (02382.HK), or 2382.HK</p>"_qs
                                                                   << u"<p>(" + mark(hbln, hbln) + u") and ("
                + mark(u"02382.HK"_qs, u"02382.HK"_qs) + u"), or " + mark(u"02382.HK"_qs, u"2382.HK"_qs) + u"</p>";
        QTest::newRow("nominal: case as the text has it")
            << u"<p>HARBORLINE</p>"_qs << u"<p>" + mark(hbln, u"HARBORLINE"_qs) + u"</p>";
        QTest::newRow("nominal: Chinese inside a sentence")
            << u"<p>据悉港湾线半导体与珠江封装签约</p>"_qs
            << u"<p>据悉" + mark(hbln, u"港湾线半导体"_qs) + u"与" + mark(u"02382.HK"_qs, u"珠江封装"_qs) + u"签约</p>";
        QTest::newRow("nominal: across inline markup")
            << u"<p><strong>Pearl River Packaging</strong> rose</p>"_qs
            << u"<p><strong>" + mark(u"02382.HK"_qs, u"Pearl River Packaging"_qs) + u"</strong> rose</p>";
        QTest::newRow("robustness: another article's stock")
            << u"<p>Apple pie with Harborlines</p>"_qs << u"<p>Apple pie with Harborlines</p>"_qs;
        QTest::newRow("robustness: not in code")
            << u"<pre><code>Harborline = 1</code></pre><p><code>HBLN.US</code></p>"_qs
            << u"<pre><code>Harborline = 1</code></pre><p><code>HBLN.US</code></p>"_qs;
        QTest::newRow("robustness: not in a link")
            << u"<p><a href=\"newsdesk://external/x\">Harborline news</a></p>"_qs
            << u"<p><a href=\"newsdesk://external/x\">Harborline news</a></p>"_qs;
        QTest::newRow("robustness: not in a tag")
            << u"<p><img alt=\"Harborline\" src=\"x\"></p>"_qs << u"<p><img alt=\"Harborline\" src=\"x\"></p>"_qs;
        QTest::newRow("robustness: an escaped name, entity kept whole") << u"<p>AT&amp;T.US &amp;Harborline</p>"_qs
                                                                        << u"<p>"
                + mark(u"AT%26T.US"_qs, u"AT&amp;T.US"_qs)
                      .replace(u"title=\"AT%26T.US\""_qs, u"title=\"AT&amp;T.US\""_qs)
                + u" &amp;" + mark(hbln, u"Harborline"_qs) + u"</p>";
    }
    void marks()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(Render::markTickers(html, harborline(), facts()), expected);
    }

    void watchlistTickersStandOut()
    {
        Core::TickerFacts watched = facts();
        watched.watched.insert(u"2382.HK"_qs);
        QCOMPARE(Render::markTickers(u"<p>Harborline and Pearl River Packaging</p>"_qs, harborline(), watched),
            u"<p>" + mark(u"HBLN.US"_qs, u"Harborline"_qs) + u" and "
                + mark(u"02382.HK"_qs, u"Pearl River Packaging"_qs, true) + u"</p>");
    }

    void withoutAliasesOnlyTickersAreMarked()
    {
        QCOMPARE(Render::markTickers(u"<p>Harborline (HBLN.US)</p>"_qs, harborline(), {}),
            u"<p>Harborline (" + mark(u"HBLN.US"_qs, u"HBLN.US"_qs) + u")</p>");
        QCOMPARE(Render::markTickers(u"<p>Harborline (HBLN.US)</p>"_qs, Core::Article(), facts()),
            u"<p>Harborline (HBLN.US)</p>"_qs);
    }
};

QTEST_APPLESS_MAIN(TestTickerMarker)
#include "tst_tickermarker.moc"
