#include "storage/labelstore.h"
#include "storage/library.h"
#include "storage/librarywriter.h"
#include "storage/rules.h"
#include "testarticles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Storage;
using Tests::article;
using Tests::stock;
using Tests::utc;

namespace {

// The documents carrying `label`, newest first.
QList<DocId> labelled(const Library &library, const QString &label)
{
    ListFilter filter;
    filter.labels = {label};
    const Result<QList<ListRow>> rows = library.page(filter, 100);
    QList<DocId> docs;
    for (const ListRow &row : rows.value())
        docs.append(row.docId);
    return docs;
}

} // namespace

// Rules run by the library's one writer, in the transaction that stores arriving articles: what
// they match is what the same search lists (ticker and company-name forms included), the
// notifications they ask for come back with the stored articles, and a preview counts the last 30 days.
class TestRules final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryWriter m_writer;
    Library m_library;

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(u"library.sqlite"_qs);
        QVERIFY(m_writer.open(path).ok());
        QVERIFY(m_library.open(path).ok());
        QCOMPARE(m_library.writer(), &m_writer);
    }

    void arrivingArticlesThroughTheWriter()
    {
        Rule tencent;
        tencent.name = u"Tencent"_qs;
        tencent.query = u"腾讯"_qs; // a company name from Related Stocks, in Chinese
        tencent.labels = {u"hk"_qs};
        tencent.notify = true;
        QVERIFY(m_library.rules().add(tencent).ok());
        Rule ticker;
        ticker.name = u"Nvidia"_qs;
        ticker.query = u"ticker:NVDA.US"_qs;
        ticker.notify = true;
        ticker.markRead = true;
        QVERIFY(m_library.rules().add(ticker).ok());
        const quint64 jobsBefore = m_writer.jobsRun();

        Core::Article hk
            = article(u"51"_qs, u"zh-CN"_qs, u"港股午评"_qs, utc("2026-03-11T08:00:00Z"), u"科技股走强"_qs);
        hk.relatedStocks = {stock(u"00700.HK"_qs, u"腾讯控股"_qs)};
        Core::Article nvda = article(u"52"_qs, u"en"_qs, u"Guidance tops estimates"_qs, utc("2026-03-12T08:00:00Z"));
        nvda.relatedStocks = {stock(u"NVDA.US"_qs, u"NVIDIA"_qs)};
        const Core::Article other = article(u"53"_qs, u"en"_qs, u"Oil steady"_qs, utc("2026-03-13T08:00:00Z"));
        const QList<Result<StoreOutcome>> stored = m_library.storeAll({hk, nvda, other});
        QCOMPARE(stored.size(), 3);
        for (const Result<StoreOutcome> &outcome : stored)
            QVERIFY(outcome.ok() && outcome->newDocument);
        QVERIFY(m_writer.jobsRun() > jobsBefore); // stored (and the rules run) by the writer
        QCOMPARE(stored.at(0)->notify, QStringList{u"Tencent"_qs});
        QCOMPARE(stored.at(1)->notify, QStringList{u"Nvidia"_qs});
        QCOMPARE(stored.at(2)->notify, QStringList());
        QCOMPARE(m_library.labels().labelsOf(stored.at(0)->docId), QStringList{u"hk"_qs});
        QVERIFY(m_library.row(stored.at(1)->docId)->read);
        // Read beside its tickers too: the ticker's unread list is driven by that copy.
        ListFilter unreadNvidia;
        unreadNvidia.view = ListFilter::View::Unread;
        unreadNvidia.tickers = {u"NVDA.US"_qs};
        QCOMPARE(m_library.page(unreadNvidia, 10).value().size(), 0);
        ListFilter unreadTencent = unreadNvidia;
        unreadTencent.tickers = {u"700.HK"_qs};
        QCOMPARE(m_library.page(unreadTencent, 10).value().size(), 1);
        QVERIFY(!m_library.row(stored.at(2)->docId)->read);

        // Another language of a stored article is not an arrival: no rule runs again.
        Core::Article hkEn = article(u"51"_qs, u"en"_qs, u"Hang Seng midday"_qs, utc("2026-03-11T08:00:00Z"));
        hkEn.relatedStocks = {stock(u"700.HK"_qs, u"Tencent"_qs)};
        const Result<StoreOutcome> variant = m_library.store(hkEn);
        QVERIFY(variant.ok());
        QVERIFY(!variant->newDocument);
        QCOMPARE(variant->notify, QStringList());
    }

    // The preview: what the query matches among the last 30 days' articles.
    void preview()
    {
        QCOMPARE(m_library.count(previewFilter(u"ticker:NVDA.US"_qs, utc("2026-04-01T00:00:00Z"))), 1);
        QCOMPARE(m_library.count(previewFilter(u"ticker:NVDA.US"_qs, utc("2026-04-20T00:00:00Z"))), 0);
        QCOMPARE(m_library.count(previewFilter(u"港股"_qs, utc("2026-03-20T00:00:00Z"))), 1);
    }

    void orderAndEdit()
    {
        const std::optional<Rule> nvidia = m_library.rules().findByName(u"NVIDIA"_qs);
        QVERIFY(nvidia);
        QVERIFY(m_library.rules().move(nvidia->id, 0).ok());
        QCOMPARE(m_library.rules().all().first().name, u"Nvidia"_qs);
        Rule edited = *nvidia;
        edited.markRead = false;
        edited.mute = true;
        QVERIFY(m_library.rules().update(edited).ok());
        QCOMPARE(m_library.rules().find(nvidia->id)->mute, true);
        QCOMPARE(m_library.rules().find(nvidia->id)->markRead, false);
        Rule clash = edited;
        clash.name = u"tencent"_qs;
        const Result<void> refused = m_library.rules().update(clash);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"already a rule named"_qs));
    }

    // A rule matches of the arriving documents exactly those the same search lists, whether the
    // library holds older documents about the same tickers and words, newer ones, or ones in
    // between the arriving ones.
    void matchesWhatTheSearchLists_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("arrivingMatches");
        QTest::newRow("a word") << u"guidance"_qs << 2;
        QTest::newRow("a ticker") << u"ticker:NVDA.US"_qs << 2;
        QTest::newRow("a ticker and a word") << u"ticker:NVDA.US guidance"_qs << 1;
        QTest::newRow("a ticker only stored documents are about") << u"ticker:TSLA.US"_qs << 0;
        QTest::newRow("a ticker in another spelling") << u"ticker:00700.HK"_qs << 1;
        QTest::newRow("a code without its market") << u"NVDA"_qs << 2;
        QTest::newRow("a company name") << u"腾讯"_qs << 1;
        QTest::newRow("the watchlist") << u"is:watchlist"_qs << 2;
        QTest::newRow("an exclusion") << u"guidance -apple"_qs << 1;
        QTest::newRow("a ticker without a word") << u"ticker:NVDA.US -guidance"_qs << 1;
        QTest::newRow("a language") << u"lang:zh-CN 业绩"_qs << 1;
        QTest::newRow("no match") << u"ticker:NVDA.US oil"_qs << 0;
    }

    void matchesWhatTheSearchLists()
    {
        QFETCH(QString, query);
        QFETCH(int, arrivingMatches);
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.filePath(u"library.sqlite"_qs)).ok());
        QVERIFY(library.addToWatchlist(u"NVDA.US"_qs).ok());
        // Stored before the rule: about the same tickers and words, older, newer and in between.
        QList<Core::Article> stored;
        for (const char *when : {"2026-03-01T08:00:00Z", "2026-03-03T08:00:00Z", "2026-03-09T08:00:00Z"}) {
            Core::Article old
                = article(u"s"_qs + QString::fromLatin1(when), u"en"_qs, u"Nvidia guidance"_qs, utc(when));
            old.relatedStocks = {stock(u"NVDA.US"_qs, u"NVIDIA"_qs), stock(u"TSLA.US"_qs, u"Tesla"_qs)};
            stored.append(old);
        }
        for (const Result<StoreOutcome> &outcome : library.storeAll(stored))
            QVERIFY(outcome.ok());
        Rule rule;
        rule.name = u"Under test"_qs;
        rule.query = query;
        rule.labels = {u"hit"_qs};
        QVERIFY(library.rules().add(rule).ok());

        Core::Article nvidia = article(u"a1"_qs, u"en"_qs, u"Nvidia raises guidance"_qs, utc("2026-03-02T08:00:00Z"));
        nvidia.relatedStocks = {stock(u"NVDA.US"_qs, u"NVIDIA"_qs)};
        Core::Article tencent
            = article(u"a2"_qs, u"zh-CN"_qs, u"港股业绩"_qs, utc("2026-03-04T08:00:00Z"), u"科技股走强"_qs);
        tencent.relatedStocks = {stock(u"700.HK"_qs, u"腾讯控股"_qs)};
        Core::Article apple = article(u"a3"_qs, u"en"_qs, u"Apple cuts guidance"_qs, utc("2026-03-05T08:00:00Z"));
        apple.relatedStocks = {stock(u"AAPL.US"_qs, u"Apple"_qs)};
        Core::Article chips = article(u"a4"_qs, u"en"_qs, u"Chip orders steady"_qs, utc("2026-03-10T08:00:00Z"));
        chips.relatedStocks = {stock(u"NVDA.US"_qs, u"NVIDIA"_qs)};
        const Core::Article oil = article(u"a5"_qs, u"en"_qs, u"Oil steady"_qs, utc("2026-03-06T08:00:00Z"));
        QList<DocId> arrived;
        for (const Result<StoreOutcome> &outcome : library.storeAll({nvidia, tencent, apple, chips, oil})) {
            QVERIFY(outcome.ok() && outcome->newDocument);
            arrived.append(outcome->docId);
        }

        ListFilter search;
        search.search = query;
        const Result<QList<ListRow>> rows = library.page(search, 100);
        QVERIFY(rows.ok());
        QList<DocId> listed;
        for (const ListRow &row : *rows) {
            if (arrived.contains(row.docId))
                listed.append(row.docId);
        }
        QCOMPARE(labelled(library, u"hit"_qs), listed);
        QCOMPARE(listed.size(), arrivingMatches);
    }

    // Rules see what earlier rules did: a query about labels or the read state is asked again
    // after each rule, while rules with one query that no action changes share its documents.
    void laterRulesSeeEarlierActions()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.filePath(u"library.sqlite"_qs)).ok());
        const auto add = [&library](const QString &name, const QString &query, const QString &label,
                             bool markRead = false, bool stop = false) {
            Rule rule;
            rule.name = name;
            rule.query = query;
            rule.labels = {label};
            rule.markRead = markRead;
            rule.stop = stop;
            return library.rules().add(rule).ok();
        };
        QVERIFY(add(u"first"_qs, u"is:unread guidance"_qs, u"seen"_qs, true));
        QVERIFY(add(u"unread"_qs, u"is:unread guidance"_qs, u"late"_qs));
        QVERIFY(add(u"labelled"_qs, u"label:seen"_qs, u"second"_qs));
        QVERIFY(add(u"again"_qs, u"guidance"_qs, u"again"_qs, false, true));
        QVERIFY(add(u"stopped"_qs, u"guidance"_qs, u"stopped"_qs));
        QVERIFY(add(u"others"_qs, u"steady"_qs, u"others"_qs));

        const QList<Result<StoreOutcome>> stored
            = library.storeAll({article(u"1"_qs, u"en"_qs, u"Guidance raised"_qs, utc("2026-03-02T08:00:00Z")),
                article(u"2"_qs, u"en"_qs, u"Guidance steady"_qs, utc("2026-03-03T08:00:00Z")),
                article(u"3"_qs, u"en"_qs, u"Oil steady"_qs, utc("2026-03-04T08:00:00Z"))});
        QCOMPARE(stored.size(), 3);
        const QList<DocId> guidance{stored.at(1)->docId, stored.at(0)->docId};
        QCOMPARE(labelled(library, u"seen"_qs), guidance);
        QCOMPARE(labelled(library, u"late"_qs), QList<DocId>());
        QCOMPARE(labelled(library, u"second"_qs), guidance);
        QCOMPARE(labelled(library, u"again"_qs), guidance);
        QCOMPARE(labelled(library, u"stopped"_qs), QList<DocId>());
        QCOMPARE(labelled(library, u"others"_qs), QList<DocId>{stored.at(2)->docId});
        QVERIFY(library.row(stored.at(0)->docId)->read);
        QVERIFY(!library.row(stored.at(2)->docId)->read);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
