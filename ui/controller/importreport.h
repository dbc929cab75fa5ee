#pragma once

#include "controller/importer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Newsdesk::Ui {

// What an import tells the person who started it: articles counted as the list shows them
// (documents, not their language versions), unchanged files, and the files that failed with why.
class ImportReport final
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    explicit ImportReport(const ImportSummary &summary);

    int articles() const; // distinct documents stored or updated
    // "Imported 3 articles; 2 files unchanged"
    QString statusText() const;
    bool hasFailures() const { return !m_summary.failures.isEmpty(); }
    // The status text and how many files failed, for a message box.
    QString failureText() const;
    // "file: reason", one a failed file.
    QStringList failureLines() const;

private:
    ImportSummary m_summary;
};

} // namespace Newsdesk::Ui
