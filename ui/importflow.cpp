#include "ui/importflow.h"

#include "controller/fetchtracker.h"
#include "controller/importreport.h"
#include "storage/library.h"
#include "ui/readerdialogs.h"
#include "ui/samplelibrary.h"
#include "ui/settings.h"
#include "ui/statusarea.h"

#include <QMessageBox>
#include <QUrl>

#include <utility>

namespace Newsdesk::Ui {

ImportFlow::ImportFlow(
    Storage::Library *library, Settings *settings, FetchTracker *tracker, StatusArea *status, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_settings(settings)
    , m_tracker(tracker)
    , m_status(status)
    , m_window(window)
    , m_importer(new Importer(library->path(), this))
{
    connect(m_importer, &Importer::progress, this,
        [this](int done, int total) { m_status->showProgress(tr("Importing %v of %m"), done, total); });
    connect(m_importer, &Importer::finished, this, &ImportFlow::onFinished);
}

void ImportFlow::importPaths(const QStringList &paths)
{
    if (m_importer->isRunning()) {
        Q_EMIT message(tr("An import is already running"));
        return;
    }
    m_status->showBusy(tr("Importing…"));
    m_importer->start(paths);
}

void ImportFlow::openFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QUrl url(path);
        if (url.scheme() == u"https" || url.scheme() == u"http")
            m_tracker->fetchUrl(url); // shown when stored
        else
            files.append(path);
    }
    if (files.isEmpty())
        return;
    m_showFirst = true;
    importPaths(files);
}

void ImportFlow::chooseFiles()
{
    ReaderDialogs::chooseImportFiles(m_window, [this](const QStringList &files) { importPaths(files); });
}

void ImportFlow::chooseFolder()
{
    ReaderDialogs::chooseImportFolder(m_window, [this](const QString &folder) { importPaths({folder}); });
}

void ImportFlow::loadSampleLibrary()
{
    importPaths({SampleLibrary::path()});
}

void ImportFlow::offerSampleLibrary()
{
    if (m_library->documentCount() > 0 || m_settings->sampleOffered() || m_showFirst)
        return;
    m_settings->setSampleOffered(true);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Welcome to Newsdesk"),
        tr("Your library is empty. Load the sample library (a few articles in English, "
           "简体中文 and 繁體中文) to see how Newsdesk works?"),
        QMessageBox::Yes | QMessageBox::No, m_window);
    box->setObjectName(QStringLiteral("sampleLibraryOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Yes);
    connect(box, &QMessageBox::accepted, this, &ImportFlow::loadSampleLibrary);
    box->open();
}

void ImportFlow::cancelAndWait()
{
    if (!m_importer->isRunning())
        return;
    m_importer->cancel();
    m_importer->waitForFinished();
}

void ImportFlow::onFinished(const ImportSummary &summary)
{
    m_status->hideProgress();
    const ImportReport report(summary);
    Q_EMIT message(report.statusText());
    if (report.hasFailures())
        reportFailures(report);
    Q_EMIT finished(summary, std::exchange(m_showFirst, false));
}

void ImportFlow::reportFailures(const ImportReport &report)
{
    const QStringList lines = report.failureLines();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"), report.failureText(), QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("importSummary"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(lines.join(u'\n'));
    box->setInformativeText(lines.mid(0, 5).join(u'\n'));
    box->open();
}

} // namespace Newsdesk::Ui
