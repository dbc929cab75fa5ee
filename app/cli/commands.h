#pragma once

#include "cli/clicontext.h"

namespace Newsdesk::Cli {

// One function per command, each in its own file; cli.cpp maps names to them.
// Each returns an ExitStatus.
int versionCommand(Context &context);
int helpCommand(Context &context);

// The library: importcommand.cpp, showcommand.cpp, listcommand.cpp, searchcommand.cpp,
// watchlistcommand.cpp, bookmarkcommand.cpp, savedcommand.cpp.
int importCommand(Context &context);
int showCommand(Context &context);
int listCommand(Context &context);
int searchCommand(Context &context);
int watchlistCommand(Context &context);
int aliasCommand(Context &context); // company names marked in articles: aliascommand.cpp
int tickerCommand(Context &context); // a ticker's numbers: tickercommand.cpp
int bookmarkCommand(Context &context);
int savedCommand(Context &context); // saved searches
int labelCommand(Context &context); // labels on articles: labelcommand.cpp
int ruleCommand(Context &context); // rules on arriving articles: rulecommand.cpp
int renderCommand(Context &context); // the article page's HTML: rendercommand.cpp
int pruneCommand(Context &context); // retention: prunecommand.cpp
int backupCommand(Context &context); // backupcommand.cpp

// Subscriptions: subscriptioncommands.cpp, refreshcommand.cpp.
int subscribeCommand(Context &context);
int unsubscribeCommand(Context &context);
int subscriptionsCommand(Context &context);
int refreshCommand(Context &context);
int opmlCommand(Context &context); // OPML 2.0 import and export: opmlcommand.cpp

// A damaged library: checkcommands.cpp.
int checkCommand(Context &context);
int recoverCommand(Context &context);

} // namespace Newsdesk::Cli
