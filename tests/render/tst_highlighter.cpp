// newsdesk-highlighter as a real process through HighlighterClient: languages by name, alias and
// extension; unknown languages; a crash and a hang mid-request (test hooks), a missing helper,
// and the bound on restarts.

#include "render/highlighterclient.h"

#include <QTest>

using namespace Newsdesk;
using namespace std::chrono_literals;

namespace {

Render::HelperProcess::Options helperOptions()
{
    Render::HelperProcess::Options options = Render::HighlighterClient::defaultOptions();
    options.program = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk-highlighter");
    return options;
}

} // namespace

class TestHighlighter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void languages_data();
    void languages();
    void unknownLanguageIsEscapedText_data();
    void unknownLanguageIsEscapedText();
    void manyBlocksInOneRequest();
    void stylesheetCoversBothThemes();
    void crashMidRequestFallsBackAndRestarts();
    void hangHitsTheDeadline();
    void missingHelperFallsBack();
    void restartsAreBounded();
};

void TestHighlighter::initTestCase()
{
    QVERIFY(QFileInfo(helperOptions().program).isExecutable());
    qputenv("NEWSDESK_HELPER_TEST_HOOKS", "1");
}

void TestHighlighter::languages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expectedSpan");

    QTest::newRow("nominal: python by name")
        << u"python"_qs << u"def f(x):\n    return x  # done\n"_qs << u"<span class=\"hl-keyword\">def</span>"_qs;
    QTest::newRow("nominal: py by extension")
        << u"py"_qs << u"import os\n"_qs << u"<span class=\"hl-import\">import</span>"_qs;
    QTest::newRow("nominal: cpp by extension")
        << u"cpp"_qs << u"int main() { return 0; }\n"_qs << u"<span class=\"hl-datatype\">int</span>"_qs;
    QTest::newRow("nominal: c++ by extension")
        << u"c++"_qs << u"// note\n"_qs << u"<span class=\"hl-comment\">// note</span>"_qs;
    QTest::newRow("nominal: js") << u"js"_qs << u"const a = \"s\";\n"_qs << u"<span class=\"hl-string\">"_qs;
    QTest::newRow("nominal: sh") << u"sh"_qs << u"echo $HOME\n"_qs << u"<span class=\"hl-variable\">$HOME</span>"_qs;
    QTest::newRow("nominal: yaml") << u"yaml"_qs << u"key: 12\n"_qs << u"<span class=\"hl-decval\">12</span>"_qs;
    QTest::newRow("nominal: json") << u"json"_qs << u"{\"a\": true}\n"_qs << u"<span class=\"hl-"_qs;
    QTest::newRow("nominal: sql, upper case hint")
        << u"SQL"_qs << u"SELECT 1 FROM t;\n"_qs << u"<span class=\"hl-keyword\">SELECT</span>"_qs;
    QTest::newRow("nominal: markdown (view source)")
        << u"markdown"_qs << u"# Title\n\n**b**\n"_qs << u"<span class=\""_qs;
}

void TestHighlighter::languages()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, expectedSpan);
    Render::HighlighterClient client(helperOptions());
    const std::optional<QStringList> html = client.highlight({Render::CodeBlock{language, code}});
    QVERIFY(html);
    QCOMPARE(html->size(), 1);
    QVERIFY2(html->constFirst().contains(expectedSpan), qPrintable(html->constFirst()));
    // The text is all there: strip the spans and unescape.
    QString text = html->constFirst();
    text.remove(QRegularExpression(u"<[^>]*>"_qs));
    text.replace(u"&lt;"_qs, u"<"_qs)
        .replace(u"&gt;"_qs, u">"_qs)
        .replace(u"&quot;"_qs, u"\""_qs)
        .replace(u"&amp;"_qs, u"&"_qs);
    QCOMPARE(text, code);
}

void TestHighlighter::unknownLanguageIsEscapedText_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("robustness: unknown name") << u"no-such-language"_qs;
    QTest::newRow("robustness: empty hint") << QString();
    QTest::newRow("robustness: path-like hint") << u"../../etc/passwd"_qs;
    QTest::newRow("robustness: wildcard hint") << u"*"_qs;
}

void TestHighlighter::unknownLanguageIsEscapedText()
{
    QFETCH(QString, language);
    Render::HighlighterClient client(helperOptions());
    const QString code = u"<script>alert(\"x\") && 1</script>\n"_qs;
    const std::optional<QStringList> html = client.highlight({Render::CodeBlock{language, code}});
    QVERIFY(html);
    QCOMPARE(html->constFirst(), u"&lt;script&gt;alert(&quot;x&quot;) &amp;&amp; 1&lt;/script&gt;\n"_qs);
}

