#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Newsdesk::Render {

// The page's colours. "System" is not one: the UI resolves it from the application palette.
enum class PageTheme { Light, Dark };

inline QString themeName(PageTheme theme)
{
    return theme == PageTheme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

inline std::optional<PageTheme> parseTheme(QStringView name)
{
    if (name.compare(u"light", Qt::CaseInsensitive) == 0)
        return PageTheme::Light;
    if (name.compare(u"dark", Qt::CaseInsensitive) == 0)
        return PageTheme::Dark;
    return std::nullopt;
}

} // namespace Newsdesk::Render
