#include "render/matchmarker.h"

#include <QTest>

using Newsdesk::Render::markMatches;

// A search's words marked in body HTML: only in text the page shows as text, never inside tags,
// entities, code or links; Latin at the start of a word, Chinese anywhere.
class TestMatchMarker final : public QObject
{
    Q_OBJECT

private slots:
    void marks_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("count");

        const auto m = [](int n, const QString &text) {
            return QStringLiteral("<mark class=\"search-match\" id=\"search-match-%1\">%2</mark>").arg(n).arg(text);
        };
        QTest::newRow("nominal: a word") << u"<p>Record quarter</p>"_qs << QStringList{u"record"_qs}
                                         << u"<p>" + m(1, u"Record"_qs) + u" quarter</p>" << 1;
        QTest::newRow("nominal: start of a word")
            << u"<p>recorded, a record</p>"_qs << QStringList{u"record"_qs}
            << u"<p>" + m(1, u"record"_qs) + u"ed, a " + m(2, u"record"_qs) + u"</p>" << 2;
        QTest::newRow("nominal: not inside a word")
            << u"<p>prerecord</p>"_qs << QStringList{u"record"_qs} << u"<p>prerecord</p>"_qs << 0;
        QTest::newRow("nominal: Chinese anywhere")
            << u"<p>季度营收创新高，营收增长</p>"_qs << QStringList{u"营收"_qs}
            << u"<p>季度" + m(1, u"营收"_qs) + u"创新高，" + m(2, u"营收"_qs) + u"增长</p>" << 2;
        QTest::newRow("nominal: phrase before its word")
            << u"<p>record quarter</p>"_qs << QStringList{u"record"_qs, u"record quarter"_qs}
            << u"<p>" + m(1, u"record quarter"_qs) + u"</p>" << 1;
        QTest::newRow("robustness: not in a tag")
            << u"<p title=\"record\">x</p>"_qs << QStringList{u"record"_qs} << u"<p title=\"record\">x</p>"_qs << 0;
        QTest::newRow("robustness: not in a link") << u"<a href=\"#\">record</a> record"_qs << QStringList{u"record"_qs}
                                                   << u"<a href=\"#\">record</a> " + m(1, u"record"_qs) << 1;
        QTest::newRow("robustness: not in code")
            << u"<pre><code>record</code></pre><code>record</code>"_qs << QStringList{u"record"_qs}
            << u"<pre><code>record</code></pre><code>record</code>"_qs << 0;
        QTest::newRow("robustness: not in an entity")
            << u"<p>&amp;amp amp</p>"_qs << QStringList{u"amp"_qs}
            << u"<p>&amp;" + m(1, u"amp"_qs) + u" " + m(2, u"amp"_qs) + u"</p>" << 2;
        QTest::newRow("robustness: a term with markup characters")
            << u"<p>AT&amp;T</p>"_qs << QStringList{u"AT&T"_qs} << u"<p>" + m(1, u"AT&amp;T"_qs) + u"</p>" << 1;
        QTest::newRow("robustness: a term that is a tag")
            << u"<p>x</p>"_qs << QStringList{u"<p>"_qs} << u"<p>x</p>"_qs << 0;
        QTest::newRow("robustness: no terms") << u"<p>x</p>"_qs << QStringList() << u"<p>x</p>"_qs << 0;
        QTest::newRow("robustness: unclosed tag")
            << u"<p>record <b"_qs << QStringList{u"record"_qs} << u"<p>" + m(1, u"record"_qs) + u" <b" << 1;
    }

    void marks()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, terms);
        QFETCH(QString, expected);
        QFETCH(int, count);
        const auto marked = markMatches(html, terms);
        QCOMPARE(marked.html, expected);
        QCOMPARE(marked.count, count);
    }
};

QTEST_APPLESS_MAIN(TestMatchMarker)
#include "tst_matchmarker.moc"
