#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"
#include "cli/fetching.h"
#include "storage/subscriptionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Newsdesk::Cli {

namespace {

QString kindText(Storage::Subscription::Kind kind)
{
    switch (kind) {
    case Storage::Subscription::Kind::NewsIndex:
        return QStringLiteral("news index");
    case Storage::Subscription::Kind::TickerNews:
        return QStringLiteral("ticker news");
    case Storage::Subscription::Kind::Feed:
    case Storage::Subscription::Kind::Unknown:
        return QStringLiteral("feed");
    }
    return QStringLiteral("feed");
}

QString intervalText(int seconds)
{
    if (seconds % 3600 == 0)
        return QStringLiteral("every %1 h").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return QStringLiteral("every %1 min").arg(seconds / 60);
    return QStringLiteral("every %1 s").arg(seconds);
}

QJsonValue jsonTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// One URL argument: http(s) with a host, else a usage error.
std::optional<QUrl> urlArgument(
    Context &context, const QString &command, const QStringList &words, const QString &usage)
{
    if (words.size() != 1) {
        usageError(context, command, words.isEmpty() ? u"name the URL"_qs : u"one URL at a time"_qs, usage);
        return std::nullopt;
    }
    const QUrl url(words.first(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        usageError(context, command, words.first() + u" is not an http or https URL", usage);
        return std::nullopt;
    }
    return url;
}

} // namespace

int subscribeCommand(Context &context)
{
    const QString usage
        = u"subscribe URL   (a news index /{locale}/news.md, a ticker's /{locale}/quote/{T}/news.md, or a feed)"_qs;
    Arguments arguments(context.args);
    const QStringList words = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"subscribe"_qs, arguments.error(), usage);
    const std::optional<QUrl> url = urlArgument(context, u"subscribe"_qs, words, usage);
    if (!url)
        return UsageError;
    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    Storage::SubscriptionStore &store = library.subscriptions();
    const bool existed = store.find(*url).has_value();
    const Result<Storage::Subscription> added = store.add(*url);
    if (!added)
        return failure(context, url->toDisplayString() + u": " + added.error().message);
    context.out << (existed ? "already subscribed to " : "subscribed to ") << added->url.toDisplayString() << " ("
                << kindText(added->kind) << (added->ticker.isEmpty() ? QString() : u", " + added->ticker) << ")"
                << Qt::endl;
    if (!existed)
        context.out << "run 'newsdesk refresh' to fetch its articles" << Qt::endl;
    return Success;
}

int unsubscribeCommand(Context &context)
{
    const QString usage = u"unsubscribe URL"_qs;
    Arguments arguments(context.args);
    const QStringList words = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"unsubscribe"_qs, arguments.error(), usage);
    const std::optional<QUrl> url = urlArgument(context, u"unsubscribe"_qs, words, usage);
    if (!url)
        return UsageError;
    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    Storage::SubscriptionStore &store = library.subscriptions();
    if (const Result<void> removed = store.remove(*url); !removed)
        return failure(context, removed.error().message);
    context.out << "unsubscribed from " << url->toDisplayString() << Qt::endl;
    return Success;
}

int subscriptionsCommand(Context &context)
{
    const QString usage = u"subscriptions [--json]"_qs;
    Arguments arguments(context.args);
    const bool json = arguments.takeFlag(u"--json"_qs);
    const QStringList words = arguments.positional();
    if (!arguments.error().isEmpty() || !words.isEmpty())
        return usageError(context, u"subscriptions"_qs,
            arguments.error().isEmpty() ? u"takes no arguments"_qs : arguments.error(), usage);
    Storage::Library library;
    if (!openLibrary(context, library))
        return Failure;
    const QList<Storage::Subscription> subscriptions = library.subscriptions().all();

    if (json) {
        QJsonArray array;
        for (const Storage::Subscription &s : subscriptions) {
            array.append(QJsonObject{
                {u"url"_qs, s.url.toString()},
                {u"kind"_qs, Storage::subscriptionKindName(s.kind)},
                {u"title"_qs, s.title},
                {u"ticker"_qs, s.ticker},
                {u"interval_seconds"_qs, s.intervalSeconds},
                {u"created"_qs, jsonTime(s.created)},
                {u"last_attempt"_qs, jsonTime(s.lastAttempt)},
                {u"last_success"_qs, jsonTime(s.lastSuccess)},
                {u"last_error"_qs, s.lastError},
                {u"consecutive_failures"_qs, s.consecutiveFailures},
                {u"next_attempt"_qs, jsonTime(s.nextAttempt)},
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (subscriptions.isEmpty()) {
        context.out << "no subscriptions; add one with 'newsdesk subscribe URL'" << Qt::endl;
        return Success;
    }
    for (const Storage::Subscription &s : subscriptions) {
        context.out << s.url.toDisplayString() << '\t' << kindText(s.kind) << '\t' << intervalText(s.intervalSeconds)
                    << "\tlast success " << commandLineTime(s.lastSuccess);
        if (!s.title.isEmpty())
            context.out << '\t' << s.title;
        context.out << '\n';
        if (!s.lastError.isEmpty())
            context.out << "  failing (" << s.consecutiveFailures << " in a row, last "
                        << commandLineTime(s.lastAttempt) << "): " << s.lastError << "; next attempt "
                        << commandLineTime(s.nextAttempt) << '\n';
    }
    context.out.flush();
    return Success;
}

} // namespace Newsdesk::Cli
