#include "commands.h"

#include "articleparser.h"
#include "commandsupport.h"
#include "urlimport.h"
#include "arguments.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcImport, "newsdesk.cli.import", QtInfoMsg)

namespace Newsdesk::Cli {

namespace {

const QString usage = u"import [--verbose] PATH|URL…"_qs;

// Files go to the library in batches: one transaction per batch, a savepoint per article.
constexpr int batchFiles = 100;
constexpr qint64 batchBytes = 8 * 1024 * 1024;
constexpr qint64 maxFileBytes = 64 * 1024 * 1024;

class FileImport final
{
public:
    FileImport(Context &context, Storage::Library &library, bool verbose)
        : m_context(context), m_library(library), m_verbose(verbose)
    {
    }

    void addArgument(const QString &argument)
    {
        const QFileInfo info(argument);
        if (!info.exists()) {
            fail(argument, u"no such file or folder"_qs);
        } else if (info.isDir()) {
            QStringList files;
            QDirIterator it(argument, {u"*.md"_qs}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
            files.sort();
            for (const QString &file : std::as_const(files))
                addFile(file);
        } else {
            addFile(argument);
        }
    }

    void addUrl(const QString &argument)
    {
        flush();
        const Result<Storage::StoreOutcome> stored = importUrl(m_context, m_library, QUrl(argument));
        if (stored)
            count(stored.value(), argument, {}, {});
        else
            fail(argument, stored.error().message);
    }

    void flush()
    {
        if (m_articles.isEmpty())
            return;
        const QList<Result<Storage::StoreOutcome>> results = m_library.storeAll(m_articles, m_canonicalPaths);
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (results.at(i))
                count(results.at(i).value(), m_givenPaths.at(i), m_articles.at(i).key, m_articles.at(i).locale);
            else
                fail(m_givenPaths.at(i), results.at(i).error().message);
        }
        m_context.out.flush();
        m_articles.clear();
        m_givenPaths.clear();
        m_canonicalPaths.clear();
        m_batchBytes = 0;
    }

    int finish()
    {
        flush();
        const int stored = m_inserted + m_updated + m_unchanged;
        m_context.out << "Imported " << stored << (stored == 1 ? " article" : " articles") << " (" << m_inserted
                      << " new, " << m_updated << " updated, " << m_unchanged << " unchanged), " << m_failed
                      << " failed." << Qt::endl;
        return m_failed > 0 ? Failure : Success;
    }

private:
    void addFile(const QString &path)
    {
        QFile file(path);
        if (file.size() > maxFileBytes) {
            fail(path, u"too large to be an article (%1 MB)"_qs.arg(file.size() / (1024 * 1024)));
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
        const QString canonical = QFileInfo(path).canonicalFilePath();
        m_articles.append(Core::parseArticle(bytes, {canonical, {}}));
        m_givenPaths.append(path);
        m_canonicalPaths.append(canonical);
        m_batchBytes += bytes.size();
        if (m_articles.size() >= batchFiles || m_batchBytes >= batchBytes)
            flush();
    }

    void count(const Storage::StoreOutcome &outcome, const QString &path, const QString &key, const QString &locale)
    {
        QString action;
        switch (outcome.action) {
        case Storage::StoreAction::Inserted:
            ++m_inserted;
            action = u"new"_qs;
            break;
        case Storage::StoreAction::Updated:
            ++m_updated;
            action = u"updated"_qs;
            break;
        case Storage::StoreAction::Unchanged:
            ++m_unchanged;
            action = u"unchanged"_qs;
            break;
        }
        // Printed after the commit: a line here is an article that is safely stored.
        if (m_verbose)
            m_context.out << path << '\t' << key << '\t' << locale << '\t' << action << '\n';
    }

    void fail(const QString &path, const QString &reason)
    {
        ++m_failed;
        qCDebug(lcImport).noquote() << path << reason;
        m_context.err << path << ": " << reason << Qt::endl;
    }

    Context &m_context;
    Storage::Library &m_library;
    const bool m_verbose;
    QList<Core::Article> m_articles;
    QStringList m_givenPaths;
    QStringList m_canonicalPaths;
    qint64 m_batchBytes = 0;
    int m_inserted = 0;
    int m_updated = 0;
    int m_unchanged = 0;
    int m_failed = 0;
};

} // namespace

int importCommand(Context &context)
{
    Arguments arguments(context.args);
    const bool verbose = arguments.takeFlag(u"--verbose"_qs);
    const QStringList targets = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"import"_qs, arguments.error(), usage);
    if (targets.isEmpty())
        return usageError(context, u"import"_qs, u"name at least one file, folder or URL"_qs, usage);

    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    FileImport import(context, library, verbose);
    for (const QString &target : targets) {
        if (looksLikeUrl(target))
            import.addUrl(target);
        else
            import.addArgument(target);
    }
    return import.finish();
}

} // namespace Newsdesk::Cli
