#include "storage/tickerfunctions.h"

#include "core/companyname.h"
#include "core/tickerrole.h"
#include "storage/articlecodec.h"

#include <QString>

#include <sqlite3.h>

namespace Newsdesk::Storage::TickerFunctions {

namespace {

QString textOf(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return text ? QString::fromUtf8(text, sqlite3_value_bytes(value)) : QString();
}

void resultText(sqlite3_context *context, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text64(context, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

Core::Article tickersOf(sqlite3_value **arguments)
{
    Core::Article article;
    article.title = textOf(arguments[0]);
    article.relatedStocks = Codec::stocksFromJson(textOf(arguments[1]));
    article.mentions = Codec::stringsFromJson(textOf(arguments[2]));
    return article;
}

void roleFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const QString key = textOf(arguments[0]);
    for (const Core::ArticleTicker &ticker : Core::classifyTickers(tickersOf(arguments + 1))) {
        if (ticker.key == key) {
            sqlite3_result_int(context, int(ticker.role));
            return;
        }
    }
    sqlite3_result_int(context, int(Core::TickerRole::Mentioned));
}

void displayFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    resultText(context, Codec::displayTickers(tickersOf(arguments)));
}

void aliasFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    resultText(context, Core::companyAlias(textOf(arguments[0])));
}

} // namespace

Result<void> registerFunctions(sqlite3 *db)
{
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    struct Function
    {
        const char *name;
        int arguments;
        void (*call)(sqlite3_context *, int, sqlite3_value **);
    };
    for (const Function &function :
        {Function{"newsdesk_ticker_role", 4, &roleFunction}, Function{"newsdesk_display_tickers", 3, &displayFunction},
            Function{"newsdesk_company_alias", 1, &aliasFunction}}) {
        const int rc = sqlite3_create_function_v2(
            db, function.name, function.arguments, flags, nullptr, function.call, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return Error::make(Error::Kind::Database,
                QStringLiteral("could not register %1: %2")
                    .arg(QLatin1StringView(function.name), QString::fromUtf8(sqlite3_errstr(rc))));
    }
    return {};
}

} // namespace Newsdesk::Storage::TickerFunctions
