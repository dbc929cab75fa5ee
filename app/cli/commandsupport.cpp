#include "cli/commandsupport.h"

#include "core/articleparser.h"
#include "core/links.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCommand, "newsdesk.cli.support", QtInfoMsg)

namespace Newsdesk::Cli {

bool openLibrary(Context &context, Storage::Library &library)
{
    const Result<void> opened = library.open(context.dbPath);
    if (!opened) {
        context.err << "newsdesk: " << opened.error().message << Qt::endl;
        return false;
    }
    library.setDamageHandler([&context](const Error &error) {
        if (context.damage.isEmpty())
            context.damage = error.message;
    });
    return true;
}

void tidySearchIndex(Context &context, Storage::Library &library)
{
    for (;;) {
        const Result<bool> more = library.tidySearchIndex();
        if (!more) {
            context.err << "newsdesk: warning: the full-text index was not merged (" << more.error().message
                        << "); the reader merges it when it is idle" << Qt::endl;
            return;
        }
        if (!*more)
            return;
    }
}

QString damageAdvice()
{
    return u"; 'newsdesk check' checks the whole library, 'newsdesk recover FILE' copies what can be read "
           u"into a new library"_qs;
}

bool openExistingLibrary(Context &context, Storage::Library &library)
{
    if (!QFileInfo::exists(context.dbPath)) {
        context.err << "newsdesk: no library at " << context.dbPath << Qt::endl;
        return false;
    }
    return openLibrary(context, library);
}

int usageError(Context &context, const QString &command, const QString &message, const QString &usage)
{
    context.err << "newsdesk " << command << ": " << message << "\nusage: newsdesk [--db FILE] " << usage << Qt::endl;
    return UsageError;
}

int failure(Context &context, const QString &message)
{
    context.err << "newsdesk: " << message << Qt::endl;
    return Failure;
}

std::optional<NamedArticle> findArticle(const Storage::Library &library, const QString &name)
{
    const QFileInfo file(name);
    if (file.isFile()) {
        const QString path = file.canonicalFilePath();
        if (const auto imported = library.findImportedFile(path))
            return NamedArticle{imported->first, imported->second};
        // Imported under another path, or by someone else: the file itself says what it is.
        QFile source(path);
        if (source.open(QIODevice::ReadOnly)) {
            const Core::Article parsed = Core::parseArticle(source.readAll(), {path, {}, {}, {}});
            if (const std::optional<Storage::DocId> doc = library.findDocument(parsed.key))
                return NamedArticle{*doc, parsed.locale};
        }
        qCDebug(lcCommand) << "no stored article for the file" << path;
    }
    const std::optional<Storage::DocId> doc = library.findDocument(name);
    if (!doc)
        return std::nullopt;
    const QUrl url(name, QUrl::StrictMode);
    const QString locale = url.isValid() && !url.scheme().isEmpty() ? Core::classifyLink(url).locale : QString();
    return NamedArticle{*doc, locale};
}

std::optional<Core::Article> loadNamedArticle(
    Context &context, const Storage::Library &library, const QString &name, const std::optional<QString> &locale)
{
    const std::optional<NamedArticle> named = findArticle(library, name);
    if (!named) {
        failure(context, name + u": no such article in the library");
        return std::nullopt;
    }
    const Result<Core::Article> article = locale ? library.article(named->doc, Core::normalizeLocale(*locale))
                                                 : library.article(named->doc, {}, named->locale);
    if (!article) {
        failure(context,
            name + u": " + article.error().message + u" (stored: " + library.storedLocales(named->doc).join(u", ")
                + u')');
        return std::nullopt;
    }
    return article.value();
}

} // namespace Newsdesk::Cli
