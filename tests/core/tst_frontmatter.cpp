#include "core/frontmatter.h"

#include <QTest>

using Newsdesk::Core::FrontMatter;
using Newsdesk::Core::parseFrontMatter;

namespace {

// "key=value" per field, lists as "key=[a|b]", one per line: what the test rows compare.
QString describe(const FrontMatter &fm)
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

class FrontMatterTest final : public QObject
{
    Q_OBJECT

private slots:
    void fields_data();
    void fields();
    void fences_data();
    void fences();
    void warnings_data();
    void warnings();
    void manyBadLines();
};

void FrontMatterTest::fields_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: double-quoted")
        << u"---\ntitle: \"Harborline posts record quarter\"\ntype: \"News\"\n---\nbody"_qs
        << u"title=Harborline posts record quarter\ntype=News"_qs;
    QTest::newRow("nominal: locales list of markdown links")
        << u"---\nlocales:\n  - [zh-CN](https://x.test/zh-CN/news/1.md)\n  - [en](https://x.test/en/news/1.md)\n---\n"_qs
        << u"locales=[[zh-CN](https://x.test/zh-CN/news/1.md)|[en](https://x.test/en/news/1.md)]"_qs;
    QTest::newRow("escapes: quote, backslash, \\u")
        << u"---\ntitle: \"A \\\"quoted\\\" \\\\ path \\u00e9t\\u00E9\"\n---\n"_qs
        << u"title=A \"quoted\" \\ path été"_qs;
    QTest::newRow("escapes: surrogate pair") << u"---\ntitle: \"rocket \\uD83D\\uDE80 up\"\n---\n"_qs
                                             << QString(u"title=rocket " + QString::fromUcs4(U"\U0001F680") + u" up");
    QTest::newRow("escapes: \\U and \\x and \\n") << u"---\ntitle: \"\\U0001F600 \\x41\\nB\"\n---\n"_qs
                                                  << QString(u"title=" + QString::fromUcs4(U"\U0001F600") + u" A\nB");
    QTest::newRow("escapes: lone surrogate replaced") << u"---\ntitle: \"a\\uD800b\"\n---\n"_qs << u"title=a\uFFFDb"_qs;
    QTest::newRow("single-quoted: doubled quote")
        << u"---\ntitle: 'It''s a \"test\" \\n'\n---\n"_qs << u"title=It's a \"test\" \\n"_qs;
    QTest::newRow("plain: contains colon-space")
        << u"---\ntitle: Breaking: stocks rally: Dow up\n---\n"_qs << u"title=Breaking: stocks rally: Dow up"_qs;
    QTest::newRow("plain: URL keeps its colon and #fragment")
        << u"---\nurl: https://x.test/a#frag\n---\n"_qs << u"url=https://x.test/a#frag"_qs;
    QTest::newRow("comments: outside quotes only")
        << u"---\n# a comment line\ntitle: \"Keep # this\" # drop this\ntype: News # and this\n---\n"_qs
        << u"title=Keep # this\ntype=News"_qs;
    QTest::newRow("flow list") << u"---\ntickers: [AMZN.US, \"BRK.B.US\", 'TSLA.US']\n---\n"_qs
                               << u"tickers=[AMZN.US|BRK.B.US|TSLA.US]"_qs;
    QTest::newRow("flow list over two lines")
        << u"---\ntags: [a,\n  b, c]\ntype: x\n---\n"_qs << u"tags=[a|b|c]\ntype=x"_qs;
    QTest::newRow("block list, plain and quoted items")
        << u"---\ntags:\n- one\n- \"two, three\"\n  - nested\n---\n"_qs << u"tags=[one|two, three|nested]"_qs;
    QTest::newRow("folded block >-")
        << u"---\ndescription: >-\n  First line\n  second line.\n\n  New paragraph.\ntype: News\n---\n"_qs
        << u"description=First line second line.\nNew paragraph.\ntype=News"_qs;
    QTest::newRow("folded block > keeps one final newline")
        << u"---\ndescription: >\n  One\n  two\n---\n"_qs << u"description=One two\n"_qs;
    QTest::newRow("literal block |") << u"---\nnote: |\n  line one\n    indented\n  line three\ntitle: t\n---\n"_qs
                                     << u"note=line one\n  indented\nline three\n\ntitle=t"_qs;
    QTest::newRow("literal block |- strips") << u"---\nnote: |-\n  a\n  b\n\n---\n"_qs << u"note=a\nb"_qs;
    QTest::newRow("multi-line double-quoted folds")
        << u"---\ntitle: \"first\n  second\"\ntype: t\n---\n"_qs << u"title=first second\ntype=t"_qs;
    QTest::newRow("plain continued on an indented line")
        << u"---\ntitle: first part\n  second part\n---\n"_qs << u"title=first part second part"_qs;
    QTest::newRow("nested mapping kept as its lines")
        << u"---\nlocales:\n  en: https://x.test/en/1\n  zh-CN: https://x.test/zh-CN/1\n---\n"_qs
        << u"locales=[en: https://x.test/en/1|zh-CN: https://x.test/zh-CN/1]"_qs;
    QTest::newRow("empty value and null")
        << u"---\nsummary:\nsubtitle: ~\ntype: null\n---\n"_qs << u"summary=\nsubtitle=\ntype="_qs;
    QTest::newRow("no space between colon and quote")
        << u"---\ntitle:\"Tight\"\ntype:'x'\n---\n"_qs << u"title=Tight\ntype=x"_qs;
    QTest::newRow("space before the colon") << u"---\ntitle : spaced\n---\n"_qs << u"title=spaced"_qs;
    QTest::newRow("tab-indented list") << u"---\ntags:\n\t- a\n\t- b\n---\n"_qs << u"tags=[a|b]"_qs;
    QTest::newRow("quoted key") << u"---\n\"og:title\": \"Shared\"\n---\n"_qs << u"og:title=Shared"_qs;
    QTest::newRow("unknown keys kept in order")
        << u"---\nzeta: 1\nalpha: two\ntitle: t\n---\n"_qs << u"zeta=1\nalpha=two\ntitle=t"_qs;
    QTest::newRow("repeated key: last value wins")
        << u"---\ntitle: first\ntitle: second\n---\n"_qs << u"title=second"_qs;
    QTest::newRow("TOML: strings, arrays, numbers, tables")
        << u"+++\ntitle = \"Hugo \\\"post\\\"\"\ndate = 2026-03-12T08:30:00Z\ntags = [\"a\", 'b']\ndraft = false # "
           u"comment\n"
           u"path = 'C:\\dir'\n[params]\nauthor = \"Ann\"\n+++\n"_qs
        << u"title=Hugo \"post\"\ndate=2026-03-12T08:30:00Z\ntags=[a|b]\ndraft=false\npath=C:\\dir\nparams.author=Ann"_qs;
    QTest::newRow("TOML: multi-line strings")
        << u"+++\nsummary = \"\"\"\nline one\nline \\\"two\\\"\"\"\"\nraw = '''\na\\b'''\n+++\n"_qs
        << u"summary=line one\nline \"two\"\nraw=a\\b"_qs;
}

