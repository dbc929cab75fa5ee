#include "importer.h"

#include "articleparser.h"
#include "library.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPromise>
#include <QStringDecoder>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcImporter, "newsdesk.ui.importer")

namespace Newsdesk::Ui {

namespace {

constexpr int batchSize = 200;

void importFiles(QPromise<ImportSummary> &promise, const QString &databasePath, const QStringList &files)
{
    ImportSummary summary;
    promise.setProgressRange(0, int(files.size()));
    Storage::Library library;
    if (const Result<void> opened = library.open(databasePath); !opened) {
        for (const QString &file : files)
            summary.failures.append({file, Importer::tr("the library could not be opened: %1").arg(opened.error().message)});
        promise.addResult(summary);
        return;
    }

    QList<Core::Article> batch;
    QStringList batchFiles;
    auto flush = [&] {
        const QList<Result<Storage::StoreOutcome>> outcomes = library.storeAll(batch);
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            const Result<Storage::StoreOutcome> &outcome = outcomes.at(i);
            if (!outcome) {
                summary.failures.append({batchFiles.value(i), outcome.error().message});
                continue;
            }
            switch (outcome->action) {
            case Storage::StoreAction::Inserted:
                ++summary.inserted;
                break;
            case Storage::StoreAction::Updated:
                ++summary.updated;
                break;
            case Storage::StoreAction::Unchanged:
                ++summary.unchanged;
                break;
            }
        }
        batch.clear();
        batchFiles.clear();
    };

    int done = 0;
    for (const QString &file : files) {
        if (promise.isCanceled()) {
            summary.cancelled = true;
            break;
        }
        QFile f(file);
        const QFileInfo info(file);
        if (info.size() > Importer::maxFileSize) {
            summary.failures.append({file, Importer::tr("larger than 10 MB")});
        } else if (!f.open(QIODevice::ReadOnly)) {
            summary.failures.append({file, f.errorString()});
        } else {
            const QByteArray bytes = f.readAll();
            const QString reason = Importer::rejectReason(bytes);
            if (!reason.isEmpty()) {
                summary.failures.append({file, reason});
            } else {
                Core::ParseOptions options;
                options.fileName = info.completeBaseName();
                batch.append(Core::parseArticle(bytes, options));
                batchFiles.append(file);
                if (batch.size() >= batchSize)
                    flush();
            }
        }
        promise.setProgressValue(++done);
    }
    if (!batch.isEmpty())
        flush();
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
        Q_EMIT finished(future.resultCount() > 0 ? future.result() : ImportSummary{{}, {}, {}, {}, true});
    });
}

Importer::~Importer()
{
    cancel();
    waitForFinished();
}

QStringList Importer::expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QDirIterator it(path, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files | QDir::Readable,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        QStringList found;
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        files.append(found);
    }
    return files;
}

QString Importer::rejectReason(const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty())
        return tr("the file is empty");
    if (bytes.contains('\0'))
        return tr("not a text file (it contains binary data)");
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        const qsizetype bad = text.count(QChar::ReplacementCharacter);
        if (bad * 20 > text.size())
            return tr("not UTF-8 text");
    }
    return {};
}

bool Importer::start(const QStringList &paths)
{
    if (isRunning())
        return false;
    const QStringList files = expand(paths);
    m_watcher.setFuture(QtConcurrent::run(&importFiles, m_databasePath, files));
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
