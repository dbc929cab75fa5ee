#pragma once

#include "storage/library.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace Newsdesk::Storage {

// Markdown files on disk into the library: the one import pipeline that the command line's
// `import` and the reader's File ▸ Import and drag-and-drop both use. Files are read, checked,
// parsed and stored in batches (one transaction each; one bad article does not lose the others);
// each stored article remembers its file, so `show PATH` finds it later.
class FileImport final
{
public:
    static constexpr qint64 maxFileBytes = 10 * 1024 * 1024;

    struct Stored
    {
        QString path; // as given
        Storage::DocId doc = 0;
        QString key;
        QString locale;
        Storage::StoreAction action = Storage::StoreAction::Inserted;
        QString title = {};
        QStringList notify = {}; // the rules that matched it on arrival and asked for a notification
    };
    struct Failed
    {
        QString path;
        QString reason;
    };

    explicit FileImport(Storage::Library &library);
    ~FileImport();
    Q_DISABLE_COPY_MOVE(FileImport)

    // Called after each batch commits: a Stored report is an article that is safely in the library.
    std::function<void(const Stored &)> onStored;
    std::function<void(const Failed &)> onFailed;

    // The files a list of paths stands for: files as given, folders searched recursively for
    // *.md and *.markdown (sorted). Paths that do not exist are reported through onFailed.
    QStringList expand(const QStringList &paths);

    // Reads, checks and parses one file; stores it with the next batch.
    void addFile(const QString &path);
    // Stores what is pending. Called by addFile when a batch is full, and by the caller at the end.
    void flush();

    int inserted() const { return m_inserted; }
    int updated() const { return m_updated; }
    int unchanged() const { return m_unchanged; }
    int failed() const { return m_failed; }

    // Why these bytes cannot be an article (empty, binary, not UTF-8), or empty when they can.
    static QString rejectReason(const QByteArray &bytes);

    // The file's bytes, if it is a regular file (after links) of at most maxFileBytes; never
    // blocks on a pipe nor reads past the limit from a device.
    static Result<QByteArray> readCapped(const QString &path);

private:
    static Error tooLarge();
    QStringList expandFolder(const QString &folder);
    void fail(const QString &path, const QString &reason);

    Storage::Library &m_library;
    QList<Core::Article> m_articles;
    QStringList m_givenPaths;
    QStringList m_canonicalPaths;
    qint64 m_batchBytes = 0;
    int m_inserted = 0;
    int m_updated = 0;
    int m_unchanged = 0;
    int m_failed = 0;
};

} // namespace Newsdesk::Storage
