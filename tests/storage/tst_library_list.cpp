#include "storage/library.h"
#include "testarticles.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <random>

using namespace Newsdesk;
using namespace Newsdesk::Storage;
using Tests::article;

namespace {

// 60 documents, one a day from 2026-01-01 in shuffled import order; document i relates to
// "0700.HK" when i % 3 == 0, mentions "700.HK" when i % 5 == 0, relates to "AAPL.US" when i % 4 == 0.
constexpr int documentCount = 60;

QDateTime day(int i)
{
    return Tests::utc("2026-01-01T06:00:00Z").addDays(i);
}

Core::Article numbered(int i, const QString &locale = u"en"_qs)
{
    Core::Article a = article(QString::number(500000 + i), locale, u"Story %1"_qs.arg(i), day(i));
    if (i % 3 == 0)
        a.relatedStocks.append(Tests::stock(u"0700.HK"_qs, u"Tencent Holdings"_qs));
    if (i % 4 == 0)
        a.relatedStocks.append(Tests::stock(u"AAPL.US"_qs, u"Apple"_qs));
    if (i % 5 == 0)
        a.mentions.append(u"700.HK"_qs);
    return a;
}

QList<int> numbers(const QList<ListRow> &rows)
{
    QList<int> result;
    for (const ListRow &row : rows)
        result.append(row.key.toInt() - 500000);
    return result;
}

QList<int> expected(const std::function<bool(int)> &keep)
{
    QList<int> result;
    for (int i = documentCount - 1; i >= 0; --i) {
        if (keep(i))
            result.append(i);
    }
    return result;
}

} // namespace

