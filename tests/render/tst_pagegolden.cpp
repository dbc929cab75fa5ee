// Golden files: each input document, parsed and rendered to the final page (real helpers, times in
// UTC), must equal its reference under tests/data/render/golden/. After an intended change, run
// with NEWSDESK_REGENERATE_GOLDEN=1 to rewrite the references, and review the diff (README.md).

#include "core/articleparser.h"
#include "core/companyname.h"
#include "render/pagerenderer.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Newsdesk;

namespace {

const QString goldenDir = QStringLiteral(NEWSDESK_TEST_DATA_DIR "/render/golden");

Render::PageRenderer::Options rendererOptions()
{
    Render::PageRenderer::Options options;
    options.markdownWorker.program = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk-render-worker");
    options.highlighter.program = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk-highlighter");
    // Generous: this compares output, the bound has its own test.
    options.budget = std::chrono::seconds(10);
    options.markdownShare = std::chrono::seconds(5);
    return options;
}

bool regenerating()
{
    return qEnvironmentVariable("NEWSDESK_REGENERATE_GOLDEN") == u"1";
}

} // namespace

class TestPageGolden final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pages_data();
    void pages();

private:
    Render::PageRenderer m_renderer{rendererOptions()};
};

void TestPageGolden::pages_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mode"); // article | source
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("watched"); // a watchlist ticker's key

    const auto addDir = [](const QString &path) {
        const QDir dir(path);
        for (const QString &name : dir.entryList({u"*.md"_qs}, QDir::Files, QDir::Name)) {
            const QString base = QFileInfo(name).completeBaseName();
            QTest::newRow(qPrintable(u"nominal: "_qs + name))
                << dir.filePath(name) << u"article"_qs << u"light"_qs << base + u".html"_qs << QString();
        }
    };
    addDir(QStringLiteral(NEWSDESK_TEST_DATA_DIR "/format"));
    addDir(QStringLiteral(NEWSDESK_TEST_DATA_DIR "/render/input"));
    const QString newsEn = QStringLiteral(NEWSDESK_TEST_DATA_DIR "/format/news-en.md");
    QTest::newRow("nominal: news-en.md, dark")
        << newsEn << u"article"_qs << u"dark"_qs << u"news-en.dark.html"_qs << QString();
    QTest::newRow("nominal: news-en.md, view source")
        << newsEn << u"source"_qs << u"light"_qs << u"news-en.source.html"_qs << QString();
    QTest::newRow("robustness: hostile.md, view source")
        << QStringLiteral(NEWSDESK_TEST_DATA_DIR "/format/hostile.md") << u"source"_qs << u"light"_qs
        << u"hostile.source.html"_qs << QString();
    QTest::newRow("nominal: ticker-names.md, a watchlist ticker, dark")
        << QStringLiteral(NEWSDESK_TEST_DATA_DIR "/render/input/ticker-names.md") << u"article"_qs << u"dark"_qs
        << u"ticker-names.watched.html"_qs << u"2382.HK"_qs;
}

void TestPageGolden::pages()
{
    QFETCH(QString, input);
    QFETCH(QString, mode);
    QFETCH(QString, theme);
    QFETCH(QString, golden);
    QFETCH(QString, watched);

    QFile file(input);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Core::Article article
        = Core::parseArticle(file.readAll(), Core::ParseOptions{QFileInfo(input).fileName(), {}, {}, {}});
    Render::PageOptions options;
    options.theme = *Render::parseTheme(theme);
    options.timeZone = QTimeZone::utc();
    // What a library holding this article alone knows: its Related Stocks names as aliases.
    for (const Core::RelatedStock &stock : article.relatedStocks) {
        if (const QString alias = Core::companyAlias(stock.name); !alias.isEmpty())
            options.tickers.aliases[stock.key].append(alias);
    }
    if (!watched.isEmpty())
        options.tickers.watched.insert(watched);
    const QString html
        = mode == u"source" ? m_renderer.sourcePage(article, options) : m_renderer.articlePage(article, options);
    QVERIFY(!html.contains(u"render-notice"_qs)); // neither the worker nor the highlighter failed

    QFile reference(goldenDir + u'/' + golden);
    if (regenerating()) {
        QVERIFY(QDir().mkpath(goldenDir));
        QVERIFY(reference.open(QIODevice::WriteOnly | QIODevice::Truncate));
        reference.write(html.toUtf8());
        return;
    }
    QVERIFY2(reference.open(QIODevice::ReadOnly),
        qPrintable(reference.fileName() + u" is missing; run with NEWSDESK_REGENERATE_GOLDEN=1"_qs));
    const QString expected = QString::fromUtf8(reference.readAll());
    if (html != expected) {
        // Point at the first difference rather than dumping two pages.
        qsizetype at = 0;
        while (at < html.size() && at < expected.size() && html.at(at) == expected.at(at))
            ++at;
        QFAIL(qPrintable(u"differs from %1 at character %2:\n got: %3\nwant: %4"_qs.arg(golden, QString::number(at),
            html.mid(qMax<qsizetype>(0, at - 40), 120), expected.mid(qMax<qsizetype>(0, at - 40), 120))));
    }
}

QTEST_GUILESS_MAIN(TestPageGolden)
#include "tst_pagegolden.moc"
