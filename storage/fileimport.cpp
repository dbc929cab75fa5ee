#include "storage/fileimport.h"

#include "core/articleparser.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcFileImport, "newsdesk.net.fileimport")

namespace Newsdesk::Storage {

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
            fail(path, QCoreApplication::translate("Newsdesk::Storage::FileImport", "no such file or folder"));
            continue;
        }
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        files.append(expandFolder(path));
    }
    return files;
}

// Links are not followed out of the folder: a link to /usr or to a device would import or read
// what the user never chose. Links that stay inside are imported (files) or skipped (folders,
// whose files are reached anyway).
QStringList FileImport::expandFolder(const QString &folder)
{
    const QString root = QFileInfo(folder).canonicalFilePath();
    const auto inside = [&root](const QString &canonical) {
        return canonical == root || canonical.startsWith(root.endsWith(u'/') ? root : root + u'/');
    };
    const auto isMarkdownName = [](const QString &name) {
        return name.endsWith(u".md", Qt::CaseInsensitive) || name.endsWith(u".markdown", Qt::CaseInsensitive);
    };
    QDirIterator it(folder, QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList found;
    while (it.hasNext()) {
        const QString entry = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink()) {
            const QString target = info.canonicalFilePath();
            if (target.isEmpty()) {
                if (isMarkdownName(info.fileName()))
                    fail(entry, QCoreApplication::translate("Newsdesk::Storage::FileImport", "a link to nothing"));
                continue;
            }
            if (!inside(target)) {
                if (info.isDir() || isMarkdownName(info.fileName()))
                    fail(entry,
                        QCoreApplication::translate("Newsdesk::Storage::FileImport",
                            "not imported: a link that leads outside the folder (to %1)")
                            .arg(QDir::toNativeSeparators(target)));
                continue;
            }
            if (info.isDir())
                continue;
        } else if (info.isDir()) {
            continue;
        }
        if (isMarkdownName(info.fileName()))
            found.append(entry);
    }
    found.sort();
    return found;
}

void FileImport::addFile(const QString &path)
{
    Result<QByteArray> read = readCapped(path);
    if (!read) {
        fail(path, read.error().message);
        return;
    }
    const QByteArray bytes = std::move(read).value();
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

// The type is checked before opening (opening a FIFO with no writer blocks forever) and again on
// the open descriptor (the path may have changed in between); the read stops one byte past the
// limit whatever the file claims its size is.
Result<QByteArray> FileImport::readCapped(const QString &path)
{
    const auto notRegular = [](const struct stat &status) {
        const QString kind = S_ISDIR(status.st_mode)
            ? QCoreApplication::translate("Newsdesk::Storage::FileImport", "a folder")
            : S_ISFIFO(status.st_mode) ? QCoreApplication::translate("Newsdesk::Storage::FileImport", "a pipe")
            : S_ISSOCK(status.st_mode) ? QCoreApplication::translate("Newsdesk::Storage::FileImport", "a socket")
                                       : QCoreApplication::translate("Newsdesk::Storage::FileImport", "a device");
        return Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate("Newsdesk::Storage::FileImport", "not a regular file (it is %1)").arg(kind));
    };
    if (path.startsWith(u':')) {
        // A Qt resource (the bundled sample library): inside the program, never a device.
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Io, resource.errorString());
        const QByteArray bytes = resource.read(maxFileBytes + 1);
        if (bytes.size() > maxFileBytes)
            return tooLarge();
        return bytes;
    }
    const QByteArray native = QFile::encodeName(path);
    struct stat status
    {
    };
    if (::stat(native.constData(), &status) != 0)
        return Error::make(Error::Kind::Io, QString::fromLocal8Bit(strerror(errno)));
    if (!S_ISREG(status.st_mode))
        return notRegular(status);
    if (status.st_size > maxFileBytes)
        return tooLarge();
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return Error::make(Error::Kind::Io, QString::fromLocal8Bit(strerror(errno)));
    QFile file;
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        const Error error = notRegular(status);
        ::close(fd);
        return error;
    }
    if (!file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error::make(Error::Kind::Io, file.errorString());
    }
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::make(Error::Kind::Io, file.errorString());
    if (bytes.size() > maxFileBytes)
        return tooLarge();
    return bytes;
}

Error FileImport::tooLarge()
{
    return Error::make(Error::Kind::TooLarge,
        QCoreApplication::translate("Newsdesk::Storage::FileImport", "larger than 10 MB, too large to be an article"));
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
            onStored({m_givenPaths.at(i), result->docId, m_articles.at(i).key, m_articles.at(i).locale, result->action,
                m_articles.at(i).title, result->notify});
    }
    m_articles.clear();
    m_givenPaths.clear();
    m_canonicalPaths.clear();
    m_batchBytes = 0;
}

QString FileImport::rejectReason(const QByteArray &bytes)
{
    // A byte-order mark or white space alone (any Unicode spaces) is as empty as nothing.
    const QString decoded = QString::fromUtf8(bytes);
    QStringView content(decoded);
    if (content.startsWith(QChar::ByteOrderMark))
        content = content.mid(1);
    if (content.trimmed().isEmpty())
        return QCoreApplication::translate("Newsdesk::Storage::FileImport", "the file is empty");
    if (bytes.contains('\0'))
        return QCoreApplication::translate(
            "Newsdesk::Storage::FileImport", "not a text file (it contains binary data)");
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    // A few bad bytes are repaired by the parser (and warned about); mostly bad bytes mean the
    // file is in another encoding and would import as garbage.
    if (decoder.hasError() && text.count(QChar::ReplacementCharacter) * 20 > text.size())
        return QCoreApplication::translate("Newsdesk::Storage::FileImport", "not UTF-8 text");
    return {};
}

void FileImport::fail(const QString &path, const QString &reason)
{
    ++m_failed;
    qCDebug(lcFileImport).noquote() << path << reason;
    if (onFailed)
        onFailed({path, reason});
}

} // namespace Newsdesk::Storage
