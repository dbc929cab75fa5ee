#include "commands.h"

namespace Newsdesk::Cli {

int versionCommand(Context &context)
{
    context.out << "newsdesk " << NEWSDESK_VERSION << Qt::endl;
    return Success;
}

int helpCommand(Context &context)
{
    context.out << "Usage: newsdesk [--db FILE] [--offline] [COMMAND [ARGS…]]\n"
                   "Without a command, starts the reader.\n\n"
                   "Commands:\n"
                   "  import PATH|URL…                 import files, folders (*.md, recursively) or URLs\n"
                   "  show [--json] [--locale L] KEY   one article (news id, URL or file path)\n"
                   "  list [--ticker T]… [--watchlist] [--bookmarked] [--unread] [--json]\n"
                   "  search QUERY [--json]            full-text search, newest first\n"
                   "  watchlist add|remove|list [TICKER]\n"
                   "  bookmark add|remove|list [KEY]\n"
                   "  backup FILE                      a consistent copy of the library, also while it is in use\n"
                   "  prune --older-than AGE [--dry-run] [--include-bookmarked] [--include-watchlist]\n"
                   "                                   delete articles older than AGE (30d, 8w, 6m, 1y)\n"
                   "  render KEY [--locale L] [--theme light|dark]   the article page's HTML\n"
                   "  subscribe URL | unsubscribe URL | subscriptions [--json] | refresh [URL…]\n"
                   "  version, help\n\n"
                   "The library is --db FILE, else $NEWSDESK_DB, else the platform's app-data location.\n";
    return Success;
}

} // namespace Newsdesk::Cli
