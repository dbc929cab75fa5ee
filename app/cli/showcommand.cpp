#include "cli/arguments.h"
#include "cli/articlejson.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"

#include <QJsonDocument>

namespace Newsdesk::Cli {

namespace {

const QString usage = u"show [--json] [--locale L] KEY|URL|FILE"_qs;

void printText(Context &context, const Core::Article &article)
{
    context.out << article.title << '\n'
                << article.key << "  " << article.locale << "  "
                << (article.published.isValid() ? isoUtc(article.published) : u"-"_qs) << "  " << article.type << '\n';
    if (!article.url.isEmpty())
        context.out << article.url.toString() << '\n';
    if (!article.summary.isEmpty())
        context.out << '\n' << article.summary << '\n';
    context.out << '\n' << article.body;
    if (!article.body.endsWith(u'\n'))
        context.out << '\n';
}

} // namespace

int showCommand(Context &context)
{
    Arguments arguments(context.args);
    const bool json = arguments.takeFlag(u"--json"_qs);
    const std::optional<QString> locale = arguments.takeValue(u"--locale"_qs);
    const QStringList names = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"show"_qs, arguments.error(), usage);
    if (names.size() != 1)
        return usageError(context, u"show"_qs, u"name one article"_qs, usage);

    Storage::Library library;
    if (!openExistingLibrary(context, library))
        return Failure;
    const std::optional<Core::Article> article = loadNamedArticle(context, library, names.first(), locale);
    if (!article)
        return Failure;
    if (json)
        context.out << QString::fromUtf8(
            QJsonDocument(articleToJson(article.value(), Body::Include)).toJson(QJsonDocument::Indented));
    else
        printText(context, article.value());
    context.out.flush();
    return Success;
}

} // namespace Newsdesk::Cli
