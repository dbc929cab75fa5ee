#include "storage/connection.h"
#include "storage/library.h"
#include "testarticles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Storage;
using Tests::article;
using Tests::keys;
using Tests::utc;

namespace {

// Four documents; the oldest first. "harbor" is a prefix of "Harborline"; 人民银行 is in zh-CN and
// 人民銀行 (Traditional) in zh-HK.
QList<Core::Article> corpus()
{
    QList<Core::Article> articles;
    articles.append(article(u"1"_qs, u"en"_qs, u"Harborline posts record quarter"_qs, utc("2026-03-10T08:00:00Z"),
        u"Revenue rose 41% as cloud providers doubled orders. Gross margin is guided at 71.5%."_qs,
        u"Data-center orders double."_qs));
    articles.append(article(u"1"_qs, u"zh-CN"_qs, u"港湾线半导体季度营收创新高"_qs, utc("2026-03-10T08:00:00Z"),
        u"港湾线半导体（HBLN.US）周四表示，季度营收增长 41% 至 82 亿美元。"_qs));
    articles.append(article(u"1"_qs, u"zh-HK"_qs, u"港灣線半導體季度營收創新高"_qs, utc("2026-03-10T08:00:00Z"),
        u"港灣線半導體（HBLN.US）周四表示，季度營收增長 41% 至 82 億美元。"_qs));
    articles.append(article(u"2"_qs, u"zh-CN"_qs, u"中国人民银行下调存款准备金率"_qs, utc("2026-03-11T08:00:00Z"),
        u"人民银行宣布，下调金融机构存款准备金率0.5个百分点。"_qs));
    articles.append(article(u"2"_qs, u"zh-HK"_qs, u"中國人民銀行下調存款準備金率"_qs, utc("2026-03-11T08:00:00Z"),
        u"人民銀行宣佈，下調金融機構存款準備金率0.5個百分點。"_qs));
    articles.append(article(u"3"_qs, u"en"_qs, u"Harbor cranes idle as port strike drags on"_qs,
        utc("2026-03-12T08:00:00Z"), u"The harbor authority said talks would resume on Friday."_qs));
    articles.append(article(u"4"_qs, u"en"_qs, u"Café owners cheer record footfall"_qs, utc("2026-03-13T08:00:00Z"),
        u"A record quarter for the CAFÉ chain; analysts (and critics) agree."_qs));
    return articles;
}

} // namespace

// Full-text search: English words and prefixes, Chinese of two characters or more in any locale,
// phrases, and whatever a user types, newest document first.
class TestLibrarySearch final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Library m_library;

