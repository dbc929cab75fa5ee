#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Storage;

namespace {

const QString newsdesk = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk");
constexpr int rounds = 15;
constexpr int filesPerRound = 600;

QByteArray document(int id, const QString &locale, int round)
{
    const QString paragraph = locale == u"en"
        ? u"Revenue at Harborline (HBLN.US) rose again this quarter as cloud orders kept climbing. "_qs
        : u"港湾线半导体（HBLN.US）本季度营收再创新高，云服务商订单持续增长。"_qs;
    QString text = u"---\ntitle: \"Round %1 story %2\"\ntype: \"News\"\nlocale: \"%3\"\n"
                   u"url: \"https://longbridge.com/%3/news/%2.md\"\ndatetime: \"2026-03-%4T08:%5:00.000Z\"\n---\n\n"
                   u"# Round %1 story %2\n\n"_qs.arg(round)
                       .arg(id)
                       .arg(locale)
                       .arg(10 + id % 18)
                       .arg(id % 60, 2, 10, QChar(u'0'));
    for (int i = 0; i < 12; ++i)
        text += paragraph.repeated(3) + u"\n\n";
    text += u"### Related Stocks\n\n- [Harborline (HBLN.US)](https://longbridge.com/en/quote/HBLN.US.md)\n"_qs;
    return text.toUtf8();
}

} // namespace

// A real `newsdesk import` killed with SIGKILL mid-import, many times over: afterwards the library
// opens, passes its integrity checks, and holds every article whose commit was acknowledged.
class TestKillImport final : public QObject
{
    Q_OBJECT

private slots:
    void killedImportLosesNothingCommitted()
    {
        QVERIFY2(QFile::exists(newsdesk), qPrintable(newsdesk + u" is not built"));
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library.sqlite"_qs);
        QRandomGenerator random(4242);
        QSet<QString> acknowledged; // "key locale"
        int killedMidway = 0;

        for (int round = 0; round < rounds; ++round) {
            const QString folder = dir.filePath(u"round%1"_qs.arg(round));
            QVERIFY(QDir().mkpath(folder));
            for (int i = 0; i < filesPerRound; ++i) {
                const int id = 300000000 + round * 1000 + i / 2;
                const QString locale = i % 2 ? u"zh-CN"_qs : u"en"_qs;
                QFile file(folder + u"/%1-%2.md"_qs.arg(id).arg(locale));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(document(id, locale, round));
            }

            QProcess importProcess;
            importProcess.setProgram(newsdesk);
            importProcess.setArguments({u"--db"_qs, library, u"import"_qs, u"--verbose"_qs, folder});
            importProcess.start();
            QVERIFY(importProcess.waitForStarted());
            // Half the rounds kill at a random moment from the start (opening, migrating, first
            // batch); the other half once the first commit is acknowledged, so that some commits
            // always precede a kill however fast or slow (ASan) the build is.
            if (round % 2)
                importProcess.waitForReadyRead(30000);
            QTest::qWait(int(random.bounded(30, 300)));
            const bool finished = importProcess.state() == QProcess::NotRunning;
            importProcess.kill(); // SIGKILL
            if (importProcess.state() != QProcess::NotRunning)
                QVERIFY(importProcess.waitForFinished(10000));
            if (!finished && importProcess.exitStatus() == QProcess::CrashExit)
                ++killedMidway;

            // Every line on stdout was printed after its transaction committed.
            const QList<QByteArray> lines = importProcess.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                const QList<QByteArray> fields = line.split('\t');
                if (fields.size() == 4)
                    acknowledged.insert(QString::fromUtf8(fields.at(1) + ' ' + fields.at(2)));
            }

            Library check;
            const Result<void> opened = check.open(library);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
            const Result<void> integrity = check.checkIntegrity();
            QVERIFY2(integrity.ok(), qPrintable(integrity.ok() ? QString() : integrity.error().message));
            for (const QString &entry : std::as_const(acknowledged)) {
                const QString key = entry.section(u' ', 0, 0);
                const QString locale = entry.section(u' ', 1, 1);
                const std::optional<DocId> doc = check.findDocument(key);
                QVERIFY2(doc.has_value(), qPrintable(u"lost after round %1: "_qs.arg(round) + entry));
                QVERIFY2(check.storedLocales(*doc).contains(locale), qPrintable(u"lost: "_qs + entry));
            }
        }
        qInfo("%d of %d imports killed midway; %lld acknowledged articles all kept", killedMidway, rounds,
            qsizetype(acknowledged.size()));
        QVERIFY2(killedMidway >= rounds / 2, "most imports must be killed before they finish");
        QVERIFY2(!acknowledged.isEmpty(), "some imports must commit before the kill");
    }
};

QTEST_GUILESS_MAIN(TestKillImport)
#include "tst_kill_import.moc"
