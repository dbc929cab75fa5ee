#pragma once

#include "benchmark.h"
#include "syntheticnews.h"

#include <QString>

namespace Newsdesk::Storage {
class Library;
}

namespace Newsdesk::Bench {

// Wall-clock and CPU milliseconds of an import: on a shared machine the CPU time is the steadier
// of the two (other processes stretch the wall clock, not the work).
struct Duration
{
    double wallMs = 0;
    double cpuMs = 0;
};

// Parses and stores `articles` into the library at `path` the way `newsdesk import` does:
// parseArticle, then storeAll in batches of 100; each batch's milliseconds (parse and store) into
// `batchMs` if given. NEWSDESK_BENCH_IMPORT_SQL="PRAGMA …;PRAGMA …" runs on the connection first.
// With `upkeep`, the full-text index's upkeep then runs to its end (Library::tidySearchIndex, what
// the reader does once idle and `newsdesk import` once done) and its time goes there.
Duration newsdeskImport(const QString &path, const QList<SyntheticArticle> &articles, QList<double> *batchMs = nullptr,
    Duration *upkeep = nullptr);

// Runs the full-text index's upkeep to its end (Library::tidySearchIndex step after step), as an
// idle reader does; the number of steps that did work. A failing step ends the benchmark.
int tidyToEnd(Storage::Library &library);

// SQLite alone inserting the same titles, summaries and bodies into a table with
// the same full-text index (external content, the "newsdesk" tokenizer, prefix indexes, merge
// settings, a trigger), in the same
// batches, through the C API with prepared statements: the ceiling SQLite sets.
Duration bareSqliteInsert(const QString &path, const QList<SyntheticArticle> &articles);

// The storage section's query figures on `library` (full-text words, prefix, Chinese, phrases, a
// watchlist filter, list pages), medians; storagebench.cpp.
void storageQueries(const Options &options, Report &report, Storage::Library &library, const QStringList &watchlist);

// NEWSDESK_BENCH_STORAGE=sizes: the library's size with other full-text index options and other
// packing of the texts, at 10k articles; storagesizes.cpp.
void storageSizes(const Options &options, Report &report);

// NEWSDESK_BENCH_STORAGE=million: 1,000 new articles into a generated 1M library (cached) against
// an empty one; storagemillion.cpp.
void importIntoMillion(const Options &options, Report &report);

// Where the bytes of a library file go: its largest tables and indexes (SQLite's dbstat), for a note.
QString spaceByTable(const QString &path);

} // namespace Newsdesk::Bench
