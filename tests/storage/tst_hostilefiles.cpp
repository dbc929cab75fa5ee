#include "storage/fileimport.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Newsdesk;
using Storage::FileImport;

namespace {

// NEWSDESK_TEST_EXECUTABLE runs the same checks against another build (an older one, to see them fail).
QString newsdeskExecutable()
{
    const QString other = qEnvironmentVariable("NEWSDESK_TEST_EXECUTABLE");
    return other.isEmpty() ? QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk") : other;
}

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(NEWSDESK_TEST_DATA_DIR "/format/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// Files an import must not read: devices, pipes, links out of an imported folder. Each runs
// through FileImport (the pipeline the reader's File ▸ Import and Open With use) and through the
// real `newsdesk import`, whose memory is capped so that reading a device without limit fails
// quickly instead of filling the machine.
class HostileFilesTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QDir m_dir;
    std::unique_ptr<Storage::Library> m_library;
    QList<QProcess *> m_writers;

    QString libraryPath() const { return m_dir.filePath(u"library.sqlite"_qs); }

    Run importPaths(const QStringList &paths)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"NEWSDESK_DB"_qs);
        process.setProcessEnvironment(environment);
        // 1 GB of address space: a device read without limit ends in bad_alloc, not in swap.
        process.start(u"/bin/sh"_qs,
            QStringList{u"-c"_qs, u"ulimit -v 1048576; exec \"$0\" \"$@\""_qs, newsdeskExecutable(), u"--db"_qs,
                libraryPath(), u"import"_qs}
                + paths);
        Run run;
        run.finished = process.waitForFinished(30000);
        if (!run.finished) {
            process.kill();
            process.waitForFinished(5000);
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString makeFifo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
    }

    // A writer that pours `yes` into the pipe as soon as someone opens it for reading.
    void startWriter(const QString &fifo)
    {
        auto *writer = new QProcess(this);
        writer->start(u"/bin/sh"_qs, {u"-c"_qs, u"exec yes > \"$0\""_qs, fifo});
        QVERIFY(writer->waitForStarted());
        m_writers.append(writer);
    }

    struct Outcome
    {
        QList<FileImport::Failed> failed;
        int stored = 0;
    };