private slots:
    void initTestCase()
    {
        QVERIFY(m_library.open(m_dir.filePath(u"library.sqlite"_qs)).ok());
        for (const Result<StoreOutcome> &result : m_library.storeAll(corpus()))
            QVERIFY(result.ok());
    }

    void finds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // newest first

        QTest::newRow("nominal: English word") << u"quarter"_qs << QStringList{u"4"_qs, u"1"_qs};
        QTest::newRow("nominal: case-insensitive") << u"REVENUE"_qs << QStringList{u"1"_qs};
        QTest::newRow("nominal: word in title, not a prefix") << u"harbor"_qs << QStringList{u"3"_qs};
        QTest::newRow("nominal: prefix") << u"harbor*"_qs << QStringList{u"3"_qs, u"1"_qs};
        QTest::newRow("nominal: prefix of three characters, folded") << u"CAF*"_qs << QStringList{u"4"_qs};
        QTest::newRow("nominal: prefix longer than the prefix indexes") << u"harborl*"_qs << QStringList{u"1"_qs};
        QTest::newRow("nominal: prefix of two characters is a word") << u"ha*"_qs << QStringList();
        QTest::newRow("nominal: two words anywhere") << u"record cafe"_qs << QStringList{u"4"_qs};
        QTest::newRow("nominal: diacritics folded") << u"café"_qs << QStringList{u"4"_qs};
        QTest::newRow("nominal: phrase") << u"\"record quarter\""_qs << QStringList{u"4"_qs, u"1"_qs};
        QTest::newRow("nominal: phrase in order only") << u"\"quarter record\""_qs << QStringList();
        QTest::newRow("nominal: two Chinese characters, zh-CN") << u"营收"_qs << QStringList{u"1"_qs};
        QTest::newRow("nominal: two Chinese characters, zh-HK") << u"營收"_qs << QStringList{u"1"_qs};
        QTest::newRow("nominal: two Chinese characters in both") << u"人民"_qs << QStringList{u"2"_qs};
        QTest::newRow("nominal: four characters") << u"人民银行"_qs << QStringList{u"2"_qs};
        QTest::newRow("nominal: four characters, Traditional") << u"人民銀行"_qs << QStringList{u"2"_qs};
        QTest::newRow("nominal: characters at the end of a run") << u"新高"_qs << QStringList{u"1"_qs};
        QTest::newRow("nominal: Chinese not in that order") << u"行银"_qs << QStringList();
        QTest::newRow("nominal: Chinese phrase spanning a bigram edge") << u"民银"_qs << QStringList{u"2"_qs};
        QTest::newRow("nominal: one Chinese character") << u"港"_qs << QStringList{u"1"_qs};
        QTest::newRow("nominal: ticker in Chinese text") << u"HBLN"_qs << QStringList{u"1"_qs};
        QTest::newRow("nominal: Chinese and English") << u"港湾 41"_qs << QStringList{u"1"_qs};
        QTest::newRow("nominal: number") << u"71.5"_qs << QStringList{u"1"_qs};
        QTest::newRow("nominal: no match") << u"zeppelin"_qs << QStringList();
        QTest::newRow("robustness: FTS5 operator typed") << u"record OR zeppelin"_qs << QStringList();
        QTest::newRow("robustness: NOT typed") << u"NOT harbor"_qs << QStringList();
        QTest::newRow("robustness: parentheses") << u"(critics)"_qs << QStringList{u"4"_qs};
        QTest::newRow("robustness: unbalanced parenthesis") << u"(analysts"_qs << QStringList{u"4"_qs};
        QTest::newRow("robustness: unbalanced quote") << u"\"record quarter"_qs << QStringList{u"4"_qs, u"1"_qs};
        QTest::newRow("robustness: column filter") << u"title:harbor"_qs << QStringList();
        QTest::newRow("robustness: NEAR") << u"NEAR(record quarter)"_qs << QStringList();
        QTest::newRow("robustness: SQL") << u"'); DROP TABLE articles; --"_qs << QStringList();
        QTest::newRow("robustness: star only") << u"*"_qs << QStringList();
        QTest::newRow("robustness: caret") << u"^record"_qs << QStringList{u"4"_qs, u"1"_qs};
        QTest::newRow("robustness: hyphen") << u"data-center"_qs << QStringList{u"1"_qs};
    }

    void finds()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const ListFilter filter{ListFilter::View::All, {}, query};
        QCOMPARE(keys(m_library.rows(filter, 50)), expected);
        QCOMPARE(m_library.count(filter), int(expected.size()));
        QCOMPARE(m_library.documentCount(), 4);
    }

    void showsTheVariantThatMatched_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<QString>("shown");
        QTest::newRow("nominal: Simplified text, English preferred") << u"营收"_qs << u"en"_qs << u"zh-CN"_qs;
        QTest::newRow("nominal: Traditional text, English preferred") << u"營收"_qs << u"en"_qs << u"zh-HK"_qs;
        QTest::newRow("nominal: English text, Chinese preferred") << u"revenue"_qs << u"zh-HK"_qs << u"en"_qs;
        QTest::newRow("nominal: matched in all, preferred wins") << u"41"_qs << u"zh-HK"_qs << u"zh-HK"_qs;
    }

    void showsTheVariantThatMatched()
    {
        QFETCH(QString, query);
        QFETCH(QString, preferred);
        QFETCH(QString, shown);
        const QList<ListRow> rows = m_library.rows({ListFilter::View::All, {}, query}, 50, std::nullopt, preferred);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().locale, shown);
        QCOMPARE(rows.first().locales, (QStringList{u"en"_qs, u"zh-CN"_qs, u"zh-HK"_qs}));
    }

    void combinesWithFilters()
    {
        const DocId four = m_library.findDocument(u"4"_qs).value();
        QVERIFY(m_library.setRead(four, true).ok());
        QCOMPARE(keys(m_library.rows({ListFilter::View::Unread, {}, u"record"_qs}, 50)), QStringList{u"1"_qs});
        QVERIFY(m_library.setRead(four, false).ok());
        QCOMPARE(keys(m_library.rows({ListFilter::View::Bookmarked, {}, u"record"_qs}, 50)), QStringList());
        Core::Article tagged = corpus().at(0);
        tagged.relatedStocks = {Tests::stock(u"HBLN.US"_qs, u"Harborline"_qs)};
        QVERIFY(m_library.store(tagged).ok());
        QCOMPARE(
            keys(m_library.rows({ListFilter::View::All, {u"hbln.us"_qs}, u"record"_qs}, 50)), QStringList{u"1"_qs});
        QCOMPARE(m_library.count({ListFilter::View::All, {u"hbln.us"_qs}, u"record"_qs}), 1);
        QVERIFY(m_library.store(corpus().at(0)).ok());
    }

    void updatedTextIsSearchedByItsNewWords()
    {
        Core::Article a = article(u"9"_qs, u"en"_qs, u"Marmalade futures"_qs, utc("2026-03-01T08:00:00Z"),
            u"Seville oranges in short supply."_qs);
        QVERIFY(m_library.store(a).ok());
        QCOMPARE(keys(m_library.rows({ListFilter::View::All, {}, u"seville"_qs}, 50)), QStringList{u"9"_qs});
        a.body = u"Valencia oranges in short supply."_qs;
        a.title = u"Jam futures"_qs;
        QCOMPARE(m_library.store(a)->action, StoreAction::Updated);
        QVERIFY(m_library.rows({ListFilter::View::All, {}, u"seville"_qs}, 50).isEmpty());
        QVERIFY(m_library.rows({ListFilter::View::All, {}, u"marmalade"_qs}, 50).isEmpty());
        QCOMPARE(keys(m_library.rows({ListFilter::View::All, {}, u"valencia jam"_qs}, 50)), QStringList{u"9"_qs});
        // A new publish time moves it: the old full-text rows go with it.
        a.published = utc("2026-03-20T08:00:00Z");
        QVERIFY(m_library.store(a).ok());
        const QList<ListRow> found = m_library.rows({ListFilter::View::All, {}, u"valencia"_qs}, 50);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().docId, m_library.findDocument(u"9"_qs).value());
        QCOMPARE(found.first().published, a.published);
        QVERIFY2(m_library.checkIntegrity().ok(), qPrintable(m_library.checkIntegrity().error().message));
        // The index holds exactly one row per article: nothing stale is left behind.
        const Result<QVariant> stale = m_library.connection().scalar(
            u"SELECT count(*) FROM article_fts WHERE article_fts MATCH 'seville OR marmalade'"_qs);
        QVERIFY(stale.ok());
        QCOMPARE(stale->toInt(), 0);
    }

    void pagesThroughManyMatches()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.filePath(u"many.sqlite"_qs)).ok());
        QList<Core::Article> articles;
        for (int i = 0; i < 130; ++i) {
            const QDateTime when = utc("2026-01-01T00:00:00Z").addSecs(i * 600);
            for (const char *locale : {"en", "zh-CN", "zh-HK"}) {
                articles.append(article(QString::number(i), QString::fromLatin1(locale), u"Common words"_qs, when,
                    u"every article says common and 常见词"_qs));
            }
        }
        for (const Result<StoreOutcome> &result : library.storeAll(articles))
            QVERIFY(result.ok());
        for (const QString &query : {u"common"_qs, u"常见"_qs}) {
            QStringList all;
            std::optional<DocId> before;
            for (int page = 0; page < 10; ++page) {
                const QList<ListRow> rows = library.rows({ListFilter::View::All, {}, query}, 50, before);
                all += keys(rows);
                if (rows.size() < 50)
                    break;
                before = rows.last().docId;
            }
            QCOMPARE(all.size(), 130);
            for (int i = 0; i < 130; ++i)
                QCOMPARE(all.at(i), QString::number(129 - i));
            QCOMPARE(library.count({ListFilter::View::All, {}, query}), 130);
        }
    }
};

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "tst_library_search.moc"