// The article list: newest first under every filter, a page at a time without gaps or repeats.
class TestLibraryList final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Library m_library;
    QHash<int, DocId> m_ids;

    QList<int> allPages(const ListFilter &filter, int pageSize)
    {
        QList<int> all;
        std::optional<DocId> before;
        for (int guard = 0; guard < 1000; ++guard) {
            const QList<ListRow> page = m_library.rows(filter, pageSize, before);
            all += numbers(page);
            if (page.size() < pageSize)
                break;
            before = page.last().docId;
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_library.open(m_dir.filePath(u"library.sqlite"_qs)).ok());
        QList<int> order;
        for (int i = 0; i < documentCount; ++i)
            order.append(i);
        std::shuffle(order.begin(), order.end(), std::mt19937(7));
        QList<Core::Article> articles;
        for (int i : order) {
            articles.append(numbered(i));
            if (i % 2 == 0)
                articles.append(numbered(i, u"zh-CN"_qs));
        }
        for (const Result<StoreOutcome> &result : m_library.storeAll(articles))
            QVERIFY(result.ok());
        for (int i = 0; i < documentCount; ++i)
            m_ids.insert(i, m_library.findDocument(QString::number(500000 + i)).value());
        // Read: multiples of 7. Bookmarked: multiples of 6.
        for (int i = 0; i < documentCount; ++i) {
            if (i % 7 == 0)
                QVERIFY(m_library.setRead(m_ids.value(i), true).ok());
            if (i % 6 == 0)
                QVERIFY(m_library.setBookmarked(m_ids.value(i), true).ok());
        }
    }

    void pagesAreNewestFirstWithoutGaps_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<QStringList>("tickers");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QList<int>>("expectedNumbers");

        const QStringList tencent{u"00700.HK"_qs};
        QTest::newRow("nominal: all, pages of 7") << 0 << QStringList() << 7 << expected([](int) { return true; });
        QTest::newRow("nominal: all, one page") << 0 << QStringList() << 100 << expected([](int) { return true; });
        QTest::newRow("nominal: unread") << 1 << QStringList() << 5 << expected([](int i) { return i % 7 != 0; });
        QTest::newRow("nominal: bookmarked") << 2 << QStringList() << 3 << expected([](int i) { return i % 6 == 0; });
        QTest::newRow("nominal: ticker, any HK padding, related or mentioned")
            << 0 << tencent << 4 << expected([](int i) { return i % 3 == 0 || i % 5 == 0; });
        QTest::newRow("nominal: ticker spelled 700.hk")
            << 0 << QStringList{u"700.hk"_qs} << 50 << expected([](int i) { return i % 3 == 0 || i % 5 == 0; });
        QTest::newRow("nominal: two tickers") << 0 << QStringList{u"0700.HK"_qs, u"AAPL.US"_qs} << 6
                                              << expected([](int i) { return i % 3 == 0 || i % 5 == 0 || i % 4 == 0; });
        QTest::newRow("nominal: ticker and unread")
            << 1 << tencent << 4 << expected([](int i) { return (i % 3 == 0 || i % 5 == 0) && i % 7 != 0; });
        QTest::newRow("nominal: ticker and bookmarked")
            << 2 << QStringList{u"AAPL.US"_qs} << 2 << expected([](int i) { return i % 4 == 0 && i % 6 == 0; });
        QTest::newRow("robustness: unknown ticker") << 0 << QStringList{u"NOPE.US"_qs} << 5 << QList<int>();
    }

    void pagesAreNewestFirstWithoutGaps()
    {
        QFETCH(int, view);
        QFETCH(QStringList, tickers);
        QFETCH(int, pageSize);
        QFETCH(QList<int>, expectedNumbers);
        const ListFilter filter{static_cast<ListFilter::View>(view), tickers, {}};
        QCOMPARE(allPages(filter, pageSize), expectedNumbers);
        QCOMPARE(m_library.count(filter), int(expectedNumbers.size()));
    }

    void rowShowsWhatTheListNeeds()
    {
        const DocId doc = m_ids.value(30);
        const std::optional<ListRow> en = m_library.row(doc, u"en"_qs);
        QVERIFY(en);
        QCOMPARE(en->key, u"500030"_qs);
        QCOMPARE(en->locale, u"en"_qs);
        QCOMPARE(en->title, u"Story 30"_qs);
        QCOMPARE(en->published, day(30));
        QCOMPARE(en->url, Tests::newsUrl(u"500030"_qs, u"en"_qs));
        QCOMPARE(en->tickers, (QStringList{u"0700.HK"_qs})); // 700.HK mentioned too: one key, related first
        QCOMPARE(en->locales, (QStringList{u"en"_qs, u"zh-CN"_qs}));
        QVERIFY(en->bookmarked);
        QVERIFY(!en->read);
        QCOMPARE(m_library.row(doc, u"zh-CN"_qs)->locale, u"zh-CN"_qs);
        const QList<ListRow> rows = m_library.rows({}, 3, std::nullopt, u"zh-CN"_qs);
        QCOMPARE(rows.at(0).locale, u"en"_qs); // 59 has no zh-CN
        QCOMPARE(rows.at(1).locale, u"zh-CN"_qs);
    }

    void watchlistComparesByKeyAndCountsUnread()
    {
        QVERIFY(m_library.watchlist().isEmpty());
        QVERIFY(m_library.addToWatchlist(u"0700.HK"_qs).ok());
        QVERIFY(m_library.addToWatchlist(u"AAPL.US"_qs, u"Apple Inc."_qs).ok());
        QVERIFY(m_library.addToWatchlist(u"00700.HK"_qs).ok()); // the same stock: no second entry
        const Result<void> invalid = m_library.addToWatchlist(u"not a ticker"_qs);
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().kind, Error::Kind::InvalidInput);
        QVERIFY(m_library.isWatched(u"700.HK"_qs));
        QVERIFY(!m_library.isWatched(u"MSFT.US"_qs));

        QList<WatchItem> items = m_library.watchlist();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).ticker, u"0700.HK"_qs);
        QCOMPARE(items.at(0).key, u"700.HK"_qs);
        QCOMPARE(items.at(0).name, u"Tencent Holdings"_qs);
        const int tencentUnread = int(expected([](int i) { return (i % 3 == 0 || i % 5 == 0) && i % 7 != 0; }).size());
        QCOMPARE(items.at(0).unread, tencentUnread);
        QCOMPARE(items.at(1).name, u"Apple Inc."_qs);

        // Reading a document about the stock lowers its count.
        QVERIFY(m_library.setRead(m_ids.value(3), true).ok());
        QCOMPARE(m_library.watchlist().at(0).unread, tencentUnread - 1);
        // A re-import rewrites the article's tickers; the document stays read.
        Core::Article changed = numbered(3);
        changed.title += u" (updated)"_qs;
        QCOMPARE(m_library.store(changed)->action, StoreAction::Updated);
        QCOMPARE(m_library.watchlist().at(0).unread, tencentUnread - 1);
        QCOMPARE(m_library.count({ListFilter::View::Unread, {u"700.HK"_qs}, {}}), tencentUnread - 1);
        QVERIFY(m_library.setRead(m_ids.value(3), false).ok());
        QCOMPARE(m_library.watchlist().at(0).unread, tencentUnread);

        QVERIFY(m_library.moveInWatchlist(u"AAPL.US"_qs, 0).ok());
        QCOMPARE(m_library.watchlist().at(0).key, u"AAPL.US"_qs);
        QVERIFY(m_library.removeFromWatchlist(u"700.HK"_qs).ok());
        QCOMPARE(m_library.removeFromWatchlist(u"700.HK"_qs).error().kind, Error::Kind::NotFound);
        QCOMPARE(m_library.watchlist().size(), 1);
        QVERIFY(m_library.removeFromWatchlist(u"AAPL.US"_qs).ok());
    }

    void nonPositiveLimitIsEmpty() { QVERIFY(m_library.rows({}, 0).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestLibraryList)
#include "tst_library_list.moc"