void FrontMatterTest::fields()
{
    QFETCH(QString, document);
    QFETCH(QString, expected);
    const FrontMatter fm = parseFrontMatter(document);
    QVERIFY2(fm.syntax != FrontMatter::Syntax::None, qPrintable(fm.warnings.join(u'\n')));
    QCOMPARE(describe(fm), expected);
}

void FrontMatterTest::fences_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<int>("syntax");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body"); // the text after the front matter

    const int none = int(FrontMatter::Syntax::None);
    const int yaml = int(FrontMatter::Syntax::Yaml);
    const int toml = int(FrontMatter::Syntax::Toml);
    QTest::newRow("nominal") << u"---\ntitle: t\n---\nBody"_qs << yaml << u"t"_qs << u"Body"_qs;
    QTest::newRow("§3: blank lines before the fence")
        << u"\n\n  \n---\ntitle: t\n---\nBody"_qs << yaml << u"t"_qs << u"Body"_qs;
    QTest::newRow("§3: trailing spaces after both fences")
        << u"---   \ntitle: t\n--- \t\nBody"_qs << yaml << u"t"_qs << u"Body"_qs;
    QTest::newRow("§3: closing fence at end of file, no newline")
        << u"---\ntitle: t\n---"_qs << yaml << u"t"_qs << QString();
    QTest::newRow("§3: ... closes") << u"---\ntitle: t\n...\nBody"_qs << yaml << u"t"_qs << u"Body"_qs;
    QTest::newRow("§3: TOML +++") << u"+++\ntitle = \"t\"\n+++\nBody"_qs << toml << u"t"_qs << u"Body"_qs;
    QTest::newRow("§3: no closing fence: no front matter")
        << u"---\ntitle: t\n\nBody"_qs << none << QString() << u"---\ntitle: t\n\nBody"_qs;
    QTest::newRow("§3: later --- rules are body")
        << u"---\ntitle: t\n---\nA\n\n---\n\nB\n---\n"_qs << yaml << u"t"_qs << u"A\n\n---\n\nB\n---\n"_qs;
    QTest::newRow("two thematic breaks around text are not front matter")
        << u"---\nJust a paragraph.\n---\n"_qs << none << QString() << u"---\nJust a paragraph.\n---\n"_qs;
    QTest::newRow("empty front matter") << u"---\n---\nBody"_qs << yaml << QString() << u"Body"_qs;
    QTest::newRow("no front matter") << u"# Heading\n\ntext"_qs << none << QString() << u"# Heading\n\ntext"_qs;
    QTest::newRow("a fence later in the file is not front matter")
        << u"Intro\n---\ntitle: t\n---\n"_qs << none << QString() << u"Intro\n---\ntitle: t\n---\n"_qs;
    QTest::newRow("four dashes are not a fence")
        << u"----\ntitle: t\n----\n"_qs << none << QString() << u"----\ntitle: t\n----\n"_qs;
}

