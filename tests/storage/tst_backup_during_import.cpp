#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Storage;

namespace {

const QString newsdesk = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk");
constexpr int files = 2000;

QByteArray document(int id)
{
    QString text = u"---\ntitle: \"Story %1\"\ntype: \"News\"\nlocale: \"en\"\n"
                   u"url: \"https://longbridge.com/en/news/%1.md\"\ndatetime: \"2026-03-%2T08:%3:00.000Z\"\n---\n\n"
                   u"# Story %1\n\n"_qs.arg(id)
                       .arg(10 + id % 18)
                       .arg(id % 60, 2, 10, QChar(u'0'));
    for (int i = 0; i < 12; ++i)
        text
            += u"Revenue at Harborline (HBLN.US) rose again this quarter as cloud orders kept climbing. "_qs.repeated(3)
            + u"\n\n";
    return text.toUtf8();
}

} // namespace

// `newsdesk backup` while a real `newsdesk import` writes the library: the copy opens, passes the
// integrity checks (SQLite's and the full-text index's) and finds in its full-text index every article it holds.
class TestBackupDuringImport final : public QObject
{
    Q_OBJECT

private slots:
    void backupTakenDuringAnImportIsConsistent()
    {
        QVERIFY2(QFile::exists(newsdesk), qPrintable(newsdesk + u" is not built"));
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library.sqlite"_qs);
        const QString folder = dir.filePath(u"news"_qs);
        QVERIFY(QDir().mkpath(folder));
        for (int i = 0; i < files; ++i) {
            QFile file(folder + u"/%1.md"_qs.arg(500000000 + i));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(document(500000000 + i));
        }

        QProcess importProcess;
        importProcess.start(newsdesk, {u"--db"_qs, library, u"import"_qs, u"--verbose"_qs, folder});
        QVERIFY(importProcess.waitForStarted());
        QVERIFY(importProcess.waitForReadyRead(60000)); // a first batch is committed

        const QString copy = dir.filePath(u"backup.sqlite"_qs);
        QProcess backup;
        backup.start(newsdesk, {u"--db"_qs, library, u"backup"_qs, copy});
        QVERIFY(backup.waitForFinished(60000));
        const bool importStillRunning = importProcess.state() == QProcess::Running;
        QCOMPARE(backup.exitCode(), 0);
        QVERIFY2(backup.readAllStandardOutput().startsWith("backed up "), "no report");
        QVERIFY(importProcess.waitForFinished(120000));
        QCOMPARE(importProcess.exitCode(), 0);
        QVERIFY2(importStillRunning, "the backup must overlap the import");
        QVERIFY(!QFile::exists(copy + u".partial"_qs));

        Library restored;
        const Result<void> opened = restored.open(copy);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        const Result<void> integrity = restored.checkIntegrity();
        QVERIFY2(integrity.ok(), qPrintable(integrity.ok() ? QString() : integrity.error().message));
        const int copied = restored.documentCount();
        QVERIFY(copied > 0);
        QVERIFY(copied < files);
        QCOMPARE(restored.rows({ListFilter::View::All, {}, u"harborline"_qs}, 1000).size(), qsizetype(copied));
    }

    void backupNeedsAFile()
    {
        QTemporaryDir dir;
        QProcess backup;
        backup.start(newsdesk, {u"--db"_qs, dir.filePath(u"library.sqlite"_qs), u"backup"_qs});
        QVERIFY(backup.waitForFinished(30000));
        QCOMPARE(backup.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBackupDuringImport)
#include "tst_backup_during_import.moc"
