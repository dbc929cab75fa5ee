// newsdesk-render-worker as a real process: the same HTML as the in-process renderer, the
// plain-text fallback within the bound for the quadratic-time shapes Debian 12's cmark-gfm is
// open to (FACTS.md), a crash mid-request, and the frame protocol itself.

#include "core/articleparser.h"
#include "render/helperprotocol.h"
#include "render/markdownworker.h"
#include "render/pagerenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Newsdesk;
using namespace std::chrono_literals;

namespace {

Render::HelperProcess::Options workerOptions()
{
    Render::HelperProcess::Options options = Render::MarkdownWorker::defaultOptions();
    options.program = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk-render-worker");
    return options;
}

Render::PageRenderer::Options rendererOptions()
{
    Render::PageRenderer::Options options;
    options.markdownWorker = workerOptions();
    options.highlighter.program = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk-highlighter");
    return options;
}

QByteArray repeat(const QByteArray &unit, int times)
{
    return unit.repeated(times);
}

// The 48 KB table of FACTS.md: 87 s in cmark-gfm here.
QString pathologicalTable(int variant)
{
    return u"|"_qs + u"a|"_qs.repeated(8000) + u"\n|"_qs + u"-|"_qs.repeated(8000) + u"\n"_qs + u"x\n"_qs.repeated(8000)
        + u"\nvariant %1\n"_qs.arg(variant);
}

const QString fallback = u"<pre class=\"fallback\">"_qs;

} // namespace

class TestRenderWorker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameHtmlAsInProcess_data();
    void sameHtmlAsInProcess();
    void pathologicalMarkdownFallsBackWithinTheBound_data();
    void pathologicalMarkdownFallsBackWithinTheBound();
    void crashMidRequestFallsBackAndRestarts();
    void missedDocumentIsPlainAtOnceNextTime();
    void pathologicalDocumentsLeaveTheRestartsToOthers();
    void frames_data();
    void frames();
    void corruptStreamIsRejected();
};

void TestRenderWorker::initTestCase()
{
    QVERIFY(QFileInfo(workerOptions().program).isExecutable());
    qputenv("NEWSDESK_HELPER_TEST_HOOKS", "1");
}

void TestRenderWorker::sameHtmlAsInProcess_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(NEWSDESK_TEST_DATA_DIR "/format"));
    for (const QString &name : dir.entryList({u"*.md"_qs}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(u"nominal: "_qs + name)) << dir.filePath(name);
}

void TestRenderWorker::sameHtmlAsInProcess()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Core::Article article = Core::parseArticle(file.readAll());
    Render::MarkdownWorker worker(workerOptions());
    const Result<Render::RenderedBody> remote = worker.render(article.body, article.url);
    QVERIFY2(remote.ok(), remote.ok() ? "" : qPrintable(remote.error().message));
    QCOMPARE(*remote, Render::renderMarkdown(article.body, article.url));
}

void TestRenderWorker::pathologicalMarkdownFallsBackWithinTheBound_data()
{
    QTest::addColumn<QByteArray>("markdown");
    // Each takes 10 s to minutes in-process here; the page must still come within the bound.
    QTest::newRow("robustness: wide table header with one-cell rows (24 KB)")
        << QByteArray("|" + repeat("a|", 4000) + "\n|" + repeat("-|", 4000) + "\n" + repeat("x\n", 4000));
    QTest::newRow("robustness: > then a* (120 KB)") << QByteArray(repeat(">", 40000) + repeat("a*", 40000));
    QTest::newRow("robustness: |-\\nt>|-\\n repeated (160 KB)") << repeat("|-\nt>|-\n", 20000);
    QTest::newRow("robustness: ![[]() repeated (240 KB)") << repeat("![[]()", 40000);
}

void TestRenderWorker::pathologicalMarkdownFallsBackWithinTheBound()
{
    QFETCH(QByteArray, markdown);
    Render::PageRenderer renderer(rendererOptions());
    Core::Article article;
    article.key = u"1"_qs;
    article.body = QString::fromUtf8(markdown) + u"\n\n<b>tail & end</b>"_qs;
    QElapsedTimer timer;
    timer.start();
    const QString html = renderer.bodyHtml(article);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < 1800, qPrintable(u"took %1 ms"_qs.arg(elapsed)));
    QVERIFY(html.startsWith(u"<p class=\"render-notice\">"_qs));
    QVERIFY(html.contains(u"<pre class=\"fallback\">"_qs));
    QVERIFY(html.contains(u"&lt;b&gt;tail &amp; end&lt;/b&gt;</pre>"_qs)); // all of it, escaped

    // The reader keeps working: the next article renders normally with a fresh worker.
    article.body = u"**fine**"_qs;
    QCOMPARE(renderer.bodyHtml(article), u"<p><strong>fine</strong></p>\n"_qs);
}