void TestHighlighter::manyBlocksInOneRequest()
{
    Render::HighlighterClient client(helperOptions());
    QList<Render::CodeBlock> blocks;
    for (int i = 0; i < 50; ++i)
        blocks.append(Render::CodeBlock{i % 2 ? u"python"_qs : u"unknown"_qs, u"x = %1\n"_qs.arg(i)});
    const std::optional<QStringList> html = client.highlight(blocks);
    QVERIFY(html);
    QCOMPARE(html->size(), 50);
    QCOMPARE(html->at(0), u"x = 0\n"_qs);
    QVERIFY(html->at(49).contains(u"49"_qs));
    QCOMPARE(client.process().startCount(), 1);
}

void TestHighlighter::stylesheetCoversBothThemes()
{
    Render::HighlighterClient client(helperOptions());
    const std::optional<QString> css = client.stylesheet();
    QVERIFY(css);
    QVERIFY(css->contains(u".theme-light .hl-keyword {"_qs));
    QVERIFY(css->contains(u".theme-dark .hl-keyword {"_qs));
    QVERIFY(css->contains(u".theme-dark pre.code {"_qs));
}

void TestHighlighter::crashMidRequestFallsBackAndRestarts()
{
    Render::HighlighterClient client(helperOptions());
    QVERIFY(client.highlight({Render::CodeBlock{u"python"_qs, u"pass\n"_qs}}));
    const qint64 firstPid = client.process().processId();
    QVERIFY(firstPid > 0);

    // The helper aborts on the second block, after starting on the first.
    const std::optional<QStringList> crashed = client.highlight(
        {Render::CodeBlock{u"python"_qs, u"pass\n"_qs}, Render::CodeBlock{u"newsdesk-test-crash"_qs, u"x\n"_qs}});
    QVERIFY(!crashed);
    QVERIFY(!client.process().isRunning());

    const std::optional<QStringList> again = client.highlight({Render::CodeBlock{u"sql"_qs, u"SELECT 1;\n"_qs}});
    QVERIFY(again);
    QVERIFY(again->constFirst().contains(u"hl-keyword"_qs));
    QVERIFY(client.process().processId() != firstPid);
    QCOMPARE(client.process().startCount(), 2);
}

void TestHighlighter::hangHitsTheDeadline()
{
    Render::HelperProcess::Options options = helperOptions();
    options.deadline = 400ms;
    Render::HighlighterClient client(options);
    QVERIFY(!client.highlight({Render::CodeBlock{u"newsdesk-test-hang"_qs, u"x\n"_qs}}));
    QVERIFY(!client.process().isRunning()); // killed, not left hanging
    QVERIFY(client.highlight({Render::CodeBlock{u"python"_qs, u"pass\n"_qs}}));
}

void TestHighlighter::missingHelperFallsBack()
{
    Render::HelperProcess::Options options = helperOptions();
    options.program = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/no-such-helper");
    Render::HighlighterClient client(options);
    QVERIFY(!client.highlight({Render::CodeBlock{u"python"_qs, u"pass\n"_qs}}));
    QVERIFY(!client.stylesheet());

    options.program.clear(); // not found at all
    Render::HighlighterClient none(options);
    QVERIFY(!none.highlight({Render::CodeBlock{u"python"_qs, u"pass\n"_qs}}));
    QCOMPARE(none.process().startCount(), 0);
}

void TestHighlighter::restartsAreBounded()
{
    Render::HelperProcess::Options options = helperOptions();
    options.maxStartsPerMinute = 2;
    Render::HighlighterClient client(options);
    const QList<Render::CodeBlock> crash{Render::CodeBlock{u"newsdesk-test-crash"_qs, u"x"_qs}};
    QVERIFY(!client.highlight(crash));
    QVERIFY(!client.highlight(crash));
    QCOMPARE(client.process().startCount(), 2);
    // The budget is spent: no third start within the minute, the answer is "not highlighted".
    QVERIFY(!client.highlight({Render::CodeBlock{u"python"_qs, u"pass\n"_qs}}));
    QCOMPARE(client.process().startCount(), 2);
}

QTEST_GUILESS_MAIN(TestHighlighter)
#include "tst_highlighter.moc"
