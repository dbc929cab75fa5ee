#include "controller/backupschedule.h"

#include "controller/backupfolder.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcBackupSchedule, "newsdesk.ui.backup", QtInfoMsg)

namespace Newsdesk::Ui {

namespace {

constexpr int dayMs = 24 * 60 * 60 * 1000;

// On a worker thread: the copy through a connection of its own; the error's sentence, or empty.
QString takeBackup(const QString &libraryPath, const QString &folder, const QString &file)
{
    if (!QDir().mkpath(folder))
        return QCoreApplication::translate("Newsdesk::Ui::BackupSchedule", "the folder %1 cannot be created")
            .arg(QDir::toNativeSeparators(folder));
    Storage::Library library;
    if (Result<void> opened = library.open(libraryPath); !opened)
        return opened.error().message;
    if (Result<void> copied = library.backUp(file); !copied)
        return copied.error().message;
    return {};
}

} // namespace

BackupSchedule::BackupSchedule(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_libraryPath(libraryPath)
    , m_daily(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_daily->setInterval(dayMs);
    connect(m_daily, &QTimer::timeout, this, &BackupSchedule::runIfDue);
}

BackupSchedule::~BackupSchedule()
{
    // A copy still being written finishes first: its connection must close before the library's.
    for (auto *watcher : findChildren<QFutureWatcher<QString> *>())
        watcher->waitForFinished();
}

QString BackupSchedule::folder() const
{
    return BackupFolder(m_libraryPath, m_folder).path();
}

void BackupSchedule::start()
{
    m_daily->start();
    runIfDue();
}

bool BackupSchedule::runIfDue()
{
    const BackupFolder folder(m_libraryPath, m_folder);
    const QDate today = m_clock().toUTC().date();
    if (!m_enabled || m_running || !folder.isDue(today, intervalDays))
        return false;
    m_running = true;
    const QString file = folder.fileFor(today);
    qCInfo(lcBackupSchedule).noquote() << "backing up" << m_libraryPath << "to" << file;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, file] {
        watcher->deleteLater();
        done(file, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(takeBackup, m_libraryPath, folder.path(), file));
    return true;
}

void BackupSchedule::done(const QString &file, const QString &error)
{
    m_running = false;
    if (!error.isEmpty()) {
        qCWarning(lcBackupSchedule).noquote() << "automatic backup failed:" << error;
        Q_EMIT message(tr("The automatic backup failed: %1. No backup was removed.").arg(error));
        Q_EMIT finished({}, error);
        return;
    }
    BackupFolder(m_libraryPath, m_folder).removeOld(kept, file);
    Q_EMIT message(tr("The library was backed up to %1").arg(QDir::toNativeSeparators(file)));
    Q_EMIT finished(file, {});
}

} // namespace Newsdesk::Ui
