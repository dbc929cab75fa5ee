#include "storage/library.h"
#include "storage/searchquery.h"
#include "testarticles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using Storage::SearchQuery;

namespace {

// `count` distinct made-up words ("zq0a", "zq1b", …), none of which is in any article.
QString unknownWords(int count)
{
    QStringList words;
    words.reserve(count);
    for (int i = 0; i < count; ++i)
        words.append(u"zq%1%2"_qs.arg(i).arg(QChar(u'a' + i % 26)));
    return words.join(u' ');
}

} // namespace

// What a search may cost is bounded by what it is given: repeated terms once, at most
// SearchQuery::maxTerms terms, at most maxInputChars characters read.
class TestSearchBounds final : public QObject
{
    Q_OBJECT

private slots:
    void duplicatesAreSearchedOnce()
    {
        const SearchQuery::Compiled compiled = SearchQuery::compile(u"record Record RECORD quarter record"_qs);
        QCOMPARE(compiled.terms, 2);
        QCOMPARE(compiled.match, u"\"record\" AND \"quarter\""_qs);
        QVERIFY(!compiled.shortened);
        // A prefix and the word are different searches.
        QCOMPARE(SearchQuery::compile(u"record record*"_qs).terms, 2);
    }

    void termsAreCapped()
    {
        const SearchQuery::Compiled compiled = SearchQuery::compile(unknownWords(40));
        QCOMPARE(compiled.terms, SearchQuery::maxTerms);
        QVERIFY(compiled.shortened);
        QVERIFY(compiled.match.startsWith(u"\"zq0a\" AND \"zq1b\""));
    }

    void inputIsCapped()
    {
        // One enormous word: the query holds at most maxInputChars characters of it.
        const SearchQuery::Compiled compiled = SearchQuery::compile(QString(200000, u'x'));
        QCOMPARE(compiled.terms, 1);
        QVERIFY(compiled.shortened);
        QVERIFY(compiled.match.size() <= SearchQuery::maxInputChars + 3);
        // Cut between words, not inside one: every kept term is a whole word.
        const SearchQuery::Compiled words = SearchQuery::compile(QString(u"alpha "_qs).repeated(400));
        QCOMPARE(words.match, u"\"alpha\""_qs);
    }

    // The attack: 20,000 terms. The compiled query is bounded, and on a real library the search
    // gives the articles the first terms find (dropped terms could only have narrowed it).
    void twentyThousandTerms()
    {
        const QString query = u"harborline quarter "_qs + unknownWords(20000);
        const SearchQuery::Compiled compiled = SearchQuery::compile(query);
        QCOMPARE(compiled.terms, SearchQuery::maxTerms);
        QVERIFY(compiled.shortened);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Storage::Library library;
        QVERIFY(library.open(dir.filePath(u"library.sqlite"_qs)).ok());
        QList<Core::Article> articles;
        for (int i = 0; i < 200; ++i) {
            articles.append(Tests::article(QString::number(281000000 + i), u"en"_qs, u"Report %1"_qs.arg(i),
                Tests::utc("2026-01-05T08:00:00Z").addSecs(i * 60),
                i % 50 == 0 ? u"Harborline had a record quarter."_qs : u"Nothing to see."_qs));
        }
        for (const Result<Storage::StoreOutcome> &stored : library.storeAll(articles))
            QVERIFY(stored.ok());

        Storage::ListFilter filter;
        filter.search = u"harborline quarter"_qs;
        const QList<Storage::ListRow> plain = library.rows(filter, 50);
        QCOMPARE(plain.size(), 4);
        // Only 30 unknown words make it into the query, so nothing matches…
        filter.search = query;
        QCOMPARE(library.rows(filter, 50).size(), 0);
        QCOMPARE(library.count(filter), 0);
        // …and when the known words are repeated 20,000 times they are searched once.
        filter.search = QString(u"harborline quarter "_qs).repeated(10000);
        QCOMPARE(SearchQuery::compile(filter.search).terms, 2);
        QCOMPARE(library.rows(filter, 50).size(), 4);
        QCOMPARE(library.count(filter), 4);
    }
};

QTEST_GUILESS_MAIN(TestSearchBounds)
#include "tst_searchbounds.moc"