void TestRenderWorker::crashMidRequestFallsBackAndRestarts()
{
    Render::MarkdownWorker worker(workerOptions());
    QVERIFY(worker.render(u"one"_qs).ok());
    const qint64 firstPid = worker.process().processId();
    const Result<Render::RenderedBody> crashed = worker.render(u"<!-- newsdesk-test-crash -->\ntext"_qs);
    QVERIFY(!crashed.ok());
    QVERIFY(crashed.error().kind != Error::Kind::Timeout);
    const Result<Render::RenderedBody> next = worker.render(u"two"_qs);
    QVERIFY(next.ok());
    QCOMPARE(next->html, u"<p>two</p>\n"_qs);
    QVERIFY(worker.process().processId() != firstPid);

    Render::HelperProcess::Options quick = workerOptions();
    quick.deadline = 300ms;
    Render::MarkdownWorker hanging(quick);
    const Result<Render::RenderedBody> hung = hanging.render(u"<!-- newsdesk-test-hang -->"_qs);
    QVERIFY(!hung.ok());
    QCOMPARE(hung.error().kind, Error::Kind::Timeout);
    QVERIFY(hanging.render(u"three"_qs).ok());
}

// The second time, the worker is not even asked: no process is started, the page is the same.
void TestRenderWorker::missedDocumentIsPlainAtOnceNextTime()
{
    Render::PageRenderer renderer(rendererOptions());
    Render::HelperProcess &worker = renderer.markdownWorker().process();
    Core::Article article;
    article.key = u"1"_qs;
    article.body = pathologicalTable(0);
    const QString first = renderer.bodyHtml(article);
    QVERIFY(first.contains(fallback));
    QVERIFY(first.contains(u"took too long"_qs));
    QVERIFY(!worker.isRunning()); // killed at its deadline
    const int starts = worker.startCount();

    QCOMPARE(renderer.bodyHtml(article), first);
    QCOMPARE(worker.startCount(), starts);
    QVERIFY(!worker.isRunning());

    article.body = u"**fine**"_qs;
    QCOMPARE(renderer.bodyHtml(article), u"<p><strong>fine</strong></p>\n"_qs);
}

// More pathological documents than the helper may be restarted in a minute: ordinary documents
// after them are still formatted.
void TestRenderWorker::pathologicalDocumentsLeaveTheRestartsToOthers()
{
    Render::PageRenderer renderer(rendererOptions());
    Core::Article article;
    article.key = u"1"_qs;
    const int budget = renderer.markdownWorker().process().options().maxStartsPerMinute;
    for (int i = 0; i <= budget; ++i) {
        article.body = pathologicalTable(i);
        QVERIFY(renderer.bodyHtml(article).contains(fallback));
    }
    QVERIFY(renderer.markdownWorker().process().startCount() > budget);
    article.body = u"**fine**"_qs;
    QCOMPARE(renderer.bodyHtml(article), u"<p><strong>fine</strong></p>\n"_qs);
}

void TestRenderWorker::frames_data()
{
    QTest::addColumn<QList<QByteArray>>("parts");
    QTest::newRow("nominal: one part") << QList<QByteArray>{"body\n\nwith blank lines"};
    QTest::newRow("nominal: no parts") << QList<QByteArray>{};
    QTest::newRow("nominal: empty parts among others") << QList<QByteArray>{"", "x", "", "héllo 中文"};
    QTest::newRow("robustness: binary") << QList<QByteArray>{QByteArray("\0\n\r\xff: x", 8)};
}

void TestRenderWorker::frames()
{
    QFETCH(QList<QByteArray>, parts);
    Render::Protocol::Frame frame;
    frame.setHeader("id", "42");
    frame.setHeader("message", "two\nlines");
    frame.parts = parts;
    const QByteArray bytes = Render::Protocol::encode(frame);

    // Fed a byte at a time, the decoder waits, then yields exactly the frame.
    Render::Protocol::FrameDecoder decoder;
    Render::Protocol::Frame decoded;
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        decoder.append(bytes.mid(i, 1));
        QCOMPARE(decoder.next(&decoded), Render::Protocol::FrameDecoder::Status::NeedMore);
    }
    decoder.append(bytes.right(1));
    QCOMPARE(decoder.next(&decoded), Render::Protocol::FrameDecoder::Status::Ready);
    QCOMPARE(decoded.header("id"), QByteArray("42"));
    QCOMPARE(decoded.header("message"), QByteArray("two lines"));
    QCOMPARE(decoded.parts, parts);
    QCOMPARE(decoder.next(&decoded), Render::Protocol::FrameDecoder::Status::NeedMore);
}

void TestRenderWorker::corruptStreamIsRejected()
{
    Render::Protocol::FrameDecoder tooLong;
    tooLong.append(QByteArray("\xff\xff\xff\xff", 4));
    Render::Protocol::Frame frame;
    QCOMPARE(tooLong.next(&frame), Render::Protocol::FrameDecoder::Status::Invalid);

    Render::Protocol::FrameDecoder badParts;
    const QByteArray payload = "id: 1\nparts: 99\n\nshort";
    QByteArray bytes(4, '\0');
    bytes[3] = char(payload.size());
    badParts.append(bytes + payload);
    QCOMPARE(badParts.next(&frame), Render::Protocol::FrameDecoder::Status::Invalid);
}

QTEST_GUILESS_MAIN(TestRenderWorker)
#include "tst_renderworker.moc"
