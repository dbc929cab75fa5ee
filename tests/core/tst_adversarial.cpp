// Large hostile inputs shaped to hit each scanner's worst case. A quadratic path turns these
// large inputs into hours, which the CTest timeout reports; linear code reads each in milliseconds.
#include "core/articleparser.h"
#include "core/listpageparser.h"

#include <QTest>

using namespace Newsdesk::Core;

namespace {

QString repeated(const QString &piece, qsizetype totalSize)
{
    QString out;
    out.reserve(totalSize + piece.size());
    while (out.size() < totalSize)
        out += piece;
    return out;
}

// Large enough that a quadratic path needs minutes (the CTest timeout), small enough for ASan builds.
constexpr qsizetype inputSize = 256 * 1024;

} // namespace

class AdversarialTest final : public QObject
{
    Q_OBJECT

private slots:
    void articles_data();
    void articles();
    void listPages_data();
    void listPages();
};

void AdversarialTest::articles_data()
{
    QTest::addColumn<QString>("document");

    QTest::newRow("open brackets") << repeated(u"["_qs, inputSize);
    QTest::newRow("open parentheses (mentions)") << repeated(u"(AAPL.US "_qs, inputSize);
    QTest::newRow("links without a closing paren") << repeated(u"[a](http://x "_qs, inputSize);
    QTest::newRow("YAML: unterminated quotes on every key")
        << QString(u"---\n" + repeated(u"k: \"open\n  more\n"_qs, inputSize) + u"---\n");
    QTest::newRow("YAML: unterminated flow lists")
        << QString(u"---\n" + repeated(u"k: [a, [b\n"_qs, inputSize) + u"---\n");
    QTest::newRow("YAML: a block list of many items")
        << QString(u"---\nlocales:\n" + repeated(u"  - [en](x)\n"_qs, inputSize) + u"---\n");
    QTest::newRow("YAML: junk lines") << QString(u"---\n" + repeated(u"!!! junk\n"_qs, inputSize) + u"---\n");
    QTest::newRow("YAML: no closing fence") << QString(u"---\n" + repeated(u"k: v\n"_qs, inputSize));
    QTest::newRow("YAML: escapes") << QString(u"---\ntitle: \"" + repeated(u"\\uD83D\\u"_qs, inputSize) + u"\"\n---\n");
    QTest::newRow("TOML: unterminated arrays")
        << QString(u"+++\n" + repeated(u"k = [1, [2\n"_qs, inputSize) + u"+++\n");
    QTest::newRow("TOML: unterminated multi-line strings")
        << QString(u"+++\n" + repeated(u"k = \"\"\"a\nb = '''c\n"_qs, inputSize) + u"+++\n");
    QTest::newRow("collapsed: unterminated flow lists") << QString(u"--- " + repeated(u"k: [x "_qs, inputSize));
    QTest::newRow("collapsed: closed, many keys") << QString(u"--- " + repeated(u"k: v "_qs, inputSize) + u" --- body");
    QTest::newRow("collapsed: keys and items")
        << QString(u"--- locales: " + repeated(u"- [en](x) - y "_qs, inputSize) + u" --- body");
    QTest::newRow("collapsed: body of headings") << QString(u"--- title: t --- " + repeated(u"## a "_qs, inputSize));
    QTest::newRow("collapsed: body of bold") << QString(u"--- title: t --- " + repeated(u"x. **a "_qs, inputSize));
    QTest::newRow("collapsed: long heading text")
        << QString(u"--- title: t --- ## " + repeated(u"word "_qs, inputSize));
    QTest::newRow("collapsed: related items")
        << QString(u"--- title: t --- ### Related Stocks " + repeated(u"- [A (A.US)](/quote/A.US) "_qs, inputSize));
    QTest::newRow("body: related section of many items")
        << QString(u"### Related News\n\n" + repeated(u"- [11:05 ETx](https://x.test/news/1)\n"_qs, inputSize));
    QTest::newRow("body: fences that never close") << repeated(u"```\n## Related Stocks\n"_qs, inputSize);
    QTest::newRow("body: headings only") << repeated(u"# \n"_qs, inputSize);
    QTest::newRow("one line of 256K characters") << repeated(u"a"_qs, inputSize);
}

void AdversarialTest::articles()
{
    QFETCH(QString, document);
    const Article a = parseArticle(document.toUtf8());
    QVERIFY(!a.key.isEmpty());
    QVERIFY(a.warnings.size() <= 51);
}

void AdversarialTest::listPages_data()
{
    QTest::addColumn<QByteArray>("document");

    QTest::newRow("index items without sub-items")
        << repeated(u"- [a](https://x.test/news/1)\n"_qs, inputSize).toUtf8();
    QTest::newRow("sub-items without an item") << repeated(u"  - Summary: x\n"_qs, inputSize).toUtf8();
    QTest::newRow("heading items") << repeated(u"### [a](https://x.test/news/1)\n> s\n"_qs, inputSize).toUtf8();
    QTest::newRow("deeply nested XML") << QByteArray(
        "<rss>" + QByteArray(200000, 'x').replace("x", "<a>") + "<item><link>https://x.test/news/1</link></item>");
    QTest::newRow("many items in a feed") << QByteArray("<rss><channel>"
        + repeated(u"<item><link>https://x.test/news/1</link><pubDate>x</pubDate></item>"_qs, inputSize).toUtf8());
}

void AdversarialTest::listPages()
{
    QFETCH(QByteArray, document);
    const ListPage page = parseAnyListPage(document);
    QVERIFY(page.kind != ListPage::Kind::Unknown || !page.warnings.isEmpty());
}

QTEST_APPLESS_MAIN(AdversarialTest)
#include "tst_adversarial.moc"
