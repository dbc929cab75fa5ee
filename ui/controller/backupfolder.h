#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Newsdesk::Ui {

// The folder of a library's automatic backups: which files are ours and how they are named.
// A backup of library.sqlite taken on 5 December 2026 is "library-backup-2026-12-05.sqlite";
// only files named so that also begin as SQLite databases count as ours, so nothing else in the
// folder (the user's files, another library's backups, a copy still being written) is ever removed.
class BackupFolder final
{
public:
    struct Backup
    {
        QString path;
        QDate date;
    };

    // `folder` empty: "backups" beside the library.
    BackupFolder(const QString &libraryPath, const QString &folder);

    QString path() const { return m_folder; }
    static QString defaultFolder(const QString &libraryPath);
    QString fileFor(const QDate &date) const;
    // Ours, newest first.
    QList<Backup> backups() const;
    // No backup of ours, or the newest is `days` or more older than `today`.
    bool isDue(const QDate &today, int days) const;
    // Removes ours beyond the `keep` newest, never `taken`; the paths removed.
    QStringList removeOld(int keep, const QString &taken) const;

private:
    QString m_folder;
    QString m_baseName;
};

} // namespace Newsdesk::Ui
