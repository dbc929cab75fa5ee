// A ticker's numbers (totals, days, buzz, often together, roles) on a real library file, with the
// clock given: equal to a plain count over the stored articles (a property test; the sidebar's
// glance too), and the buzz rule.
#include "storage/library.h"
#include "storage/tickerstats.h"
#include "testarticles.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Storage;

namespace {

const QStringList pool{u"HBLN.US"_qs, u"2382.HK"_qs, u"NVDA.US"_qs, u"AMZN.US"_qs, u"700.HK"_qs, u"CLRX.US"_qs,
    u"HLRB.US"_qs, u"SOXL.US"_qs};

struct Doc
{
    QString id;
    QDateTime published;
    QStringList related;
    QStringList mentioned;
    bool read = false;
};

} // namespace

class TestTickerStats final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDateTime m_now = Tests::utc("2026-06-30T12:00:00Z");

private slots:
    void buzzRule_data()
    {
        QTest::addColumn<int>("today");
        QTest::addColumn<int>("eachDayBefore");
        QTest::addColumn<double>("factor");
        QTest::addColumn<bool>("active");
        QTest::newRow("nominal: three against one a day") << 3 << 1 << 2.0 << true;
        QTest::newRow("nominal: twice the mean exactly") << 4 << 2 << 2.0 << true;
        QTest::newRow("nominal: under twice the mean") << 5 << 3 << 2.0 << false;
        QTest::newRow("nominal: a lower factor from the setting") << 5 << 3 << 1.5 << true;
        QTest::newRow("robustness: fewer than three never") << 2 << 0 << 2.0 << false;
        QTest::newRow("robustness: a quiet ticker's first three") << 3 << 0 << 2.0 << true;
    }
    void buzzRule()
    {
        QFETCH(int, today);
        QFETCH(int, eachDayBefore);
        QFETCH(double, factor);
        QFETCH(bool, active);
        const Buzz buzz = buzzOf(today, QList<int>(30, eachDayBefore), BuzzRule{factor, 3});
        QCOMPARE(buzz.active, active);
        QCOMPARE(buzz.mean, double(eachDayBefore));
        QCOMPARE(buzz.stddev, 0.0);
    }

    void meanAndSpread()
    {
        QList<int> days(30, 0);
        days[0] = 3;
        days[1] = 3; // mean 0.2, variance (2 * 2.8² + 28 * 0.2²) / 30 = 0.56
        const Buzz buzz = buzzOf(1, days, {});
        QCOMPARE(buzz.mean, 0.2);
        QVERIFY(qAbs(buzz.stddev - std::sqrt(0.56)) < 1e-9);
        QVERIFY(!buzz.active);
    }

    void countsEqualAPlainScan()
    {
        Library library;
        QVERIFY(library.open(m_dir.filePath(u"property.sqlite"_qs)).ok());
        QRandomGenerator random(20261204);
        QList<Doc> docs;
        QList<Core::Article> articles;
        for (int i = 0; i < 400; ++i) {
            Doc doc;
            doc.id = QString::number(300000000 + i);
            // Up to 130 days back, a few in the last hours (today).
            const qint64 back = i % 10 == 0 ? random.bounded(12 * 3600) : random.bounded(130 * 86400);
            doc.published = m_now.addSecs(-back);
            QStringList shuffled = pool;
            for (qsizetype k = shuffled.size() - 1; k > 0; --k)
                shuffled.swapItemsAt(k, random.bounded(int(k + 1)));
            const int related = random.bounded(0, 4);
            const int mentioned = random.bounded(0, 3);
            doc.related = shuffled.mid(0, related);
            doc.mentioned = shuffled.mid(related, mentioned);
            doc.read = random.bounded(3) == 0;
            docs.append(doc);
            for (const char *locale : {"en", "zh-CN"}) {
                if (qstrcmp(locale, "zh-CN") == 0 && i % 2)
                    continue;
                Core::Article a = Tests::article(doc.id, QString::fromLatin1(locale), u"Markets"_qs, doc.published);
                for (const QString &t : doc.related)
                    a.relatedStocks.append(Tests::stock(t, t + u" Inc."_qs));
                a.mentions = doc.mentioned;
                articles.append(a);
            }
        }
        for (const Result<StoreOutcome> &stored : library.storeAll(articles))
            QVERIFY(stored.ok());
        for (const Doc &doc : std::as_const(docs)) {
            if (doc.read)
                QVERIFY(library.setRead(library.findDocument(doc.id).value(), true).ok());
        }

        const qint64 today = m_now.date().toJulianDay();
        for (const QString &ticker : pool) {
            const Result<TickerSummary> summary = library.tickerSummary(ticker, m_now);
            QVERIFY(summary.ok());
            int total = 0, unread = 0, last7 = 0, primary = 0, related = 0, mentioned = 0;
            QMap<QDate, int> daily;
            QMap<QDate, int> weekly; // by each week's first day, the weeks before the 90 days
            QMap<QString, int> together;
            for (const Doc &doc : std::as_const(docs)) {
                const bool isRelated = doc.related.contains(ticker);
                if (!isRelated && !doc.mentioned.contains(ticker))
                    continue;
                const qint64 age = today - doc.published.date().toJulianDay();
                ++total;
                unread += doc.read ? 0 : 1;
                last7 += age < 7 ? 1 : 0;
                if (isRelated && doc.related.first() == ticker)
                    ++primary;
                else if (isRelated)
                    ++related;
                else
                    ++mentioned;
                if (age >= 90 && age < 90 + 7 * TickerStats::weeklyWeeks)
                    ++weekly[m_now.date().addDays(-89 - 7 * ((age - 90) / 7 + 1))];
                if (age < 90) {
                    ++daily[doc.published.date()];
                    for (const QString &other : doc.related + doc.mentioned) {
                        if (other != ticker)
                            ++together[other];
                    }
                }
            }
            QCOMPARE(summary->total, total);
            QCOMPARE(summary->unread, unread);
            QCOMPARE(summary->last7Days, last7);
            QCOMPARE(summary->primary, primary);
            QCOMPARE(summary->related, related);
            QCOMPARE(summary->mentioned, mentioned);
            QList<DayCount> expectedDaily;
            for (auto it = daily.cbegin(); it != daily.cend(); ++it)
                expectedDaily.append({it.key(), it.value()});
            QCOMPARE(summary->daily.size(), expectedDaily.size());
            for (qsizetype d = 0; d < expectedDaily.size(); ++d) {
                QCOMPARE(summary->daily.at(d).date, expectedDaily.at(d).date);
                QCOMPARE(summary->daily.at(d).count, expectedDaily.at(d).count);
            }
            QList<std::pair<QString, int>> ranked;
            for (auto it = together.cbegin(); it != together.cend(); ++it)
                ranked.append({Core::Ticker::keyFor(it.key()), it.value()});
            std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
                return a.second != b.second ? a.second > b.second : a.first < b.first;
            });
            QCOMPARE(summary->together.size(), std::min<qsizetype>(ranked.size(), TickerStats::togetherLimit));
            for (qsizetype k = 0; k < summary->together.size(); ++k) {
                QCOMPARE(summary->together.at(k).key, ranked.at(k).first);
                QCOMPARE(summary->together.at(k).count, ranked.at(k).second);
            }
            QCOMPARE(summary->buzz.today, daily.value(m_now.date()));
            QCOMPARE(summary->weekly.size(), weekly.size());
            qsizetype w = 0;
            for (auto it = weekly.cbegin(); it != weekly.cend(); ++it, ++w) {
                QCOMPARE(summary->weekly.at(w).date, it.key());
                QCOMPARE(summary->weekly.at(w).count, it.value());
            }
            // The sidebar's buzz alone (31 days counted) is the summary's.
            const Buzz buzz = TickerStats(library.connection()).buzz(ticker, m_now, {}).value();
            QCOMPARE(buzz.today, summary->buzz.today);
            QCOMPARE(buzz.mean, summary->buzz.mean);
            QCOMPARE(buzz.stddev, summary->buzz.stddev);
            QCOMPARE(buzz.active, summary->buzz.active);
            // The sidebar's glance: the same buzz, and the days with articles of the 31 it counted
            // (the sparkline's 14 are the last of them), as the plain scan has them.
            const TickerSummary glance = TickerStats(library.connection()).glance(ticker, m_now, {}).value();
            QCOMPARE(glance.key, Core::Ticker::keyFor(ticker));
            QCOMPARE(glance.buzz.today, summary->buzz.today);
            QCOMPARE(glance.buzz.mean, summary->buzz.mean);
            QCOMPARE(glance.buzz.active, summary->buzz.active);
            QList<DayCount> lastDays;
            for (auto it = daily.cbegin(); it != daily.cend(); ++it) {
                if (it.key().daysTo(m_now.date()) <= TickerStats::buzzBaseDays)
                    lastDays.append({it.key(), it.value()});
            }
            QCOMPARE(glance.daily.size(), lastDays.size());
            for (qsizetype d = 0; d < lastDays.size(); ++d) {
                QCOMPARE(glance.daily.at(d).date, lastDays.at(d).date);
                QCOMPARE(glance.daily.at(d).count, lastDays.at(d).count);
            }
        }
    }

    void buzzOnARealLibrary()
    {
        Library library;
        QVERIFY(library.open(m_dir.filePath(u"buzz.sqlite"_qs)).ok());
        QList<Core::Article> articles;
        // One article a day on each of the 30 days before, then four today: a buzz at the default
        // rule (4 >= 2 x 1 and >= 3), none when the setting asks for five times the mean.
        for (int day = 1; day <= 30; ++day) {
            Core::Article a
                = Tests::article(QString::number(400000000 + day), u"en"_qs, u"Daily"_qs, m_now.addDays(-day));
            a.relatedStocks = {Tests::stock(u"HBLN.US"_qs, u"Harborline"_qs)};
            articles.append(a);
        }
        for (int n = 0; n < 4; ++n) {
            Core::Article a
                = Tests::article(QString::number(400000100 + n), u"en"_qs, u"Today"_qs, m_now.addSecs(-3600 * n));
            a.relatedStocks = {Tests::stock(u"HBLN.US"_qs, u"Harborline"_qs), Tests::stock(u"2382.HK"_qs, u"Pearl"_qs)};
            articles.append(a);
        }
        for (const Result<StoreOutcome> &stored : library.storeAll(articles))
            QVERIFY(stored.ok());
        const TickerSummary summary = library.tickerSummary(u"HBLN.US"_qs, m_now).value();
        QCOMPARE(summary.buzz.today, 4);
        QCOMPARE(summary.buzz.mean, 1.0);
        QVERIFY(summary.buzz.active);
        QVERIFY(!library.tickerSummary(u"HBLN.US"_qs, m_now, BuzzRule{5.0, 3}).value().buzz.active);
        // The next day, the same library: today is quiet.
        QVERIFY(!library.tickerSummary(u"HBLN.US"_qs, m_now.addDays(1)).value().buzz.active);
        QCOMPARE(summary.last7Days, 10); // 6 days before today, and today's 4
        QCOMPARE(summary.together.size(), 1);
        QCOMPARE(summary.together.first().key, u"2382.HK"_qs);
        QCOMPARE(summary.together.first().count, 4);
    }
};

QTEST_GUILESS_MAIN(TestTickerStats)
#include "tst_ticker_stats.moc"
