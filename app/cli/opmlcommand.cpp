// OPML 2.0, the feed readers' exchange format: import subscribes to every feed a file names;
// export writes the subscriptions, and the watchlist's tickers as an outline of their news pages.
#include "arguments.h"
#include "commands.h"
#include "commandsupport.h"
#include "opml.h"
#include "subscriptionstore.h"

#include <QFile>
#include <QSaveFile>

namespace Newsdesk::Cli {

namespace {

const QString usage = u"opml import FILE | opml export [FILE]   (without FILE: to standard output)"_qs;

// A ticker's news page on the news site, in English (what `subscribe` takes for a ticker).
QUrl tickerNewsPage(const QString &ticker)
{
    QUrl url(u"https://longbridge.com"_qs);
    url.setPath(u"/en/quote/"_qs + ticker + u"/news.md");
    return url;
}

int importOpml(Context &context, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(context, path + u": " + file.errorString());
    const Result<Core::OpmlDocument> opml = Core::parseOpml(file.read(16 * 1024 * 1024));
    if (!opml)
        return failure(context, path + u": " + opml.error().message);
    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    Storage::SubscriptionStore store(library);
    int added = 0;
    int failed = 0;
    for (const QString &skipped : opml->skipped) {
        context.err << path << ": " << skipped << Qt::endl;
        ++failed;
    }
    for (const Core::OpmlOutline &feed : opml->feeds) {
        const bool existed = store.find(feed.xmlUrl).has_value();
        const Result<Storage::Subscription> subscription = store.add(feed.xmlUrl);
        if (!subscription) {
            context.err << path << ": " << feed.xmlUrl.toDisplayString() << ": " << subscription.error().message
                        << Qt::endl;
            ++failed;
            continue;
        }
        added += existed ? 0 : 1;
        context.out << (existed ? "already subscribed to " : "subscribed to ") << subscription->url.toDisplayString()
                    << Qt::endl;
    }
    context.out << "Imported " << added << " new of " << opml->feeds.size() << " feeds";
    if (failed > 0)
        context.out << ", " << failed << " skipped";
    context.out << Qt::endl;
    return failed > 0 ? Failure : Success;
}

int exportOpml(Context &context, const std::optional<QString> &path)
{
    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    QList<Core::OpmlOutline> feeds;
    for (const Storage::Subscription &subscription : Storage::SubscriptionStore(library).all())
        feeds.append(Core::OpmlOutline {subscription.title, subscription.url, {}});
    for (const Storage::WatchItem &item : library.watchlist()) {
        const QString title = item.name.isEmpty() ? item.ticker : item.name + u" (" + item.ticker + u')';
        feeds.append(Core::OpmlOutline {title, tickerNewsPage(item.ticker), u"Watchlist"_qs});
    }
    const QByteArray document = Core::writeOpml(u"Newsdesk subscriptions"_qs, feeds);
    if (!path) {
        context.out << QString::fromUtf8(document);
        context.out.flush();
        return Success;
    }
    QSaveFile file(*path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit())
        return failure(context, *path + u": " + file.errorString());
    context.out << "Exported " << feeds.size() << " outlines to " << *path << Qt::endl;
    return Success;
}

} // namespace

int opmlCommand(Context &context)
{
    Arguments arguments(context.args);
    const QStringList words = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"opml"_qs, arguments.error(), usage);
    const QString action = words.value(0);
    if (action == u"import" && words.size() == 2)
        return importOpml(context, words.at(1));
    if (action == u"export" && words.size() <= 2)
        return exportOpml(context, words.size() == 2 ? std::optional<QString>(words.at(1)) : std::nullopt);
    return usageError(context, u"opml"_qs, u"say import FILE or export [FILE]"_qs, usage);
}

} // namespace Newsdesk::Cli
