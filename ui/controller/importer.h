#pragma once

#include "controller/rulealerts.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

namespace Newsdesk::Ui {

struct ImportFailure
{
    QString file;
    QString reason;
};

struct ImportSummary
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QList<ImportFailure> failures;
    QList<qint64> documents; // stored or updated, in the order of the files
    QList<RuleAlert> ruleAlerts; // arrivals that rules with Notify matched
    bool cancelled = false;
};

inline ImportSummary cancelledImport()
{
    ImportSummary summary;
    summary.cancelled = true;
    return summary;
}

// Imports markdown files and folders into the library off the GUI thread, with its own Library
// connection (one per thread), through the same pipeline as the command line (Storage::FileImport).
// Progress and the summary arrive on the GUI thread.
class Importer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Importer)

public:
    explicit Importer(QString databasePath, QObject *parent = nullptr);
    ~Importer() override;

    // Files as given; folders searched recursively for *.md and *.markdown. False if one runs.
    bool start(const QStringList &paths);
    bool isRunning() const;
    void cancel();
    void waitForFinished();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const Newsdesk::Ui::ImportSummary &summary);

private:
    QString m_databasePath;
    QFutureWatcher<ImportSummary> m_watcher;
};

} // namespace Newsdesk::Ui

Q_DECLARE_METATYPE(Newsdesk::Ui::ImportSummary)
