#include "fileimport.h"

#include "articleparser.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringDecoder>

Q_LOGGING_CATEGORY(lcFileImport, "newsdesk.net.fileimport")

namespace Newsdesk::Net {

namespace {

// One transaction per batch: large enough that commits do not dominate, small enough that a
// killed import loses at most one batch of work (never anything already committed).
constexpr qsizetype batchArticles = 100;
constexpr qint64 batchBytes = 8 * 1024 * 1024;

} // namespace

FileImport::FileImport(Storage::Library &library)
    : m_library(library)
{
}

FileImport::~FileImport() = default;

QStringList FileImport::expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            fail(path, QCoreApplication::translate("Newsdesk::Net::FileImport", "no such file or folder"));
            continue;
        }
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

void FileImport::addFile(const QString &path)
{
    QFile file(path);
    if (file.size() > maxFileBytes) {
        fail(path,
            QCoreApplication::translate("Newsdesk::Net::FileImport", "larger than 10 MB, too large to be an article"));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(path, file.errorString());
        return;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        fail(path, file.errorString());
        return;
    }
    if (const QString reason = rejectReason(bytes); !reason.isEmpty()) {
        fail(path, reason);
        return;
    }
    // The canonical path makes the key of a document without URL unique per file, and lets
    // `show PATH` find the article again.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    Core::ParseOptions options;
    options.fileName = canonical;
    m_articles.append(Core::parseArticle(bytes, options));
    m_givenPaths.append(path);
    m_canonicalPaths.append(canonical);
    m_batchBytes += bytes.size();
    if (m_articles.size() >= batchArticles || m_batchBytes >= batchBytes)
        flush();
}

void FileImport::flush()
{
    if (m_articles.isEmpty())
        return;
    const QList<Result<Storage::StoreOutcome>> results = m_library.storeAll(m_articles, m_canonicalPaths);
    for (qsizetype i = 0; i < results.size(); ++i) {
        const Result<Storage::StoreOutcome> &result = results.at(i);
        if (!result) {
            fail(m_givenPaths.at(i), result.error().message);
            continue;
        }
        switch (result->action) {
        case Storage::StoreAction::Inserted:
            ++m_inserted;
            break;
        case Storage::StoreAction::Updated:
            ++m_updated;
            break;
        case Storage::StoreAction::Unchanged:
            ++m_unchanged;
            break;
        }
        if (onStored)
            onStored({m_givenPaths.at(i), result->docId, m_articles.at(i).key, m_articles.at(i).locale, result->action});
    }
    m_articles.clear();
    m_givenPaths.clear();
    m_canonicalPaths.clear();
    m_batchBytes = 0;
}

QString FileImport::rejectReason(const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty())
        return QCoreApplication::translate("Newsdesk::Net::FileImport", "the file is empty");
    if (bytes.contains('\0'))
        return QCoreApplication::translate("Newsdesk::Net::FileImport", "not a text file (it contains binary data)");
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    // A few bad bytes are repaired by the parser (and warned about); mostly bad bytes mean the
    // file is in another encoding and would import as garbage.
    if (decoder.hasError() && text.count(QChar::ReplacementCharacter) * 20 > text.size())
        return QCoreApplication::translate("Newsdesk::Net::FileImport", "not UTF-8 text");
    return {};
}

void FileImport::fail(const QString &path, const QString &reason)
{
    ++m_failed;
    qCDebug(lcFileImport).noquote() << path << reason;
    if (onFailed)
        onFailed({path, reason});
}

} // namespace Newsdesk::Net
