#include "controller/backupfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBackupFolder, "newsdesk.ui.backupfolder", QtInfoMsg)

namespace Newsdesk::Ui {

namespace {

bool isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

BackupFolder::BackupFolder(const QString &libraryPath, const QString &folder)
    : m_folder(folder.isEmpty() ? defaultFolder(libraryPath) : QDir::cleanPath(folder))
    , m_baseName(QFileInfo(libraryPath).completeBaseName())
{
}

QString BackupFolder::defaultFolder(const QString &libraryPath)
{
    return QFileInfo(libraryPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupFolder::fileFor(const QDate &date) const
{
    return QDir(m_folder).filePath(m_baseName + u"-backup-" + date.toString(Qt::ISODate) + u".sqlite");
}

QList<BackupFolder::Backup> BackupFolder::backups() const
{
    const QRegularExpression ours(u'^' + QRegularExpression::escape(m_baseName)
        + QStringLiteral("-backup-([0-9]{4}-[0-9]{2}-[0-9]{2})\\.sqlite$"));
    QList<Backup> found;
    const QFileInfoList entries = QDir(m_folder).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        const QRegularExpressionMatch match = ours.match(entry.fileName());
        if (!match.hasMatch())
            continue;
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        if (date.isValid() && isSqliteFile(entry.filePath()))
            found.append({entry.filePath(), date});
    }
    std::sort(found.begin(), found.end(), [](const Backup &a, const Backup &b) { return a.date > b.date; });
    return found;
}

bool BackupFolder::isDue(const QDate &today, int days) const
{
    const QList<Backup> existing = backups();
    return existing.isEmpty() || existing.first().date.daysTo(today) >= days;
}

QStringList BackupFolder::removeOld(int keep, const QString &taken) const
{
    QStringList removed;
    const QList<Backup> existing = backups();
    const QFileInfo newest(taken);
    int kept = 0;
    for (const Backup &backup : existing) {
        if (QFileInfo(backup.path) == newest || kept < keep - 1) {
            // The new one always stays and counts among the kept.
            if (QFileInfo(backup.path) != newest)
                ++kept;
            continue;
        }
        if (QFile::remove(backup.path)) {
            removed.append(backup.path);
            qCInfo(lcBackupFolder).noquote() << "removed the old backup" << backup.path;
        } else {
            qCWarning(lcBackupFolder).noquote() << "could not remove the old backup" << backup.path;
        }
    }
    return removed;
}

} // namespace Newsdesk::Ui
