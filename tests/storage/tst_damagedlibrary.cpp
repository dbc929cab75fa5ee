#include "pagedamage.h"
#include "storage/imagestore.h"
#include "storage/library.h"
#include "testarticles.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Newsdesk;

namespace {

constexpr int articleCount = 1000;

QString newsdeskExecutable()
{
    const QString other = qEnvironmentVariable("NEWSDESK_TEST_EXECUTABLE");
    return other.isEmpty() ? QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk") : other;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qsizetype lines() const { return out.split(u'\n', Qt::SkipEmptyParts).size(); }
};

Run newsdesk(const QString &library, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"NEWSDESK_DB"_qs);
    process.setProcessEnvironment(environment);
    process.start(newsdeskExecutable(), QStringList{u"--db"_qs, library} + arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString newsId(int i)
{
    return QString::number(281000000 + i);
}

QUrl imageUrl()
{
    return QUrl(u"https://news.example.com/images/chart.png"_qs);
}

QByteArray imageBytes()
{
    return QByteArray("\x89PNG\r\n\x1a\n stored bytes of an offline copy's image");
}

} // namespace

// A library with one page overwritten in the middle of the articles table, as a failing disk or
// a stray write leaves it: reading commands stop with "the library is damaged at …" and exit 1
// instead of printing a short list; `check` finds it; `recover` copies every other article.
class TestDamagedLibrary final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_healthy; // a copy from before the damage
    Tests::DamagedPage m_damaged;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(newsdeskExecutable()), qPrintable(newsdeskExecutable() + u" is not built"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"library.sqlite"_qs);
        {
            Storage::Library library;
            QVERIFY(library.open(m_path).ok());
            QList<Core::Article> articles;
            const QString body = u"Harborline reported a record quarter. "_qs.repeated(8);
            for (int i = 0; i < articleCount; ++i) {
                articles.append(Tests::article(newsId(i), u"en"_qs, u"Report %1"_qs.arg(i),
                    Tests::utc("2026-01-05T08:00:00Z").addSecs(i * 60), body));
            }
            for (const Result<Storage::StoreOutcome> &stored : library.storeAll(articles))
                QVERIFY(stored.ok());
            // Read state, bookmarks and the watchlist at both ends of the library, to be recovered.
            for (int i : {0, 1, articleCount - 1}) {
                const std::optional<Storage::DocId> doc = library.findDocument(newsId(i));
                QVERIFY(doc);
                QVERIFY(library.setRead(*doc, true).ok());
                QVERIFY(library.setBookmarked(*doc, i != 1).ok());
            }
            // Where they came from and their offline copies: one whole with an image, one unfinished.
            const std::optional<Storage::DocId> first = library.findDocument(newsId(0));
            const std::optional<Storage::DocId> last = library.findDocument(newsId(articleCount - 1));
            QVERIFY(library.setOrigin(*first, QUrl(u"https://news.example.com/en/news/1.md"_qs)).ok());
            QVERIFY(library.setOrigin(*last, QUrl(u"http://192.168.1.20:8080/feed.xml"_qs)).ok());
            QVERIFY(library.images().put(imageUrl(), imageBytes(), u"image/png"_qs, *first).ok());
            QVERIFY(library.setOfflineCopy(*first, Storage::OfflineCopy::Complete).ok());
            QVERIFY(library.setOfflineCopy(*last, Storage::OfflineCopy::Incomplete).ok());
            QVERIFY(library.addToWatchlist(u"HBLN.US"_qs, u"Harborline"_qs).ok());
            QVERIFY(library.checkIntegrity().ok());
        }
        m_healthy = m_dir.filePath(u"healthy.sqlite"_qs);
        QVERIFY(QFile::copy(m_path, m_healthy));

