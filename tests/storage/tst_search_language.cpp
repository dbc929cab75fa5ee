#include "storage/library.h"
#include "testarticles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Storage;
using Tests::article;
using Tests::keys;
using Tests::stock;
using Tests::utc;

namespace {

// Five documents, the oldest first, with Related Stocks as the samples carry them.
QList<Core::Article> corpus()
{
    QList<Core::Article> articles;
    Core::Article amzz = article(u"1"_qs, u"en"_qs, u"Leveraged single-stock funds draw record inflows"_qs,
        utc("2026-03-10T08:00:00Z"), u"Trainium demand lifted the fund's underlying shares."_qs);
    amzz.relatedStocks = {stock(u"AMZZ.US"_qs, u"GraniteShares 2x Long AMZN Daily ETF"_qs)};
    articles.append(amzz);
    Core::Article tencent = article(u"2"_qs, u"zh-CN"_qs, u"港股午评：恒指收涨"_qs, utc("2026-03-11T08:00:00Z"),
        u"科技股走强，大型平台股领涨。"_qs);
    tencent.relatedStocks = {stock(u"00700.HK"_qs, u"腾讯控股"_qs)};
    articles.append(tencent);
    Core::Article tencentEn = article(u"2"_qs, u"en"_qs, u"Hang Seng closes higher at midday"_qs,
        utc("2026-03-11T08:00:00Z"), u"Tech shares led the gains."_qs);
    tencentEn.relatedStocks = {stock(u"700.HK"_qs, u"Tencent"_qs)};
    articles.append(tencentEn);
    Core::Article nvda = article(u"3"_qs, u"en"_qs, u"Nvidia guidance tops estimates"_qs, utc("2026-04-02T08:00:00Z"),
        u"Data-center revenue doubled; export rules weigh on China sales."_qs);
    nvda.relatedStocks = {stock(u"NVDA.US"_qs, u"NVIDIA"_qs)};
    articles.append(nvda);
    articles.append(article(u"4"_qs, u"en"_qs, u"Chip export rules tighten again"_qs, utc("2026-04-20T08:00:00Z"),
        u"Nvidia and peers face new limits on China sales."_qs));
    articles.append(article(u"5"_qs, u"zh-CN"_qs, u"人民银行下调存款准备金率"_qs, utc("2026-05-03T08:00:00Z"),
        u"下调金融机构存款准备金率0.5个百分点。"_qs));
    return articles;
}

} // namespace

