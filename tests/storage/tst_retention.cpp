// Retention on a real library file: a prune returns the space of what it deleted, the full-text
// index's share included (merged in bounded steps afterwards), what it keeps stays searchable, and
// a prune with a limit stops at it.
#include "storage/library.h"
#include "testarticles.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using Tests::article;

namespace {

// Varied words, so the full-text index is a real share of the file.
QString body(QRandomGenerator &random)
{
    static const QStringList words = QStringLiteral(
        "revenue margin guidance quarter orders semiconductor warehouse robotics freight lithium battery "
        "dividend buyback tariff yield inflation payrolls consumer lending deposits premium subscribers "
        "shipments capacity pricing outlook backlog downgrade upgrade analysts estimates")
                                         .split(u' ');
    QString text;
    for (int w = 0; w < 400; ++w) {
        text += words.at(random.bounded(int(words.size())));
        text += QString::number(random.bounded(500)); // many distinct terms
        text += w % 17 == 16 ? QStringLiteral(".\n\n") : QStringLiteral(" ");
    }
    return text;
}

qint64 fileBytes(Storage::Library &library)
{
    return library.sizeInBytes();
}

} // namespace

class TestRetention final : public QObject
{
    Q_OBJECT

    void fill(Storage::Library &library, int count)
    {
        QRandomGenerator random(7);
        QList<Core::Article> articles;
        for (int n = 0; n < count; ++n)
            articles.append(article(QString::number(800000 + n), QStringLiteral("en"),
                QStringLiteral("Story %1 keepword%2").arg(n).arg(n % 2 ? u"odd" : u"even"),
                Tests::utc("2025-01-01T00:00:00Z").addSecs(3600 * n), body(random)));
        for (const auto &stored : library.storeAll(articles))
            QVERIFY(stored.ok());
    }

private Q_SLOTS:
    void pruneReturnsTheIndexSpaceToo()
    {
        QTemporaryDir dir;
        Storage::Library library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))).ok());
        fill(library, 600);
        const qint64 before = fileBytes(library);

        Storage::PruneOptions options;
        options.olderThan = Tests::utc("2025-01-01T00:00:00Z").addSecs(3600 * 500); // the 500 oldest
        const Result<Storage::PruneOutcome> pruned = library.prune(options);
        QVERIFY(pruned.ok());
        QCOMPARE(pruned->documents, 500);
        const qint64 after = fileBytes(library);
        QCOMPARE(pruned->freedBytes, before - after);
        // Five sixths of the articles went; at least two thirds of the file goes with them (without
        // the merge the index keeps every deleted entry and the file grows instead).
        QVERIFY2(after * 3 < before, qPrintable(QStringLiteral("%1 -> %2 bytes").arg(before).arg(after)));

        QCOMPARE(library.documentCount(), 100);
        QVERIFY(library.checkIntegrity().ok());
        Storage::ListFilter filter;
        filter.search = QStringLiteral("keepwordodd"); // 300 before; the deleted are gone from the index
        QCOMPARE(library.count(filter), 50);
        filter.search = QStringLiteral("keepwordeven");
        QCOMPARE(library.count(filter), 50);
    }

    void aLimitedPruneStopsAtItsLimitAndTheMergeEnds()
    {
        QTemporaryDir dir;
        Storage::Library library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))).ok());
        fill(library, 300);
        Storage::PruneOptions options;
        options.olderThan = Tests::utc("2026-01-01T00:00:00Z");
        options.batchSize = 40;
        options.limit = 130;
        Result<Storage::PruneOutcome> pruned = library.prune(options);
        QVERIFY(pruned.ok());
        QCOMPARE(pruned->documents, 130);
        QCOMPARE(library.documentCount(), 170);
        pruned = library.prune(options);
        QCOMPARE(pruned->documents, 130);
        pruned = library.prune(options);
        QCOMPARE(pruned->documents, 40);
        QCOMPARE(library.documentCount(), 0);

        int steps = 0;
        for (bool first = true;; first = false) {
            const Result<bool> more = library.mergeSearchIndex(first);
            QVERIFY(more.ok());
            ++steps;
            if (!*more)
                break;
            QVERIFY(steps < 1000);
        }
        QVERIFY(steps >= 2); // it did work before saying it was done
        QVERIFY(library.checkIntegrity().ok());
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
