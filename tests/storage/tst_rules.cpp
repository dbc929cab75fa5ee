#include "labelstore.h"
#include "library.h"
#include "librarywriter.h"
#include "rules.h"
#include "testarticles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Storage;
using Tests::article;
using Tests::stock;
using Tests::utc;

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
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
