#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

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
};

// As root, permissions do not stop writes: the command then runs as nobody.
Run newsdesk(const QStringList &arguments, bool asOtherUser)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"NEWSDESK_DB"_qs);
    process.setProcessEnvironment(environment);
    if (asOtherUser) {
        process.start(u"setpriv"_qs,
            QStringList{u"--reuid=nobody"_qs, u"--regid=nogroup"_qs, u"--clear-groups"_qs, newsdeskExecutable()}
                + arguments);
    } else {
        process.start(newsdeskExecutable(), arguments);
    }
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

// A library in a folder the user cannot write (a backup on read-only media, another user's
// folder): WAL would need to create its -shm file there, so it opens read-only. Reading works,
// a write says why it cannot be done, and nothing is created beside the file.
class TestReadOnlyLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void readsWorkAndWritesSayWhyNot()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"backup"_qs);
        QVERIFY(QDir().mkpath(folder));
        const QString library = folder + u"/library.sqlite";
        const Run imported = newsdesk(
            {u"--db"_qs, library, u"import"_qs, QStringLiteral(NEWSDESK_TEST_DATA_DIR "/format/news-en.md")}, false);
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"library.sqlite"_qs});

        const bool root = ::geteuid() == 0;
        const QFile::Permissions readable = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(dir.path(), readable));
        QVERIFY(QFile::setPermissions(folder, readable));
        QVERIFY(
            QFile::setPermissions(library, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));

        const Run list = newsdesk({u"--db"_qs, library, u"list"_qs}, root);
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(u"281000001"), qPrintable(list.out));
        const Run search = newsdesk({u"--db"_qs, library, u"search"_qs, u"harborline"_qs}, root);
        QCOMPARE(search.exitCode, 0);
        QVERIFY(search.out.contains(u"281000001"));

        const Run write = newsdesk({u"--db"_qs, library, u"watchlist"_qs, u"add"_qs, u"AAPL.US"_qs}, root);
        QCOMPARE(write.exitCode, 1);
        QVERIFY2(
            write.err.contains(u"the library is open read-only: its folder %1 cannot be written to"_qs.arg(folder)),
            qPrintable(write.err));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"library.sqlite"_qs});

        QVERIFY(QFile::setPermissions(folder, readable | QFile::WriteOwner));
        QVERIFY(QFile::setPermissions(dir.path(), readable | QFile::WriteOwner));
    }
};

QTEST_GUILESS_MAIN(TestReadOnlyLibrary)
#include "tst_readonlylibrary.moc"
