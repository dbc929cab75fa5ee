#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"
#include "render/pagerenderer.h"

namespace Newsdesk::Cli {

namespace {

const QString usage = u"render [--locale L] [--theme light|dark] KEY|URL|FILE"_qs;

} // namespace

// The article's page, byte for byte what the reader's newsdesk: scheme serves for it (the same
// Render::PageRenderer, helpers included; times in the local time zone).
int renderCommand(Context &context)
{
    Arguments arguments(context.args);
    const std::optional<QString> locale = arguments.takeValue(u"--locale"_qs);
    const std::optional<QString> themeName = arguments.takeValue(u"--theme"_qs);
    const QStringList names = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"render"_qs, arguments.error(), usage);
    if (names.size() != 1)
        return usageError(context, u"render"_qs, u"name one article"_qs, usage);
    const std::optional<Render::PageTheme> theme = Render::parseTheme(themeName.value_or(u"light"_qs));
    if (!theme)
        return usageError(context, u"render"_qs, u"--theme is light or dark"_qs, usage);

    Storage::Library library;
    if (!openExistingLibrary(context, library))
        return Failure;
    const std::optional<Core::Article> article = loadNamedArticle(context, library, names.first(), locale);
    if (!article)
        return Failure;
    Render::PageRenderer renderer;
    Render::PageOptions options;
    options.theme = *theme;
    options.tickers = library.tickerFacts(article.value());
    context.out << renderer.articlePage(article.value(), options);
    context.out.flush();
    return Success;
}

} // namespace Newsdesk::Cli
