#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"
#include "cli/fetching.h"

namespace Newsdesk::Cli {

namespace {

const QString usage = u"refresh [URL…]   (every subscription when no URL is given)"_qs;

} // namespace

int refreshCommand(Context &context)
{
    Arguments arguments(context.args);
    const QStringList words = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"refresh"_qs, arguments.error(), usage);
    QList<QUrl> urls;
    for (const QString &word : words) {
        const QUrl url(word, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return usageError(context, u"refresh"_qs, word + u" is not a URL", usage);
        urls.append(url);
    }
    {
        // Fail early and clearly on a library that cannot be opened (the service would too).
        Storage::Library library;
        if (!openLibrary(context, library))
            return Failure;
    }

    const std::unique_ptr<Net::FetchService> service = startFetching(context);
    const Net::RequestOutcome outcome = service->waitFor(service->refresh(urls));
    {
        Storage::Library library;
        if (library.open(context.dbPath))
            tidySearchIndex(context, library);
    }
    if (outcome.subscriptions.isEmpty() && outcome.ok) {
        context.out << "no subscriptions; add one with 'newsdesk subscribe URL'" << Qt::endl;
        return Success;
    }
    int failed = 0;
    int fresh = 0;
    int updated = 0;
    for (const Net::SubscriptionResult &result : outcome.subscriptions) {
        const QString name = result.url.toDisplayString();
        if (!result.ok) {
            ++failed;
            context.err << name << ": " << result.error.message << Qt::endl;
            for (const QString &article : result.failures)
                context.err << "  " << article << Qt::endl;
        }
        if (result.notModified) {
            context.out << name << ": not modified" << Qt::endl;
            continue;
        }
        if (!result.ok && result.listed == 0)
            continue;
        fresh += result.newCount;
        updated += result.updatedCount;
        context.out << name << ": " << result.newCount << " new, " << result.updatedCount << " updated ("
                    << result.listed << " listed)" << Qt::endl;
        for (const Net::NewArticle &article : outcome.newArticles) {
            if (article.subscription == result.url)
                context.out << (article.updated ? "  updated: " : "  new: ") << article.title << "  [" << article.key
                            << ' ' << article.locale << "]" << Qt::endl;
        }
    }
    if (!outcome.ok && outcome.subscriptions.isEmpty()) // the library, or nothing to refresh
        context.err << "newsdesk: " << outcome.error.message << Qt::endl;
    context.out << "Refreshed " << outcome.subscriptions.size()
                << (outcome.subscriptions.size() == 1 ? " subscription: " : " subscriptions: ") << fresh << " new, "
                << updated << " updated, " << failed << " failed." << Qt::endl;
    return outcome.ok ? Success : Failure;
}

} // namespace Newsdesk::Cli
