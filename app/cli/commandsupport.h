#pragma once

#include "cli/clicontext.h"
#include "storage/library.h"

#include <optional>

namespace Newsdesk::Cli {

// Opens the library that --db / NEWSDESK_DB / the default names; on failure prints
// "newsdesk: reason" and returns false.
bool openLibrary(Context &context, Storage::Library &library);
// For commands that only read: a missing file is an error ("no library at FILE"), not a new library.
bool openExistingLibrary(Context &context, Storage::Library &library);

// Merges what the command's writes added to the full-text index, in the bounded steps the reader
// takes when it is idle (Library::tidySearchIndex); a failure is a warning, the writes are stored.
void tidySearchIndex(Context &context, Storage::Library &library);

// What to do about a damaged library, appended to the sentence that says where it is damaged.
QString damageAdvice();

// Prints "newsdesk COMMAND: message" and the command's usage line; returns UsageError.
int usageError(Context &context, const QString &command, const QString &message, const QString &usage);

// Prints "newsdesk: message"; returns Failure.
int failure(Context &context, const QString &message);

// An article named on the command line: a news id, a document key, any URL form, or the path of
// an imported file (found by the path remembered at import, else by parsing the file again).
// `locale` is the one the URL or file implies, else empty.
struct NamedArticle
{
    Storage::DocId doc = 0;
    QString locale;
};
std::optional<NamedArticle> findArticle(const Storage::Library &library, const QString &name);

// The article `name` refers to, in `locale` when given (it must be stored), else in the locale the
// URL or file names if stored, else the first stored. On failure prints "newsdesk: name: reason"
// (with the stored locales when the locale is missing) and returns nothing.
std::optional<Core::Article> loadNamedArticle(
    Context &context, const Storage::Library &library, const QString &name, const std::optional<QString> &locale);

} // namespace Newsdesk::Cli