// The search language against a real library: operators, the word being typed, and tickers and
// company names from Related Stocks.
class TestSearchLanguage final : public QObject
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
        QVERIFY(m_library.setBookmarked(m_library.findDocument(u"3"_qs).value(), true).ok());
        QVERIFY(m_library.setRead(m_library.findDocument(u"4"_qs).value(), true).ok());
    }

    void finds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("typing");
        QTest::addColumn<QStringList>("expected"); // newest first

        QTest::newRow("typing: start of a word") << u"Trai"_qs << true << QStringList{u"1"_qs};
        QTest::newRow("submitted: a whole word") << u"Trai"_qs << false << QStringList();
        QTest::newRow("typing: earlier words are whole") << u"Trai dema"_qs << true << QStringList();
        QTest::newRow("typing: Chinese") << u"准备"_qs << true << QStringList{u"5"_qs};
        QTest::newRow("exclude") << u"china -guidance"_qs << false << QStringList{u"4"_qs};
        QTest::newRow("exclude only") << u"-nvidia"_qs << false << QStringList{u"5"_qs, u"2"_qs, u"1"_qs};
        QTest::newRow("exclude Chinese") << u"-准备金"_qs << false << QStringList{u"4"_qs, u"3"_qs, u"2"_qs, u"1"_qs};
        QTest::newRow("ticker operator") << u"ticker:NVDA.US"_qs << false << QStringList{u"3"_qs};
        QTest::newRow("ticker operator and word") << u"ticker:nvda.us export"_qs << false << QStringList{u"3"_qs};
        QTest::newRow("ticker operator, other spelling") << u"ticker:0700.HK"_qs << false << QStringList{u"2"_qs};
        QTest::newRow("lang") << u"lang:zh-CN"_qs << false << QStringList{u"5"_qs, u"2"_qs};
        QTest::newRow("lang and a word of another language") << u"lang:zh-CN tech"_qs << false << QStringList();
        QTest::newRow("after") << u"after:2026-04-02"_qs << false << QStringList{u"5"_qs, u"4"_qs, u"3"_qs};
        QTest::newRow("before") << u"before:2026-04-02"_qs << false << QStringList{u"2"_qs, u"1"_qs};
        QTest::newRow("dates and a word")
            << u"china after:2026-04-01 before:2026-04-10"_qs << false << QStringList{u"3"_qs};
        QTest::newRow("is:unread") << u"china is:unread"_qs << false << QStringList{u"3"_qs};
        QTest::newRow("is:bookmarked") << u"is:bookmarked"_qs << false << QStringList{u"3"_qs};
        QTest::newRow("ticker as written") << u"AMZZ.US"_qs << false << QStringList{u"1"_qs};
        QTest::newRow("ticker in another spelling") << u"0700.HK"_qs << false << QStringList{u"2"_qs};
        QTest::newRow("ticker, five digits") << u"00700.HK"_qs << true << QStringList{u"2"_qs};
        QTest::newRow("ticker code without market") << u"nvda"_qs << false << QStringList{u"3"_qs};
        QTest::newRow("company name") << u"GraniteShares"_qs << false << QStringList{u"1"_qs};
        QTest::newRow("company name being typed") << u"granites"_qs << true << QStringList{u"1"_qs};
        QTest::newRow("company name in Chinese") << u"腾讯"_qs << false << QStringList{u"2"_qs};
        QTest::newRow("company name and text") << u"nvidia"_qs << false << QStringList{u"4"_qs, u"3"_qs};
        QTest::newRow("company name, its text excluded") << u"GraniteShares -trainium"_qs << false << QStringList();
        QTest::newRow("company name with an operator")
            << u"GraniteShares before:2026-01-01"_qs << false << QStringList();
        QTest::newRow("malformed: unknown operator is words") << u"flag:macro"_qs << false << QStringList();
        QTest::newRow("malformed: bad date is words") << u"before:soon"_qs << false << QStringList();
        QTest::newRow("malformed: only punctuation") << u"- * \""_qs << true << QStringList();
    }

    void finds()
    {
        QFETCH(QString, query);
        QFETCH(bool, typing);
        QFETCH(QStringList, expected);
        ListFilter filter{ListFilter::View::All, {}, query};
        filter.typing = typing;
        QCOMPARE(keys(m_library.rows(filter, 50)), expected);
        QCOMPARE(m_library.count(filter), int(expected.size()));
    }

    // A hit shows (and so opens) the variant that matched, or the one lang: asked for.
    void showsTheLanguageThatMatched()
    {
        QList<ListRow> rows = m_library.rows({ListFilter::View::All, {}, u"恒指"_qs}, 50, std::nullopt, u"en"_qs);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().locale, u"zh-CN"_qs);
        rows = m_library.rows({ListFilter::View::All, {}, u"lang:zh-CN"_qs}, 50, std::nullopt, u"en"_qs);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.last().locale, u"zh-CN"_qs);
    }

    // A company name stored by another connection (an import, a refresh) is found at once.
    void findsNamesStoredElsewhere()
    {
        ListFilter filter{ListFilter::View::All, {}, u"Harborline"_qs};
        QCOMPARE(m_library.count(filter), 0);
        Library other;
        QVERIFY(other.open(m_library.path()).ok());
        Core::Article a = article(u"6"_qs, u"en"_qs, u"Chip packaging orders"_qs, utc("2026-05-04T08:00:00Z"));
        a.relatedStocks = {stock(u"HBLN.US"_qs, u"Harborline Semiconductor"_qs)};
        QVERIFY(other.store(a).ok());
        QCOMPARE(keys(m_library.rows(filter, 50)), QStringList{u"6"_qs});
        a.relatedStocks = {stock(u"HBLN.US"_qs, u"Pearl River"_qs)};
        QVERIFY(m_library.store(a).ok()); // this connection's own write
        QCOMPARE(m_library.count(filter), 0);
        QCOMPARE(m_library.count({ListFilter::View::All, {}, u"pearl river"_qs}), 1);
    }

    // The search's operators narrow the sidebar's view; they do not replace it.
    void narrowsTheView()
    {
        QCOMPARE(keys(m_library.rows({ListFilter::View::Unread, {}, u"nvidia"_qs}, 50)), QStringList{u"3"_qs});
        QCOMPARE(
            keys(m_library.rows({ListFilter::View::All, {u"NVDA.US"_qs}, u"ticker:700.HK"_qs}, 50)), QStringList());
        QCOMPARE(keys(m_library.rows({ListFilter::View::Bookmarked, {}, u"-export"_qs}, 50)), QStringList());
        // A company name finds its ticker's documents only within the sidebar's tickers.
        QCOMPARE(keys(m_library.rows({ListFilter::View::All, {u"NVDA.US"_qs}, u"Tencent"_qs}, 50)), QStringList());
        QCOMPARE(m_library.count({ListFilter::View::All, {u"NVDA.US"_qs}, u"Tencent"_qs}), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchLanguage)
#include "tst_search_language.moc"
