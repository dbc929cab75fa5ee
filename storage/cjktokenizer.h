#pragma once

#include "core/result.h"

struct sqlite3;

namespace Newsdesk::Storage {

// The FTS5 tokenizer of the article index, registered as "newsdesk" on each connection. It wraps
// unicode61 (case folding, diacritics) and splits every run of CJK characters, which unicode61
// keeps as one token, into overlapping bigrams plus the run's last character on its own:
// "人民银行" → 人民 民银 银行 行. Every position then holds a token that starts with the character
// there, so a phrase of two or more characters matches exactly where the text contains it, and a
// single character matches as a prefix. For a query the trailing single character of the last run
// is left out (the query "人民" must not require a run to end at 民).
// Changing what it emits changes the index: that needs a migration that rebuilds article_fts.
inline constexpr char cjkTokenizerName[] = "newsdesk";

Result<void> registerCjkTokenizer(sqlite3 *db);

} // namespace Newsdesk::Storage
