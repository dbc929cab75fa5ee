#include "storage/searchquery.h"

#include <QTest>

using Newsdesk::Storage::SearchQuery;

// What the user types becomes an FTS5 query that quotes every term: nothing typed can be run as
// FTS5 syntax, and nothing typed can make the query fail.
class TestSearchQuery final : public QObject
{
    Q_OBJECT

private slots:
    void toFts5_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nominal: one word") << u"harborline"_qs << u"\"harborline\""_qs;
        QTest::newRow("nominal: words are ANDed") << u"record  quarter"_qs << u"\"record\" AND \"quarter\""_qs;
        QTest::newRow("nominal: prefix") << u"semicond*"_qs << u"\"semicond\"*"_qs;
        QTest::newRow("nominal: phrase") << u"\"record quarter\" guidance"_qs
                                         << u"\"record quarter\" AND \"guidance\""_qs;
        QTest::newRow("nominal: phrase prefix") << u"\"record quar\"*"_qs << u"\"record quar\"*"_qs;
        QTest::newRow("nominal: prefix of three characters") << u"sem*"_qs << u"\"sem\"*"_qs;
        QTest::newRow("nominal: prefix of two characters is a word") << u"se*"_qs << u"\"se\""_qs;
        QTest::newRow("nominal: phrase ending in two characters") << u"\"record qu\"*"_qs << u"\"record qu\""_qs;
        QTest::newRow("nominal: two Chinese characters") << u"营收"_qs << u"\"营收\""_qs;
        QTest::newRow("nominal: one Chinese character is a prefix") << u"港"_qs << u"\"港\"*"_qs;
        QTest::newRow("nominal: word then one Chinese character") << u"HBLN港"_qs << u"\"HBLN港\"*"_qs;
        QTest::newRow("nominal: ticker") << u"700.HK"_qs << u"\"700.HK\""_qs;
        QTest::newRow("robustness: FTS5 operators are words")
            << u"apple OR NOT pear"_qs << u"\"apple\" AND \"OR\" AND \"NOT\" AND \"pear\""_qs;
        QTest::newRow("robustness: parentheses") << u"(apple"_qs << u"\"(apple\""_qs;
        QTest::newRow("robustness: column filter") << u"title:apple"_qs << u"\"title:apple\""_qs;
        QTest::newRow("robustness: NEAR group") << u"NEAR(a b, 3)"_qs << u"\"NEAR(a\" AND \"b,\" AND \"3)\""_qs;
        QTest::newRow("robustness: quote inside a word") << u"a\"b"_qs << u"\"a\" AND \"b\""_qs;
        QTest::newRow("robustness: unbalanced quote") << u"\"record quarter"_qs << u"\"record quarter\""_qs;
        QTest::newRow("robustness: doubled quotes") << u"\"\"x\"\""_qs << u"\"x\""_qs;
        QTest::newRow("robustness: lone star") << u"*"_qs << QString();
        QTest::newRow("robustness: punctuation only") << u"-- ') ;"_qs << QString();
        QTest::newRow("robustness: empty") << QString() << QString();
        QTest::newRow("robustness: star inside a word") << u"a*b"_qs << u"\"a*b\""_qs;
        QTest::newRow("robustness: caret and plus") << u"^apple +pear"_qs << u"\"^apple\" AND \"+pear\""_qs;
    }

    void toFts5()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QCOMPARE(SearchQuery::toFts5(typed), expected);
    }
};

QTEST_APPLESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