void FrontMatterTest::fences()
{
    QFETCH(QString, document);
    QFETCH(int, syntax);
    QFETCH(QString, title);
    QFETCH(QString, body);
    const FrontMatter fm = parseFrontMatter(document);
    QCOMPARE(int(fm.syntax), syntax);
    QCOMPARE(fm.textOf({u"title"}), title);
    QCOMPARE(QStringView(document).sliced(fm.bodyStart).toString(), body);
}

void FrontMatterTest::warnings_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("warning"); // a piece of the warning the user would read

    QTest::newRow("robustness: a line that is not key: value is skipped")
        << u"---\ntitle: t\nthis line is junk\ntype: News\n---\n"_qs << u"title=t\ntype=News"_qs << u"line 3:"_qs;
    QTest::newRow("robustness: stray indented line")
        << u"---\ntitle: t\n\n   - orphan\ntype: News\n---\n"_qs << u"title=t\ntype=News"_qs << u"line 4:"_qs;
    QTest::newRow("robustness: unterminated double quote") << u"---\ntitle: \"never closed\ntype: News\n---\n"_qs
                                                           << u"title=never closed\ntype=News"_qs << u"unterminated"_qs;
    QTest::newRow("robustness: unterminated single quote") << u"---\ntitle: 'never closed\ntype: News\n---\n"_qs
                                                           << u"title=never closed\ntype=News"_qs << u"unterminated"_qs;
    QTest::newRow("robustness: text after the closing quote")
        << u"---\ntitle: \"Quoted\" extra\n---\n"_qs << u"title=Quoted"_qs << u"after the closing quote"_qs;
    QTest::newRow("robustness: unknown escape kept")
        << u"---\ntitle: \"a\\qb\"\n---\n"_qs << u"title=a\\qb"_qs << u"unknown escape"_qs;
    QTest::newRow("robustness: bad \\u escape")
        << u"---\ntitle: \"a\\u12G4\"\n---\n"_qs << u"title=a\uFFFD12G4"_qs << u"invalid \\u"_qs;
    QTest::newRow("robustness: unterminated flow list")
        << u"---\ntags: [a, b\ntype: News\n---\n"_qs << u"tags=[a|b]\ntype=News"_qs << u"unterminated"_qs;
    QTest::newRow("robustness: TOML junk line")
        << u"+++\ntitle = \"t\"\nnot toml at all\n+++\n"_qs << u"title=t"_qs << u"line 3"_qs;
    QTest::newRow("robustness: repeated key") << u"---\ntype: a\ntype: b\n---\n"_qs << u"type=b"_qs << u"repeated"_qs;
}

void FrontMatterTest::warnings()
{
    QFETCH(QString, document);
    QFETCH(QString, expected);
    QFETCH(QString, warning);
    const FrontMatter fm = parseFrontMatter(document);
    QCOMPARE(describe(fm), expected);
    QVERIFY2(fm.warnings.join(u'\n').contains(warning), qPrintable(fm.warnings.join(u'\n')));
}

void FrontMatterTest::manyBadLines()
{
    // Thousands of unterminated quotes and stray lines: every key survives, each bad line warns.
    QString document = u"---\n"_qs;
    for (int i = 0; i < 20000; ++i)
        document += u"k" + QString::number(i) + u": \"open\n  - [x](y\n  'q\n";
    document += u"---\n"_qs;
    const FrontMatter fm = parseFrontMatter(document);
    QCOMPARE(fm.fields.size(), 20000);
    QCOMPARE(fm.textOf({u"k19999"}), u"open"_qs);
    QVERIFY(fm.warnings.size() >= 20000);
}

QTEST_APPLESS_MAIN(FrontMatterTest)
#include "tst_frontmatter.moc"
