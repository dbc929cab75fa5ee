#pragma once

#include "benchmark.h"
#include "syntheticnews.h"

#include <QString>

namespace Newsdesk::Bench {

// Wall-clock and CPU milliseconds of an import: on a shared machine the CPU time is the steadier
// of the two (other processes stretch the wall clock, not the work).
struct Duration
{
    double wallMs = 0;
    double cpuMs = 0;
};

// Parses and stores `articles` into the library at `path` the way `newsdesk import` does:
// parseArticle, then storeAll in batches of 100.
Duration newsdeskImport(const QString &path, const QList<SyntheticArticle> &articles);

// SQLite alone inserting the same titles, summaries and bodies into a table with
// the same full-text index (external content, the "newsdesk" tokenizer, prefix indexes, merge
// settings, a trigger), in the same
// batches, through the C API with prepared statements: the ceiling SQLite sets.
Duration bareSqliteInsert(const QString &path, const QList<SyntheticArticle> &articles);

// Where the bytes of a library file go: its largest tables and indexes (SQLite's dbstat), for a note.
QString spaceByTable(const QString &path);

} // namespace Newsdesk::Bench
