#pragma once

#include "core/result.h"

#include <QString>

namespace Newsdesk::Storage {

class Library;

// What a recovery copied, and what it could not read.
struct RecoveryReport
{
    int articles = 0; // article versions copied
    int documents = 0; // documents they belong to
    int unreadable = 0; // versions the index knows of whose rows cannot be read
    int watchlist = 0; // tickers copied
    bool scanComplete = true; // false: a damaged page hid rows whose existence is unknown
};

// Copies every article of a damaged library that can still be read into a new library file,
// with read state, bookmarks, where each document came from (its origin host), offline copies
// (their images, and whether they are complete) and the watchlist (SQLite 3.40's library has no
// `.recover`). Rows are found from both ends of each table and through the (doc_id, locale)
// index, so one damaged page costs only the rows on it. `target` must not exist yet; the damaged
// file is only read.
Result<RecoveryReport> recoverLibrary(Library &damaged, const QString &target);

} // namespace Newsdesk::Storage