        m_damaged = Tests::damageMiddleLeafOfArticles(m_path);
        QVERIFY(m_damaged.number > 1);
        QVERIFY(m_damaged.cells > 0);
    }

    void healthyLibraryPassesTheCheck()
    {
        const Run healthy = newsdesk(m_healthy, {u"check"_qs});
        QCOMPARE(healthy.exitCode, 0);
        QVERIFY2(healthy.out.contains(u"no damage found (%1 documents)"_qs.arg(articleCount)), qPrintable(healthy.out));
        const Run list = newsdesk(m_healthy, {u"list"_qs});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.lines(), qsizetype(articleCount));
    }

    void listStopsWithTheDamage()
    {
        const Run list = newsdesk(m_path, {u"list"_qs});
        QCOMPARE(list.exitCode, 1);
        QVERIFY2(list.err.contains(u"newsdesk: the library is damaged at the table articles"), qPrintable(list.err));
        QVERIFY2(list.err.contains(u"newsdesk check"), qPrintable(list.err));
        QCOMPARE(list.err.count(u"damaged at"), 1); // said once
        QVERIFY(list.lines() < articleCount);
    }

    void searchStopsWithTheDamage()
    {
        const Run search = newsdesk(m_path, {u"search"_qs, u"harborline"_qs});
        QCOMPARE(search.exitCode, 1);
        QVERIFY2(search.err.contains(u"the library is damaged at"), qPrintable(search.err));
        QVERIFY(search.lines() < articleCount);
    }

    void listingInProcessFailsAndTellsTheHandler()
    {
        Storage::Library library;
        QVERIFY(library.open(m_path).ok());
        QStringList heard;
        library.setDamageHandler([&heard](const Error &error) { heard.append(error.message); });
        Result<QList<Storage::ListRow>> page = library.page({}, articleCount);
        QVERIFY(!page);
        QVERIFY2(page.error().message.startsWith(u"the library is damaged at the table articles"),
            qPrintable(page.error().message));
        QVERIFY(!heard.isEmpty());
    }

    void checkReportsTheDamage()
    {
        const Run check = newsdesk(m_path, {u"check"_qs});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(u"the library file is damaged"), qPrintable(check.err));
        QVERIFY2(check.err.contains(u"newsdesk recover"), qPrintable(check.err));
    }

    void recoverCopiesEveryReadableArticle()
    {
        const QString target = m_dir.filePath(u"recovered.sqlite"_qs);
        const Run recover = newsdesk(m_path, {u"recover"_qs, target});
        QCOMPARE(recover.exitCode, 0);
        // Only the rows on the overwritten page are lost.
        const int expected = articleCount - m_damaged.cells;
        QVERIFY2(recover.out.contains(u"Recovered %1 articles"_qs.arg(expected)), qPrintable(recover.out));

        Storage::Library recovered;
        QVERIFY(recovered.open(target).ok());
        QVERIFY(recovered.checkIntegrity().ok());
        QCOMPARE(recovered.documentCount(), expected);
        for (int i : {0, 1, articleCount - 1}) {
            const std::optional<Storage::DocId> doc = recovered.findDocument(newsId(i));
            QVERIFY(doc);
            const std::optional<Storage::ListRow> row = recovered.row(*doc);
            QVERIFY(row);
            QCOMPARE(row->title, u"Report %1"_qs.arg(i));
            QVERIFY(row->read);
            QCOMPARE(row->bookmarked, i != 1);
        }
        // Where each came from, and the offline copies as they were (the image included).
        const Storage::DocId first = *recovered.findDocument(newsId(0));
        const Storage::DocId second = *recovered.findDocument(newsId(1));
        const Storage::DocId last = *recovered.findDocument(newsId(articleCount - 1));
        QCOMPARE(recovered.originHost(first), u"news.example.com"_qs);
        QCOMPARE(recovered.originHost(second), QString());
        QCOMPARE(recovered.originHost(last), u"192.168.1.20"_qs);
        QVERIFY(recovered.isOriginHost(u"192.168.1.20"_qs));
        QCOMPARE(recovered.offlineCopy(first), Storage::OfflineCopy::Complete);
        QCOMPARE(recovered.offlineCopy(second), Storage::OfflineCopy::None);
        QCOMPARE(recovered.offlineCopy(last), Storage::OfflineCopy::Incomplete);
        QCOMPARE(recovered.incompleteOfflineCopies(), QList<Storage::DocId>{last});
        QCOMPARE(recovered.images().imagesOf(first), QList<QUrl>{imageUrl()});
        const std::optional<Storage::StoredImage> image = recovered.images().get(imageUrl());
        QVERIFY(image);
        QCOMPARE(image->bytes, imageBytes());
        QCOMPARE(image->mimeType, u"image/png"_qs);
        QCOMPARE(recovered.watchlist().size(), 1);
        QCOMPARE(recovered.watchlist().first().name, u"Harborline"_qs);
        // The recovered library lists and searches whole.
        const Run list = newsdesk(target, {u"list"_qs});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.lines(), qsizetype(expected));
        const Run search = newsdesk(target, {u"search"_qs, u"harborline"_qs});
        QCOMPARE(search.exitCode, 0);
        QCOMPARE(search.lines(), qsizetype(expected));

        // Never over an existing file.
        const Run again = newsdesk(m_path, {u"recover"_qs, target});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"exists already"), qPrintable(again.err));
    }
};

QTEST_GUILESS_MAIN(TestDamagedLibrary)
#include "tst_damagedlibrary.moc"
