#include "cli/commands.h"

namespace Newsdesk::Cli {

int versionCommand(Context &context)
{
    context.out << "newsdesk " << NEWSDESK_VERSION << Qt::endl;
    return Success;
}

int helpCommand(Context &context)
{
    if (!context.readerHelp.isEmpty())
        context.out << context.readerHelp << '\n';
    context.out
        << "Usage: newsdesk [--db FILE] [--offline] COMMAND [ARGS…]\n"
           "With a command, Newsdesk runs headless: for scripts and the terminal.\n\n"
           "Commands:\n"
           "  import [--verbose] PATH|URL…     import files, folders (*.md, recursively) or URLs\n"
           "  show [--json] [--locale L] KEY   one article (news id, URL or file path)\n"
           "  list [--ticker T]… [--watchlist] [--saved NAME] [--label L]… [--bookmarked] [--unread] [--locale "
           "L] [--limit N] [--json]\n"
           "                                   filters combine: --bookmarked --unread = unread bookmarks\n"
           "  search QUERY… [--locale L] [--limit N] [--json]   full-text search, newest first\n"
           "                                   words, \"phrases\", word*, -word, ticker:T, lang:L,\n"
           "                                   after:/before:YYYY-MM-DD, is:unread, is:bookmarked, label:L\n"
           "  watchlist add|remove|list [TICKER] [--json]\n"
           "  saved add NAME QUERY… | rename NAME NEW | edit NAME QUERY… | remove NAME | list [--json]\n"
           "                                   saved searches (today, watchlist-24h built in)\n"
           "  label add KEY LABEL | remove KEY LABEL | list [--json]   labels on articles\n"
           "  rule add NAME QUERY [--label L]… [--mark-read] [--bookmark] [--notify] [--mute] [--stop]\n"
           "       | rule remove NAME | rule list [--json] | rule apply NAME|--all\n"
           "                                   rules run in order on every arriving article\n"
           "  ticker TICKER [--json]           a ticker's articles, daily counts, buzz and often-together\n"
           "  alias add|remove TICKER NAME… | alias list TICKER [--json]\n"
           "                                   names of a ticker's company, marked in its articles\n"
           "  bookmark add|remove|list [KEY] [--json]\n"
           "  backup FILE                      a consistent copy of the library, also while it is in use\n"
           "  prune --older-than AGE [--dry-run] [--include-bookmarked] [--include-watchlist] [--include-labelled]\n"
           "                                   delete articles older than AGE (30d, 8w, 6m, 1y)\n"
           "  render KEY [--locale L] [--theme light|dark]   the article page's HTML\n"
           "  subscribe URL | unsubscribe URL | subscriptions [--json] | refresh [URL…]\n"
           "  opml import FILE | opml export [FILE]   subscriptions to and from other readers\n"
           "  check                            look for damage in the whole library\n"
           "  recover NEW-FILE                 copy what can be read of a damaged library into a new one\n"
           "  version, help\n\n"
           "Options:\n"
           "  --db FILE     the library (list, show, search and render need it to exist)\n"
           "  --offline     no network request leaves\n"
           "  --help, -h    this text; --version, -v the version\n\n"
           "The library is --db FILE, else $NEWSDESK_DB, else the platform's app-data location.\n";
    return Success;
}

} // namespace Newsdesk::Cli
