// The full-text index's upkeep on a real library file: a write only adds segments (no merge waits
// inside it), the upkeep merges them in bounded steps, with every search finding what it found
// before and the freed pages returned, and the writer runs it by itself once its queue is idle.
#include "storage/connection.h"
#include "storage/library.h"
#include "storage/librarywriter.h"
#include "testarticles.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Qt::StringLiterals;
using Tests::article;

namespace {

constexpr int batches = 24; // more than usermerge (16), fewer than crisismerge (64)

QString body(QRandomGenerator &random)
{
    static const QStringList words
        = u"revenue margin guidance quarter orders semiconductor warehouse robotics "
          u"freight lithium battery dividend buyback tariff yield inflation payrolls"_s.split(u' ');
    QString text;
    for (int w = 0; w < 200; ++w)
        text += words.at(random.bounded(int(words.size()))) + QString::number(random.bounded(300)) + u' ';
    return text;
}

// Each batch is one transaction, so one new segment unless something merges.
void storeBatches(Storage::Library &library, int count, int first = 0)
{
    QRandomGenerator random(11 + first);
    for (int b = first; b < first + count; ++b) {
        QList<Core::Article> articles;
        for (int n = 0; n < 10; ++n) {
            const int i = b * 10 + n;
            articles.append(article(QString::number(700000 + i), u"en"_s,
                u"Story %1 %2"_s.arg(i).arg(i % 3 == 0 ? u"semiconductor"_s : u"freight"_s),
                Tests::utc("2025-03-01T00:00:00Z").addSecs(600 * i), body(random)));
        }
        for (const auto &stored : library.storeAll(articles))
            QVERIFY(stored.ok());
    }
}

int segments(Storage::Library &library)
{
    const Result<QVariant> count = library.connection().scalar(u"SELECT count(DISTINCT segid) FROM article_fts_idx"_s);
    return count ? count->toInt() : -1;
}

qint64 freePages(Storage::Library &library)
{
    const Result<QVariant> count = library.connection().scalar(u"PRAGMA freelist_count"_s);
    return count ? count->toLongLong() : -1;
}

// What a reader sees for a few searches: the keys, newest first.
QList<QStringList> searches(Storage::Library &library)
{
    QList<QStringList> found;
    for (const QString &query : {u"semiconductor"_s, u"freight"_s, u"lithium7"_s, u"divi*"_s, u"\"tariff12\""_s}) {
        Storage::ListFilter filter;
        filter.search = query;
        found.append(Tests::keys(library.rows(filter, 1000)));
    }
    return found;
}

// Steps until the upkeep says it is done; the count of steps, or -1 if it never says so.
int tidyFully(Storage::Library &library)
{
    for (int steps = 1; steps <= 1000; ++steps) {
        const Result<bool> more = library.tidySearchIndex();
        if (!more)
            return -1;
        if (!*more)
            return steps;
    }
    return -1;
}

} // namespace

class TestSearchIndexUpkeep final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAddSegmentsAndTheUpkeepMergesThem()
    {
        QTemporaryDir dir;
        Storage::Library library;
        QVERIFY(library.open(dir.filePath(u"library.sqlite"_s)).ok());
        storeBatches(library, batches);
        // No write merged: one segment per batch (the first may share one with the schema's).
        QVERIFY2(segments(library) >= batches, qPrintable(QString::number(segments(library))));
        const QList<QStringList> before = searches(library);
        QVERIFY(!before.constFirst().isEmpty());

        QVERIFY(tidyFully(library) > 1);
        QVERIFY2(segments(library) < 16, qPrintable(QString::number(segments(library))));
        QCOMPARE(freePages(library), 0);
        QCOMPARE(searches(library), before);
        QVERIFY(library.checkIntegrity().ok());
        // Done is done: another step finds nothing to do.
        const Result<bool> again = library.tidySearchIndex();
        QVERIFY(again.ok());
        QVERIFY(!*again);
    }

    void aLongRunOfWritesStillBoundsTheSegments()
    {
        // 80 batches without a pause: the first level is merged when it reaches 64 (crisismerge).
        QTemporaryDir dir;
        Storage::Library library;
        QVERIFY(library.open(dir.filePath(u"library.sqlite"_s)).ok());
        storeBatches(library, 80);
        QVERIFY2(segments(library) < 64, qPrintable(QString::number(segments(library))));
        QCOMPARE(library.count({}), 800);
    }

    void aLibraryThatCannotReturnPagesStillFinishes()
    {
        // Libraries made before incremental vacuum keep their free pages: the upkeep must not try forever.
        QTemporaryDir dir;
        Storage::Library library;
        QVERIFY(library.open(dir.filePath(u"library.sqlite"_s)).ok());
        QVERIFY(library.connection().execToEnd(u"PRAGMA auto_vacuum = NONE"_s).ok());
        QVERIFY(library.connection().execToEnd(u"VACUUM"_s).ok());
        storeBatches(library, batches);
        QVERIFY(tidyFully(library) > 0);
        QVERIFY(freePages(library) > 0);
        QVERIFY(segments(library) < 16);
    }

    void theWriterTidiesWhenItsQueueIsIdle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            // An import without a writer (the command line before it merges) leaves segments behind.
            Storage::Library alone;
            QVERIFY(alone.open(path).ok());
            storeBatches(alone, batches);
            QVERIFY(segments(alone) >= batches);
        }
        Storage::LibraryWriter writer;
        writer.setUpkeepDelay(std::chrono::milliseconds(0));
        QVERIFY(writer.open(path).ok());
        Storage::Library reader;
        QVERIFY(reader.open(path).ok());
        QCOMPARE(reader.writer(), &writer);
        // Nothing is asked of it: the writer merges what it found when it opened the file...
        QTRY_VERIFY(segments(reader) < 16);
        const quint64 steps = writer.upkeepStepsRun();
        QVERIFY(steps > 0);
        // ...and what writes through it add, once they stop. Steps between writes merge whatever
        // level holds 16 segments at that moment, so the shape varies; once idle, no level holds
        // 16 (two levels: at most 30 segments, where the writes alone left 48).
        storeBatches(reader, batches, batches);
        QTRY_VERIFY(writer.upkeepStepsRun() > steps && segments(reader) <= 30);
        const Result<bool> more = reader.tidySearchIndex();
        QVERIFY(more.ok());
        QVERIFY(!*more);
        QTRY_COMPARE(freePages(reader), 0);
        QCOMPARE(reader.count({}), 2 * batches * 10);
    }
};

QTEST_GUILESS_MAIN(TestSearchIndexUpkeep)
#include "tst_searchindexupkeep.moc"
