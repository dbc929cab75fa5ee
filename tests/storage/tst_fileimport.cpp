#include "storage/fileimport.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using Storage::FileImport;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(NEWSDESK_TEST_DATA_DIR "/format/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class FileImportTest final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_dir.setPath(m_tmp->path());
        m_library = std::make_unique<Storage::Library>();
        QVERIFY(m_library->open(m_dir.filePath(QStringLiteral("library.sqlite"))).ok());
    }

    void cleanup()
    {
        m_library.reset();
        m_tmp.reset();
    }

    void rejectReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("refused");
        QTest::newRow("nominal: markdown") << QByteArray("# Title\n\nText.\n") << false;
        QTest::newRow("nominal: Chinese with a BOM") << QByteArray("\xEF\xBB\xBF# 标题\n") << false;
        QTest::newRow("robustness: empty") << QByteArray() << true;
        QTest::newRow("robustness: only blanks") << QByteArray(" \n\t\n") << true;
        QTest::newRow("robustness: binary") << QByteArray("PK\x03\x04\0\0zip", 9) << true;
        QTest::newRow("robustness: Latin-1 text")
            << QByteArray("caf\xE9 cr\xE8me br\xFBl\xE9\xE9 \xE0 la \xE9t\xE9") << true;
        QTest::newRow("nominal: one bad byte in UTF-8 text")
            << QByteArray("A long enough English paragraph with one stray \xFF byte in it.\n") << false;
    }

    void rejectReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, refused);
        QCOMPARE(!FileImport::rejectReason(bytes).isEmpty(), refused);
    }

    // A folder with good documents, a binary file and a missing path: the good ones are stored,
    // every failure is reported with its path, and each stored report names its document.
    void folderWithFailuresKeepsTheGoodOnes()
    {
        const QString folder = m_dir.filePath(QStringLiteral("news"));
        write(folder + u"/en.md", sample(QStringLiteral("news-en.md")));
        write(folder + u"/deeper/zh-CN.md", sample(QStringLiteral("news-zh-CN.md")));
        write(folder + u"/broken.md", QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
        write(folder + u"/notes.txt", QByteArray("not markdown, not picked up"));

        FileImport fileImport(*m_library);
        QList<FileImport::Stored> stored;
        QList<FileImport::Failed> failed;
        fileImport.onStored = [&](const FileImport::Stored &s) {
            stored.append(s);
        };
        fileImport.onFailed = [&](const FileImport::Failed &f) {
            failed.append(f);
        };
        const QStringList files = fileImport.expand({folder, m_dir.filePath(QStringLiteral("missing"))});
        QCOMPARE(files.size(), 3);
        for (const QString &file : files)
            fileImport.addFile(file);
        fileImport.flush();

        QCOMPARE(fileImport.inserted() + fileImport.updated(), 2);
        QCOMPARE(fileImport.failed(), 2);
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.at(0).path.endsWith(u"missing"));
        QVERIFY(failed.at(1).path.endsWith(u"broken.md"));
        QVERIFY(failed.at(1).reason.contains(u"binary"));
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).key, QStringLiteral("281000001"));
        QCOMPARE(stored.at(0).doc, stored.at(1).doc); // two locales of one document
        QCOMPARE(m_library->storedLocales(stored.at(0).doc).size(), 2);
        // The file is remembered, so `show PATH` finds it.
        const auto found = m_library->findImportedFile(QFileInfo(folder + u"/en.md").canonicalFilePath());
        QVERIFY(found);
        QCOMPARE(found->first, stored.at(0).doc);
    }

    // Two plain notes with the same file name in different folders are two documents, not one.
    void sameNameInTwoFoldersIsTwoDocuments()
    {
        write(m_dir.filePath(QStringLiteral("a/notes.md")), "Plain notes from desk A.\n");
        write(m_dir.filePath(QStringLiteral("b/notes.md")), "Plain notes from desk B.\n");
        FileImport fileImport(*m_library);
        QList<FileImport::Stored> stored;
        fileImport.onStored = [&](const FileImport::Stored &s) {
            stored.append(s);
        };
        for (const QString &file :
            fileImport.expand({m_dir.filePath(QStringLiteral("a")), m_dir.filePath(QStringLiteral("b"))}))
            fileImport.addFile(file);
        fileImport.flush();
        QCOMPARE(stored.size(), 2);
        QVERIFY(stored.at(0).doc != stored.at(1).doc);
        QCOMPARE(m_library->documentCount(), 2);
        const Result<Core::Article> article = m_library->article(stored.at(0).doc);
        QVERIFY(article.ok());
        QCOMPARE(article->title, QStringLiteral("notes")); // the file's name, not its path
    }

    // Importing the same files again changes nothing and duplicates nothing.
    void reimportIsUnchanged()
    {
        const QString file = m_dir.filePath(QStringLiteral("en.md"));
        write(file, sample(QStringLiteral("news-en.md")));
        for (int round = 0; round < 2; ++round) {
            FileImport fileImport(*m_library);
            fileImport.addFile(file);
            fileImport.flush();
            QCOMPARE(fileImport.failed(), 0);
            QCOMPARE(fileImport.unchanged(), round == 0 ? 0 : 1);
        }
        QCOMPARE(m_library->documentCount(), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_tmp; // a fresh folder and library for every test
    QDir m_dir;
    std::unique_ptr<Storage::Library> m_library;
};

QTEST_GUILESS_MAIN(FileImportTest)
#include "tst_fileimport.moc"
