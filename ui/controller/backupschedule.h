#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

class QTimer;

namespace Newsdesk::Ui {

// The weekly automatic backup: when started and then daily while the reader runs, a copy of the
// library is taken if the newest in the backup folder (backupfolder.h) is 7 days old or more. The
// copy is made off the GUI thread by a read connection of its own (SQLite's online backup: the
// reader and its writer go on meanwhile); after it succeeds, ours beyond the newest 3 are removed.
// A failed copy removes nothing.
class BackupSchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupSchedule)

public:
    static constexpr int intervalDays = 7;
    static constexpr int kept = 3;

    explicit BackupSchedule(const QString &libraryPath, QObject *parent = nullptr);
    ~BackupSchedule() override;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // Empty: "backups" beside the library.
    void setFolder(const QString &folder) { m_folder = folder; }
    QString folder() const;
    // What "now" is (tests fix it); the system clock by default. The file's date is its UTC date.
    void setClock(const std::function<QDateTime()> &clock) { m_clock = clock; }

    // Checks now, then every day.
    void start();
    // Takes a backup now if one is due; false when none is due, backups are off or one is running.
    bool runIfDue();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // A backup ended; `file` is the new copy (empty on failure), `error` says why it failed.
    void finished(const QString &file, const QString &error);
    // A sentence for the status bar.
    void message(const QString &text);

private:
    void done(const QString &file, const QString &error);

    QString m_libraryPath;
    QString m_folder;
    QTimer *m_daily = nullptr;
    std::function<QDateTime()> m_clock;
    bool m_enabled = true;
    bool m_running = false;
};

} // namespace Newsdesk::Ui
