#pragma once

#include "controller/importer.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Newsdesk::Storage {
class Library;
}

namespace Newsdesk::Ui {

class FetchTracker;
class ImportReport;
class Settings;
class StatusArea;

// What the user hands the reader to import: files and folders (menus, drops, Open With, a second
// instance), article URLs, the sample library. Progress goes to the status area, failures to a
// dialog; `finished` says whether the first document should be shown.
class ImportFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFlow)

public:
    ImportFlow(
        Storage::Library *library, Settings *settings, FetchTracker *tracker, StatusArea *status, QWidget *window);

    Importer *importer() const { return m_importer; }
    bool isRunning() const { return m_importer->isRunning(); }
    // Files as given, folders searched for markdown; one import at a time.
    void importPaths(const QStringList &paths);
    // Like importPaths(), then shows the first document; http(s) URLs are fetched and shown.
    void openFiles(const QStringList &paths);
    void chooseFiles();
    void chooseFolder();
    void loadSampleLibrary();
    // On the first start with an empty library: a question, answered later (non-modal).
    void offerSampleLibrary();
    void cancelAndWait();

Q_SIGNALS:
    void finished(const Newsdesk::Ui::ImportSummary &summary, bool showFirst);
    void message(const QString &text);

private:
    void onFinished(const ImportSummary &summary);
    void reportFailures(const ImportReport &report);

    Storage::Library *m_library = nullptr;
    Settings *m_settings = nullptr;
    FetchTracker *m_tracker = nullptr;
    StatusArea *m_status = nullptr;
    QPointer<QWidget> m_window;
    Importer *m_importer = nullptr;
    bool m_showFirst = false;
};

} // namespace Newsdesk::Ui
