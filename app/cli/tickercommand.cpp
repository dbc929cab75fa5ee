// `newsdesk ticker TICKER [--json]`: what the ticker's view shows, counted as of now (UTC days).
#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Newsdesk::Cli {

namespace {

const QString usage = u"ticker TICKER [--json]"_qs;

QJsonObject toJson(const Storage::TickerSummary &s, const QString &name, const QStringList &aliases)
{
    QJsonArray daily;
    for (const Storage::DayCount &day : s.daily)
        daily.append(QJsonObject{{u"date"_qs, day.date.toString(Qt::ISODate)}, {u"count"_qs, day.count}});
    QJsonArray together;
    for (const Storage::TickerCount &other : s.together)
        together.append(QJsonObject{{u"ticker"_qs, other.key}, {u"count"_qs, other.count}});
    return QJsonObject{
        {u"ticker"_qs, s.key},
        {u"name"_qs, name},
        {u"aliases"_qs, QJsonArray::fromStringList(aliases)},
        {u"total"_qs, s.total},
        {u"unread"_qs, s.unread},
        {u"last_7_days"_qs, s.last7Days},
        {u"daily"_qs, daily},
        {u"buzz"_qs,
            QJsonObject{{u"today"_qs, s.buzz.today}, {u"mean"_qs, s.buzz.mean}, {u"stddev"_qs, s.buzz.stddev},
                {u"active"_qs, s.buzz.active}}},
        {u"together"_qs, together},
        {u"articles"_qs,
            QJsonObject{{u"primary"_qs, s.primary}, {u"related"_qs, s.related}, {u"mentioned"_qs, s.mentioned}}},
    };
}

} // namespace

int tickerCommand(Context &context)
{
    Arguments arguments(context.args);
    const bool json = arguments.takeFlag(u"--json"_qs);
    const QStringList words = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"ticker"_qs, arguments.error(), usage);
    if (words.size() != 1)
        return usageError(context, u"ticker"_qs, u"name one ticker"_qs, usage);

    Storage::Library library;
    if (!openExistingLibrary(context, library))
        return Failure;
    const QString ticker = words.first();
    const Result<Storage::TickerSummary> summary = library.tickerSummary(ticker, QDateTime::currentDateTimeUtc());
    if (!summary)
        return failure(context, summary.error().message);
    const QString name = library.tickerName(ticker);
    const QStringList aliases = library.tickerAliases(ticker);
    if (json) {
        context.out << QString::fromUtf8(
            QJsonDocument(toJson(*summary, name, aliases)).toJson(QJsonDocument::Indented));
        context.out.flush();
        return Success;
    }
    const Storage::TickerSummary &s = *summary;
    context.out << s.key << (name.isEmpty() ? QString() : u"  "_qs + name) << '\n';
    if (!aliases.isEmpty())
        context.out << "aliases: " << aliases.join(u", "_qs) << '\n';
    context.out << "articles: " << s.total << " (" << s.unread << " unread, " << s.last7Days << " in the last 7 days; "
                << s.primary << " primary, " << s.related << " related, " << s.mentioned << " mentioned)\n";
    context.out << "today: " << s.buzz.today << " against a daily mean of " << QString::number(s.buzz.mean, 'f', 2)
                << " (spread " << QString::number(s.buzz.stddev, 'f', 2) << ")" << (s.buzz.active ? ": buzz" : "")
                << '\n';
    if (!s.together.isEmpty()) {
        QStringList others;
        for (const Storage::TickerCount &other : s.together)
            others.append(other.key + u' ' + QString::number(other.count));
        context.out << "often together: " << others.join(u", "_qs) << '\n';
    }
    for (const Storage::DayCount &day : s.daily)
        context.out << day.date.toString(Qt::ISODate) << '\t' << day.count << '\n';
    context.out.flush();
    return Success;
}

} // namespace Newsdesk::Cli
