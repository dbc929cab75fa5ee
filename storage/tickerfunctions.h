#pragma once

#include "core/result.h"

struct sqlite3;

// Internal to storage/: SQL functions that let a migration classify the tickers of articles stored
// before roles and aliases existed, with the same code the writer uses for new ones:
//   newsdesk_ticker_role(key, title, related_stocks, mentions)  Core::TickerRole as an integer
//   newsdesk_display_tickers(title, related_stocks, mentions)   articles.tickers, primary first
//   newsdesk_company_alias(name)                                Core::companyAlias(name)
// related_stocks and mentions are the JSON stored in articles.
namespace Newsdesk::Storage::TickerFunctions {

Result<void> registerFunctions(sqlite3 *db);

} // namespace Newsdesk::Storage::TickerFunctions
