#pragma once

#include "cli/clicontext.h"
#include "storage/library.h"

#include <optional>

namespace Newsdesk::Cli {

// How list, search and bookmark list print: one line per document ("PUBLISHED<TAB>KEY<TAB>LOCALE<TAB>TITLE",
// "-" for an unknown time), or with `json` one array of the objects of `show --json` without
// body_markdown, plus "read" and "bookmarked". Newest first, all rows unless `limit`.
struct RowOutput
{
    Storage::ListFilter filter;
    std::optional<int> limit;
    QString preferredLocale;
    bool json = false;
};

// False (with "newsdesk: the library is damaged at …, after N rows" on stderr) when the list broke off.
bool printRows(Context &context, const Storage::Library &library, const RowOutput &output);

} // namespace Newsdesk::Cli
