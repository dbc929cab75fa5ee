// The weekly automatic backup over real files at a fixed "now": the first copy, the week between
// copies, the newest three kept and nothing else in the folder touched, and a failed copy that
// says why and removes nothing. Widget-free (links newsdesk_reader only).
#include "controller/backupfolder.h"
#include "controller/backupschedule.h"
#include "core/article.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>

using namespace Newsdesk;
using Ui::BackupSchedule;

namespace {

QDateTime day(int year, int month, int d)
{
    return QDateTime(QDate(year, month, d), QTime(10, 0), Qt::UTC);
}

Core::Article article(int n)
{
    Core::Article a;
    a.key = QString::number(600000 + n);
    a.locale = QStringLiteral("en");
    a.title = QStringLiteral("Story %1").arg(n);
    a.type = QStringLiteral("News");
    a.url = QUrl(QStringLiteral("https://longbridge.com/en/news/%1.md").arg(a.key));
    a.published = day(2026, 11, 1).addSecs(60 * n);
    a.body = QStringLiteral("Body of story %1 about chips and orders.").arg(n);
    a.source = a.body;
    return a;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestAutoBackup final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Storage::Library m_library;
    QDateTime m_now;

    QString libraryPath() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    QString backupsDir() const { return m_dir.filePath(QStringLiteral("backups")); }

    // Runs the schedule as the reader does at start; the new file, or the error.
    std::pair<QString, QString> run(BackupSchedule &schedule)
    {
        QSignalSpy finished(&schedule, &BackupSchedule::finished);
        if (!schedule.runIfDue())
            return {};
        if (!finished.wait(30000))
            return {QString(), QStringLiteral("no answer")};
        return {finished.first().at(0).toString(), finished.first().at(1).toString()};
    }

    // Backups of ours, as the schedule would have made them on those days.
    bool backUpWeekly(std::initializer_list<const char *> dates)
    {
        if (!QDir().mkpath(backupsDir()))
            return false;
        for (const char *date : dates) {
            const QString name = QStringLiteral("library-backup-%1.sqlite").arg(QLatin1StringView(date));
            if (!m_library.backUp(QDir(backupsDir()).filePath(name)).ok())
                return false;
        }
        return true;
    }

    QStringList backupNames() const
    {
        return QDir(backupsDir()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_library.open(libraryPath()).ok());
        for (int n = 0; n < 25; ++n)
            QVERIFY(m_library.store(article(n)).ok());
    }

    void init() { QDir(backupsDir()).removeRecursively(); }

    void takesTheFirstAtStartThenWeekly()
    {
        BackupSchedule schedule(libraryPath());
        schedule.setClock([this] { return m_now; });
        QCOMPARE(schedule.folder(), backupsDir()); // "backups" beside the library by default
        m_now = day(2026, 12, 5);
        const auto [file, error] = run(schedule);
        QCOMPARE(error, QString());
        QCOMPARE(file, m_dir.filePath(QStringLiteral("backups/library-backup-2026-12-05.sqlite")));

        // The copy is a whole library: it opens, passes the checks and holds every article.
        {
            Storage::Library copy;
            QVERIFY(copy.open(file).ok());
            QCOMPARE(copy.documentCount(), 25);
            QVERIFY(copy.checkIntegrity().ok());
        }

        m_now = day(2026, 12, 11); // six days later: not yet
        QVERIFY(!schedule.runIfDue());
        m_now = day(2026, 12, 12); // a week later
        QCOMPARE(run(schedule).first, m_dir.filePath(QStringLiteral("backups/library-backup-2026-12-12.sqlite")));
        QCOMPARE(backupNames(),
            (QStringList{QStringLiteral("library-backup-2026-12-05.sqlite"),
                QStringLiteral("library-backup-2026-12-12.sqlite")}));

        schedule.setEnabled(false);
        m_now = day(2027, 1, 30);
        QVERIFY(!schedule.runIfDue());
    }

    void keepsTheNewestThreeAndNothingThatIsNotOurs()
    {
        QVERIFY(backUpWeekly({"2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22"}));
        // Not ours: another library's backup, the user's notes, a file named like ours that is not a
        // database, and a copy left half-written.
        QVERIFY(m_library.backUp(QDir(backupsDir()).filePath(QStringLiteral("other-backup-2026-09-01.sqlite"))).ok());
        writeFile(QDir(backupsDir()).filePath(QStringLiteral("notes.txt")), "my notes\n");
        writeFile(QDir(backupsDir()).filePath(QStringLiteral("library-backup-2026-09-02.sqlite")), "a letter\n");
        writeFile(QDir(backupsDir()).filePath(QStringLiteral("library-backup-2026-09-03.sqlite.partial")), "half");

        BackupSchedule schedule(libraryPath());
        m_now = day(2026, 12, 5);
        schedule.setClock([this] { return m_now; });
        const auto [file, error] = run(schedule);
        QCOMPARE(error, QString());
        QCOMPARE(backupNames(),
            (QStringList{QStringLiteral("library-backup-2026-09-02.sqlite"),
                QStringLiteral("library-backup-2026-09-03.sqlite.partial"),
                QStringLiteral("library-backup-2026-10-15.sqlite"), QStringLiteral("library-backup-2026-10-22.sqlite"),
                QStringLiteral("library-backup-2026-12-05.sqlite"), QStringLiteral("notes.txt"),
                QStringLiteral("other-backup-2026-09-01.sqlite")}));
    }

    void aFailedCopySaysWhyAndRemovesNothing()
    {
        QVERIFY(backUpWeekly({"2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22"}));
        // Where the copy is written first, something SQLite cannot open as a file.
        QVERIFY(QDir().mkpath(QDir(backupsDir()).filePath(QStringLiteral("library-backup-2026-12-05.sqlite.partial"))));
        const QStringList before = backupNames();

        BackupSchedule schedule(libraryPath());
        m_now = day(2026, 12, 5);
        schedule.setClock([this] { return m_now; });
        QSignalSpy messages(&schedule, &BackupSchedule::message);
        const auto [file, error] = run(schedule);
        QCOMPARE(file, QString());
        QVERIFY2(error.startsWith(QStringLiteral("cannot back up to ")), qPrintable(error));
        QCOMPARE(messages.size(), 1);
        const QString message = messages.first().first().toString();
        QVERIFY2(message.startsWith(QStringLiteral("The automatic backup failed: cannot back up to "))
                && message.endsWith(QStringLiteral("No backup was removed.")),
            qPrintable(message));
        QCOMPARE(backupNames(), before);

        // A folder that cannot be made (a file is in its way) says so too.
        const QString blocked = m_dir.filePath(QStringLiteral("blocked"));
        writeFile(blocked, "a file, not a folder\n");
        schedule.setFolder(QDir(blocked).filePath(QStringLiteral("backups")));
        const auto [none, why] = run(schedule);
        QCOMPARE(none, QString());
        QVERIFY2(why.contains(QStringLiteral("cannot be created")), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestAutoBackup)
#include "tst_autobackup.moc"
