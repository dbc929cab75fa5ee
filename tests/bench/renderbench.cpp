// The "render" section: a 10 KB article to the final page HTML, highlighting included, as the
// reader's scheme serves it (markdown worker and highlighter helper as real processes), and the
// cmark-gfm share of that time; also the bound on a pathological article.

#include "benchmark.h"
#include "core/articleparser.h"
#include "core/companyname.h"
#include "render/markdown.h"
#include "render/pagerenderer.h"
#include "render/tickermarker.h"
#include "syntheticnews.h"

#include <QElapsedTimer>

namespace Newsdesk::Bench {

namespace {

// A synthetic English article cut to about 10 KB of body, with what a market story carries
// besides prose: a table, in-app and external links, an image and two code blocks.
Core::Article tenKilobyteArticle()
{
    SyntheticNews news(7);
    const SyntheticArticle generated = news.articles(290000001, 1, QDateTime::currentDateTimeUtc(), 60).constFirst();
    Core::Article article = Core::parseArticle(generated.markdown);
    const QString extras
        = u"\n\n| Metric | Q4 FY2026 | Q4 FY2025 | Change |\n|---|---:|---:|---:|\n"
          "| Revenue ($bn) | 8.2 | 5.8 | +41% |\n| Gross margin | 70.9% | 66.2% | +4.7 pt |\n"
          "| EPS ($) | 1.37 | 0.88 | +56% |\n\nSee [the earlier report](https://longbridge.com/en/news/"
          "281000001.md), [the quote](https://longbridge.com/en/quote/HBLN.US.md) and "
          "[the filing](https://www.sec.gov/).\n\n![chart](https://img.example.com/chart.png)\n\n"
          "```python\ndef perf_per_watt(tflops: float, watts: float) -> float:\n"
          "    return tflops / watts  # higher is better\n```\n\n```sql\nSELECT ticker, COUNT(*) FROM "
          "mentions WHERE day >= '2026-01-01' GROUP BY ticker ORDER BY 2 DESC LIMIT 10;\n```\n"_qs;
    QString body = article.body;
    const qsizetype room = 10 * 1024 - extras.toUtf8().size();
    while (body.toUtf8().size() > room)
        body.chop(64);
    const qsizetype half = body.lastIndexOf(u"\n\n", body.size() / 2);
    article.body = body.left(half) + extras + body.mid(half);
    return article;
}

// Per-call times in milliseconds, `count` calls after `warmUp` unmeasured ones.
QList<double> sample(int count, const std::function<void()> &work, int warmUp = 20)
{
    for (int i = 0; i < warmUp; ++i)
        work();
    QList<double> times;
    times.reserve(count);
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

} // namespace

void renderBenchmark(const Options &options, Report &report)
{
    const Core::Article article = tenKilobyteArticle();
    const int count = std::max(5, options.runs) * 100;
    report.note(QStringLiteral("article: %1 bytes of markdown body, %2 runs per figure")
                    .arg(article.body.toUtf8().size())
                    .arg(count));

    Render::PageRenderer renderer;
    QElapsedTimer cold;
    cold.start();
    renderer.warmUp();
    report.figure(QStringLiteral("helpers' start (once per reader session, off the GUI thread)"),
        double(cold.nsecsElapsed()) / 1e6, QStringLiteral("ms"));

    QString page;
    const double total = median(sample(count, [&] { page = renderer.articlePage(article); }));
    if (page.contains(u"render-notice"_qs) || !page.contains(u"hl-keyword"_qs))
        report.note(QStringLiteral("warning: the page fell back to plain text (helpers missing?)"));
    report.figure(QStringLiteral("10 KB article → final page HTML, highlighting included"), total, QStringLiteral("ms"),
        QStringLiteral("< 2 ms"), total < 2.0);

    Render::RenderedBody body;
    const double cmark = median(sample(count, [&] { body = Render::renderMarkdown(article.body, article.url); }));
    report.figure(QStringLiteral("  of which cmark-gfm (parse, link/image rewrite, HTML) in process"), cmark,
        QStringLiteral("ms"), {}, std::nullopt, QStringLiteral("%1% of the page").arg(qRound(100.0 * cmark / total)));
    const double worker
        = median(sample(count, [&] { (void)renderer.markdownWorker().render(article.body, article.url); }));
    report.figure(QStringLiteral("  the same in the worker process, round trip"), worker, QStringLiteral("ms"), {},
        std::nullopt, QStringLiteral("%1% of the page").arg(qRound(100.0 * worker / total)));
    const double highlight = median(sample(count, [&] { (void)renderer.highlighter().highlight(body.codeBlocks); }));
    report.figure(QStringLiteral("  highlighting its %1 code blocks (helper round trip)").arg(body.codeBlocks.size()),
        highlight, QStringLiteral("ms"), {}, std::nullopt,
        QStringLiteral("%1% of the page").arg(qRound(100.0 * highlight / total)));

    // The article's own tickers and their company names marked in the body (what the reader adds to
    // every page): each Related Stock's alias as the library derives it, the first one watched.
    Core::TickerFacts facts;
    for (const Core::RelatedStock &stock : article.relatedStocks) {
        if (const QString alias = Core::companyAlias(stock.name); !alias.isEmpty())
            facts.aliases[stock.key].append(alias);
    }
    if (!article.relatedStocks.isEmpty())
        facts.watched.insert(article.relatedStocks.constFirst().key);
    const QString bodyHtml = renderer.bodyHtml(article);
    QString marked;
    const double marking = median(sample(count, [&] { marked = Render::markTickers(bodyHtml, article, facts); }));
    report.figure(QStringLiteral("  marking its tickers and %1 company names in the body").arg(facts.aliases.size()),
        marking, QStringLiteral("ms"), QStringLiteral("< 1 ms"), marking < 1.0 && marked.contains(u"ticker-mark"_qs),
        QStringLiteral("%1 marks").arg(marked.count(u"class=\"ticker-mark"_qs)));

    // A table whose cmark-gfm time is quadratic (seconds to minutes in process): the page must
    // still come within the bound, as escaped plain text.
    Core::Article hostile = article;
    hostile.body
        = u"|"_qs + u"a|"_qs.repeated(8000) + u"\n|"_qs + u"-|"_qs.repeated(8000) + u"\n"_qs + u"x\n"_qs.repeated(8000);
    const QString hostileBody = hostile.body;
    QList<double> bounded;
    for (int i = 0; i < 3; ++i) { // each kills the worker; a distinct document each time (a failed one is remembered)
        hostile.body = hostileBody + u"\n%1\n"_qs.arg(i);
        QElapsedTimer timer;
        timer.start();
        page = renderer.articlePage(hostile);
        bounded.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const double worst = median(bounded);
    report.figure(QStringLiteral("48 KB pathological table → plain-text fallback page"), worst, QStringLiteral("ms"),
        QStringLiteral("< 1000 ms"), worst < 1000.0 && page.contains(u"class=\"fallback\""_qs));
    // The same document again: remembered, so the worker is not asked.
    const double again = median(sample(count, [&] { page = renderer.articlePage(hostile); }));
    report.figure(QStringLiteral("  the same document again (remembered, the worker not asked)"), again,
        QStringLiteral("ms"), {}, std::nullopt,
        page.contains(u"class=\"fallback\""_qs) ? QStringLiteral("plain text") : QStringLiteral("NOT plain text"));
}

} // namespace Newsdesk::Bench
