#include "storage/backup.h"

#include "storage/connection.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcBackup, "newsdesk.storage.backup", QtInfoMsg)

namespace Newsdesk::Storage {

namespace {

Error failed(const QString &destination, const QString &reason)
{
    qCWarning(lcBackup).noquote() << destination << reason;
    return Error::make(Error::Kind::Io,
        QCoreApplication::translate("Newsdesk::Storage::Backup", "cannot back up to %1: %2").arg(destination, reason));
}

} // namespace

Result<void> backUp(Connection &source, const QString &destination)
{
    if (!source.isOpen())
        return failed(destination, QStringLiteral("the library is not open"));
    const QString partial = destination + u".partial";
    QFile::remove(partial);
    sqlite3 *target = nullptr;
    if (sqlite3_open_v2(
            QFile::encodeName(partial).constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const QString reason = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        return failed(destination, reason);
    }
    // All pages in one step: one read transaction, so the copy is one moment of the library.
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source.handle(), "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(target);
    if (backup)
        sqlite3_backup_finish(backup);
    QString reason = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errstr(rc));
    if (rc == SQLITE_DONE) {
        // The copy is a plain rollback-journal file: one file, nothing beside it to lose.
        rc = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            reason = QString::fromUtf8(sqlite3_errmsg(target));
    }
    sqlite3_close(target);
    if (!reason.isEmpty()) {
        QFile::remove(partial);
        return failed(destination, reason);
    }
    QFile::remove(destination);
    if (!QFile::rename(partial, destination)) {
        QFile::remove(partial);
        return failed(destination, QStringLiteral("the copy could not be renamed into place"));
    }
    qCInfo(lcBackup).noquote() << "backed up" << source.path() << "to" << destination;
    return {};
}

} // namespace Newsdesk::Storage