    Outcome importInProcess(const QStringList &paths)
    {
        FileImport fileImport(*m_library);
        Outcome outcome;
        fileImport.onStored = [&](const FileImport::Stored &) {
            ++outcome.stored;
        };
        fileImport.onFailed = [&](const FileImport::Failed &failed) {
            outcome.failed.append(failed);
        };
        for (const QString &file : fileImport.expand(paths))
            fileImport.addFile(file);
        fileImport.flush();
        return outcome;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(newsdeskExecutable()), qPrintable(newsdeskExecutable() + u" is not built"));
    }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_dir.setPath(m_tmp->path());
        m_library = std::make_unique<Storage::Library>();
        QVERIFY(m_library->open(libraryPath()).ok());
    }

    void cleanup()
    {
        for (QProcess *writer : std::as_const(m_writers)) {
            writer->kill();
            writer->waitForFinished(5000);
            delete writer;
        }
        m_writers.clear();
        m_library.reset();
        m_tmp.reset();
    }

    void devicesAreRefused_data()
    {
        QTest::addColumn<QString>("device");
        QTest::newRow("robustness: /dev/zero") << u"/dev/zero"_qs;
        QTest::newRow("robustness: /dev/urandom") << u"/dev/urandom"_qs;
    }

    void devicesAreRefused()
    {
        QFETCH(QString, device);
        const Outcome outcome = importInProcess({device});
        QCOMPARE(outcome.stored, 0);
        QCOMPARE(outcome.failed.size(), 1);
        QVERIFY2(
            outcome.failed.first().reason.contains(u"not a regular file"), qPrintable(outcome.failed.first().reason));

        const Run run = importPaths({device});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(device + u": not a regular file (it is a device)"), qPrintable(run.err));
    }

    // Opening a pipe nobody writes to blocks forever: the type is checked before opening.
    void fifoWithoutWriterIsRefusedAtOnce()
    {
        const QString fifo = makeFifo(u"news.md"_qs);
        QVERIFY(!fifo.isEmpty());
        const Run run = importPaths({fifo});
        QVERIFY2(run.finished, "newsdesk import hung on a pipe with no writer");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(fifo + u": not a regular file (it is a pipe)"), qPrintable(run.err));

        const Outcome outcome = importInProcess({fifo});
        QCOMPARE(outcome.failed.size(), 1);
        QVERIFY(outcome.failed.first().reason.contains(u"a pipe"));
    }

    void fifoWithWriterIsRefused()
    {
        const QString fifo = makeFifo(u"endless.md"_qs);
        QVERIFY(!fifo.isEmpty());
        startWriter(fifo);
        const Run run = importPaths({fifo});
        QVERIFY2(run.finished, "newsdesk import did not end on an endless pipe");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(fifo + u": not a regular file (it is a pipe)"), qPrintable(run.err));

        const Outcome outcome = importInProcess({fifo});
        QCOMPARE(outcome.stored, 0);
        QCOMPARE(outcome.failed.size(), 1);
    }

    // A folder holding `evil.md -> /dev/zero` next to a real article: the article is stored, the
    // link is refused with a line that says it leads out of the folder.
    void linkToDeviceInFolderIsRefused()
    {
        const QString folder = m_dir.filePath(u"news"_qs);
        QVERIFY(write(folder + u"/en.md", sample(u"news-en.md"_qs)));
        QVERIFY(QFile::link(u"/dev/zero"_qs, folder + u"/evil.md"));

        const Run run = importPaths({folder});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(folder + u"/evil.md: not imported: a link that leads outside the folder (to /dev/zero)"),
            qPrintable(run.err));
        QVERIFY2(run.out.contains(u"1 new"), qPrintable(run.out));

        const Outcome outcome = importInProcess({folder});
        QCOMPARE(outcome.stored, 1); // the article again (unchanged)
        QCOMPARE(outcome.failed.size(), 1);
        QVERIFY(outcome.failed.first().path.endsWith(u"/evil.md"));
    }

    // A link to a folder outside is not followed (a link to /usr once imported 552 files).
    void linkToFolderOutsideIsNotFollowed()
    {
        const QString outside = m_dir.filePath(u"elsewhere"_qs);
        QVERIFY(write(outside + u"/private.md", sample(u"news-zh-CN.md"_qs)));
        const QString folder = m_dir.filePath(u"news"_qs);
        QVERIFY(write(folder + u"/en.md", sample(u"news-en.md"_qs)));
        QVERIFY(QFile::link(outside, folder + u"/more"));
        // A link that stays inside the folder is fine.
        QVERIFY(QFile::link(folder + u"/en.md", folder + u"/same.md"));

        const Run run = importPaths({folder});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(folder + u"/more: not imported: a link that leads outside the folder"),
            qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);

        Storage::Library library;
        QVERIFY(library.open(libraryPath()).ok());
        QCOMPARE(library.documentCount(), 1);
        QVERIFY(!library.findImportedFile(QFileInfo(outside + u"/private.md").canonicalFilePath()));
    }

    // The cap holds even when a file grows after it was measured: no more than the limit plus one
    // byte is read.
    void oversizeFileIsRefused()
    {
        const QString path = m_dir.filePath(u"big.md"_qs);
        QByteArray big(int(FileImport::maxFileBytes) + 1, 'a');
        big.prepend("# Big\n\n");
        QVERIFY(write(path, big));
        const Result<QByteArray> read = FileImport::readCapped(path);
        QVERIFY(!read);
        QCOMPARE(read.error().kind, Error::Kind::TooLarge);
        const Run run = importPaths({path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"larger than 10 MB"), qPrintable(run.err));
    }

    void emptyLookingFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("robustness: only a byte-order mark") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("robustness: a byte-order mark and blank lines") << QByteArray("\xEF\xBB\xBF\n\r\n  \n");
        QTest::newRow("robustness: ideographic and no-break spaces") << QByteArray("\xE3\x80\x80\xC2\xA0\n");
    }

    void emptyLookingFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        const QString path = m_dir.filePath(u"blank.md"_qs);
        QVERIFY(write(path, bytes));
        const Run run = importPaths({path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path + u": the file is empty"), qPrintable(run.err));
        Storage::Library library;
        QVERIFY(library.open(libraryPath()).ok());
        QCOMPARE(library.documentCount(), 0);
    }
};

QTEST_GUILESS_MAIN(HostileFilesTest)
#include "tst_hostilefiles.moc"
