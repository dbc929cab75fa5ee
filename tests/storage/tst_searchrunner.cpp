#include "storage/library.h"
#include "storage/searchrunner.h"
#include "testarticles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;

// The reader's searches run on the runner's thread with its own connection; of several typed in
// quick succession only the newest is answered.
class TestSearchRunner final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"library.sqlite"_qs);
        Storage::Library library;
        QVERIFY(library.open(m_path).ok());
        QList<Core::Article> articles;
        for (int i = 0; i < 300; ++i) {
            articles.append(Tests::article(QString::number(281000000 + i), u"en"_qs, u"Report %1"_qs.arg(i),
                Tests::utc("2026-01-05T08:00:00Z").addSecs(i * 60),
                i % 3 == 0 ? u"Harborline had a record quarter."_qs : u"Copperfield guidance unchanged."_qs));
        }
        for (const Result<Storage::StoreOutcome> &stored : library.storeAll(articles))
            QVERIFY(stored.ok());
    }

    void newestSearchWins()
    {
        Storage::SearchRunner runner(m_path);
        QSignalSpy finished(&runner, &Storage::SearchRunner::finished);
        Storage::ListFilter filter;
        filter.search = u"copperfield"_qs;
        (void)runner.search(filter, 50);
        filter.search = u"record"_qs;
        (void)runner.search(filter, 50);
        // The user's 20,000-word paste, then what they finally typed.
        filter.search = u"zq "_qs.repeated(20000);
        (void)runner.search(filter, 50);
        filter.search = u"harborline"_qs;
        const quint64 newest = runner.search(filter, 20);
        QCOMPARE(finished.count(), 0); // nothing is answered while the caller waits

        QVERIFY(finished.wait(30000));
        QTest::qWait(200); // an overtaken answer would have arrived by now
        QCOMPARE(finished.count(), 1);
        const QList<QVariant> answer = finished.takeFirst();
        QCOMPARE(answer.at(0).toULongLong(), newest);
        const auto rows = answer.at(2).value<QList<Storage::ListRow>>();
        QCOMPARE(rows.size(), 20);
        QCOMPARE(rows.first().title, u"Report 297"_qs);
        QCOMPARE(answer.at(3).toInt(), 100);
    }

    void damageIsAnAnswerToo()
    {
        Storage::SearchRunner runner(u"/proc/version"_qs); // not a library
        QSignalSpy failed(&runner, &Storage::SearchRunner::failed);
        Storage::ListFilter filter;
        filter.search = u"harborline"_qs;
        (void)runner.search(filter, 20);
        QVERIFY(failed.wait(30000));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchRunner)
#include "tst_searchrunner.moc"
