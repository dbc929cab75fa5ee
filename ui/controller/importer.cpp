#include "controller/importer.h"

#include "storage/fileimport.h"
#include "storage/library.h"

#include <QLoggingCategory>
#include <QPromise>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcImporter, "newsdesk.ui.importer")

namespace Newsdesk::Ui {

namespace {

void importFiles(QPromise<ImportSummary> &promise, const QString &databasePath, const QStringList &paths)
{
    ImportSummary summary;
    Storage::Library library;
    if (const Result<void> opened = library.open(databasePath); !opened) {
        for (const QString &path : paths)
            summary.failures.append(
                {path, Importer::tr("the library could not be opened: %1").arg(opened.error().message)});
        promise.addResult(summary);
        return;
    }

    Storage::FileImport fileImport(library);
    fileImport.onStored = [&summary](const Storage::FileImport::Stored &stored) {
        if (!summary.documents.contains(stored.doc))
            summary.documents.append(stored.doc);
        if (!stored.notify.isEmpty())
            summary.ruleAlerts.append({stored.doc, stored.title, stored.notify});
    };
    fileImport.onFailed = [&summary](const Storage::FileImport::Failed &failed) {
        summary.failures.append({failed.path, failed.reason});
    };
    const QStringList files = fileImport.expand(paths);
    promise.setProgressRange(0, int(files.size()));
    int done = 0;
    for (const QString &file : files) {
        if (promise.isCanceled()) {
            summary.cancelled = true;
            break;
        }
        fileImport.addFile(file);
        promise.setProgressValue(++done);
    }
    fileImport.flush();
    summary.inserted = fileImport.inserted();
    summary.updated = fileImport.updated();
    summary.unchanged = fileImport.unchanged();
    qCInfo(lcImporter) << "import:" << summary.inserted << "new," << summary.updated << "updated,"
                       << summary.failures.size() << "failed";
    promise.addResult(summary);
}

} // namespace

Importer::Importer(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
    connect(&m_watcher, &QFutureWatcher<ImportSummary>::progressValueChanged, this,
        [this](int value) { Q_EMIT progress(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<ImportSummary>::finished, this, [this] {
        const QFuture<ImportSummary> future = m_watcher.future();
        Q_EMIT finished(future.resultCount() > 0 ? future.result() : cancelledImport());
    });
}

Importer::~Importer()
{
    cancel();
    waitForFinished();
}

bool Importer::start(const QStringList &paths)
{
    if (isRunning())
        return false;
    m_watcher.setFuture(QtConcurrent::run(&importFiles, m_databasePath, paths));
    return true;
}

bool Importer::isRunning() const
{
    return m_watcher.isRunning();
}

void Importer::cancel()
{
    m_watcher.cancel();
}

void Importer::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace Newsdesk::Ui
