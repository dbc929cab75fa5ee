// Counts kept between refreshes (Library::keptCounts) against counting afresh (Library::count),
// after every kind of change a library goes through: arrivals, re-imports, moves, reads, bookmarks,
// labels, the watchlist, aliases, deletions, and the clock moving past a within: window.
#include "storage/labelstore.h"
#include "storage/library.h"
#include "storage/savedsearches.h"
#include "testarticles.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Qt::StringLiterals;
using Newsdesk::Storage::DocId;

namespace {

const QStringList words{u"orders"_s, u"guidance"_s, u"record"_s, u"quarter"_s, u"shipments"_s, u"margin"_s,
    u"semiconductor"_s, u"dividend"_s};
const QStringList chinese{u"营收增长"_s, u"芯片订单"_s, u"股息"_s};
const QList<std::pair<QString, QString>> companies{{u"NVDA.US"_s, u"NVIDIA"_s}, {u"AMZZ.US"_s, u"GraniteShares"_s},
    {u"00700.HK"_s, u"腾讯控股"_s}, {u"TSLA.US"_s, u"Tesla"_s}, {u"AAPL.US"_s, u"Apple"_s}};

// The searches and filters a sidebar counts: saved searches (unread), a label, a ticker.
QList<Storage::ListFilter> sidebarFilters(const QDateTime &now)
{
    QList<Storage::ListFilter> filters;
    for (const QString &query : {u"orders"_s, u"guidance record"_s, u"\"record quarter\""_s, u"margin -dividend"_s,
             u"-orders"_s, u"营收"_s, u"lang:zh-CN 芯片"_s, u"ticker:NVDA.US"_s, u"ticker:700.HK within:7d"_s,
             u"is:watchlist"_s, u"is:watchlist within:24h"_s, u"is:bookmarked"_s, u"within:2d"_s, u"within:today"_s,
             u"label:macro"_s, u"label:macro semi*"_s, u"GraniteShares"_s, u"Tesla orders"_s,
             u"after:2026-05-10 shipments"_s, u"before:2026-05-20 -margin"_s}) {
        Storage::ListFilter filter = Storage::unreadFilter(query);
        filter.now = now;
        filters.append(filter);
    }
    Storage::ListFilter label;
    label.view = Storage::ListFilter::View::Unread;
    label.labels = {u"macro"_s};
    Storage::ListFilter ticker;
    ticker.tickers = {u"AAPL.US"_s};
    ticker.tickerRole = 1;
    Storage::ListFilter unread;
    unread.view = Storage::ListFilter::View::Unread;
    for (Storage::ListFilter filter : {label, ticker, unread}) {
        filter.now = now;
        filters.append(filter);
    }
    return filters;
}

class ChangingLibrary final
{
public:
    explicit ChangingLibrary(quint32 seed)
        : m_random(seed)
    {
    }

    Core::Article randomArticle(const QString &id, const QDateTime &now)
    {
        const bool zh = m_random.bounded(3) == 0;
        QStringList text;
        for (int i = 0; i < 4; ++i)
            text.append(
                zh ? chinese.at(m_random.bounded(int(chinese.size()))) : words.at(m_random.bounded(int(words.size()))));
        const QDateTime published = now.addSecs(-qint64(m_random.bounded(20 * 24)) * 3600);
        Core::Article a = Tests::article(id, zh ? u"zh-CN"_s : u"en"_s, text.join(u' '), published, text.join(u' '));
        for (int i = 0, n = m_random.bounded(3); i < n; ++i) {
            const auto &[ticker, name] = companies.at(m_random.bounded(int(companies.size())));
            if (std::none_of(a.relatedStocks.cbegin(), a.relatedStocks.cend(),
                    [&](const Core::RelatedStock &s) { return s.ticker == ticker; }))
                a.relatedStocks.append(Tests::stock(ticker, name));
        }
        return a;
    }

    DocId anyDocument(Storage::Library &library)
    {
        const QList<Storage::ListRow> rows = library.rows({}, 1000);
        return rows.isEmpty() ? 0 : rows.at(m_random.bounded(int(rows.size()))).docId;
    }

    int bounded(int n) { return m_random.bounded(n); }

private:
    QRandomGenerator m_random;
};

} // namespace

class KeptCountsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalToCountingAfresh_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u})
            QTest::addRow("seed %u", seed) << seed;
    }

    // Random changes, and after each the kept counts equal the counts made afresh.
    void equalToCountingAfresh()
    {
        QFETCH(quint32, seed);
        QTemporaryDir dir;
        Storage::Library library;
        QVERIFY(library.open(dir.filePath(u"library.sqlite"_s)).ok());
        ChangingLibrary changes(seed);
        QDateTime now = Tests::utc("2026-05-25T12:00:00Z");
        int next = 0;
        QList<Core::Article> first;
        for (; next < 60; ++next)
            first.append(changes.randomArticle(QString::number(next), now));
        library.storeAll(first);
        QVERIFY(library.addToWatchlist(u"NVDA.US"_s).ok());

        const auto check = [&](const QString &step) {
            const QList<Storage::ListFilter> filters = sidebarFilters(now);
            const QList<int> kept = library.keptCounts(filters);
            QCOMPARE(kept.size(), filters.size());
            for (int i = 0; i < filters.size(); ++i) {
                const int afresh = library.count(filters.at(i));
                if (kept.at(i) != afresh) {
                    QFAIL(qPrintable(u"after %1: \"%2\" (labels %3, tickers %4) kept %5, afresh %6"_s
                                         .arg(step, filters.at(i).search, filters.at(i).labels.join(u','),
                                             filters.at(i).tickers.join(u','))
                                         .arg(kept.at(i))
                                         .arg(afresh)));
                }
            }
        };
        QList<DocId> labelled;
        check(u"the first count"_s);
        for (int step = 0; step < 60; ++step) {
            QString what;
            switch (changes.bounded(11)) {
            case 0: { // a batch arrives
                QList<Core::Article> batch;
                for (int i = 0, n = 1 + changes.bounded(8); i < n; ++i, ++next)
                    batch.append(changes.randomArticle(QString::number(next), now));
                library.storeAll(batch);
                what = u"a batch"_s;
                break;
            }
            case 1: { // a stored article again, with other words and tickers (a re-import)
                const Core::Article again = changes.randomArticle(QString::number(changes.bounded(next)), now);
                QVERIFY(library.store(again).ok());
                what = u"a re-import of "_s + again.key;
                break;
            }
            case 2:
            case 3:
                if (const DocId doc = changes.anyDocument(library))
                    QVERIFY(library.setRead(doc, changes.bounded(3) != 0).ok());
                what = u"a read"_s;
                break;
            case 4:
                if (const DocId doc = changes.anyDocument(library))
                    QVERIFY(library.setBookmarked(doc, changes.bounded(2) == 0).ok());
                what = u"a bookmark"_s;
                break;
            case 5: // a label on, and (while others keep it in use) one off
                if (const DocId doc = changes.anyDocument(library)) {
                    QVERIFY(library.labels().add({doc}, u"macro"_s).ok());
                    if (!labelled.contains(doc))
                        labelled.append(doc);
                }
                if (labelled.size() > 2 && changes.bounded(2) == 0)
                    QVERIFY(library.labels()
                                .remove({labelled.takeAt(changes.bounded(int(labelled.size())))}, u"macro"_s)
                                .ok());
                what = u"a label"_s;
                break;
            case 6:
                // Refused when already watched, or not watched: nothing changes then.
                if (changes.bounded(2) == 0)
                    (void)library.addToWatchlist(u"00700.HK"_s);
                else
                    (void)library.removeFromWatchlist(u"700.HK"_s);
                what = u"the watchlist"_s;
                break;
            case 7: { // the clock moves on: within: windows leave documents behind
                now = now.addSecs(3600 * (1 + changes.bounded(30)));
                what = u"the clock"_s;
                break;
            }
            case 8: { // deletions, as a prune makes them
                Storage::PruneOptions prune;
                prune.olderThan = now.addDays(-15 + changes.bounded(5));
                prune.includeWatched = true;
                QVERIFY(library.prune(prune).ok());
                what = u"a prune"_s;
                break;
            }
            case 9: { // a company's new name for an old ticker: its documents answer a new word
                const QString ticker = companies.at(changes.bounded(int(companies.size()))).first;
                Core::Article renamed = changes.randomArticle(QString::number(next++), now);
                renamed.relatedStocks = {Tests::stock(ticker, u"Renamed Holdings %1"_s.arg(step))};
                QVERIFY(library.store(renamed).ok());
                what = u"a new company name"_s;
                break;
            }
            default: // nothing changed: the counts are read from what is kept
                what = u"nothing"_s;
                break;
            }
            check(u"step %1 (%2)"_s.arg(step).arg(what));
        }
    }

    // A new company name in one arriving article makes a saved word find the company's older
    // documents too, which did not change themselves.
    void aNewNameFindsOlderDocuments()
    {
        QTemporaryDir dir;
        Storage::Library library;
        QVERIFY(library.open(dir.filePath(u"library.sqlite"_s)).ok());
        const QDateTime now = Tests::utc("2026-05-25T12:00:00Z");
        Core::Article older = Tests::article(u"1"_s, u"en"_s, u"Fund flows"_s, now.addDays(-2), u"Flows."_s);
        older.relatedStocks = {Tests::stock(u"AMZZ.US"_s, QString())};
        QVERIFY(library.store(older).ok());
        Storage::ListFilter filter = Storage::unreadFilter(u"GraniteShares"_s);
        filter.now = now;
        QCOMPARE(library.keptCounts({filter}), QList<int>{0});

        Core::Article named = Tests::article(u"2"_s, u"en"_s, u"Leveraged ETF"_s, now.addDays(-1), u"Launch."_s);
        named.relatedStocks = {Tests::stock(u"AMZZ.US"_s, u"GraniteShares"_s)};
        QVERIFY(library.store(named).ok());
        QCOMPARE(library.count(filter), 2);
        QCOMPARE(library.keptCounts({filter}), QList<int>{2});
    }

    // Reopening the object on another file forgets what it kept of the first.
    void anotherFileCountsAfresh()
    {
        QTemporaryDir dir;
        const QDateTime now = Tests::utc("2026-05-25T12:00:00Z");
        Storage::ListFilter filter = Storage::unreadFilter(u"orders"_s);
        filter.now = now;
        {
            Storage::Library other;
            QVERIFY(other.open(dir.filePath(u"b.sqlite"_s)).ok());
            QVERIFY(other.store(Tests::article(u"9"_s, u"en"_s, u"Orders"_s, now, u"orders"_s)).ok());
        }
        Storage::Library library;
        QVERIFY(library.open(dir.filePath(u"a.sqlite"_s)).ok());
        QVERIFY(library.store(Tests::article(u"1"_s, u"en"_s, u"Orders"_s, now, u"orders"_s)).ok());
        QVERIFY(library.store(Tests::article(u"2"_s, u"en"_s, u"More orders"_s, now, u"orders"_s)).ok());
        QCOMPARE(library.keptCounts({filter}), QList<int>{2});
        QVERIFY(library.open(dir.filePath(u"b.sqlite"_s)).ok());
        QCOMPARE(library.keptCounts({filter}), QList<int>{1});
    }
};

QTEST_GUILESS_MAIN(KeptCountsTest)
#include "tst_keptcounts.moc"
