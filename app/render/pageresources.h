#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace Newsdesk::Render {

// The page's fixed resources, embedded from resources/page/ and served as newsdesk://resource/{name}.
namespace PageResources {

inline constexpr QLatin1StringView pageStylesheet{"page.css"};
inline constexpr QLatin1StringView codeStylesheet{"code.css"}; // written by the highlighter helper
inline constexpr QLatin1StringView imagePlaceholder{"image-placeholder.svg"};

struct Resource
{
    QByteArray data;
    QByteArray mimeType;
};

// The page skeleton with {{name}} slots (PageBuilder fills them).
const QString &pageTemplate();

// An embedded resource by name, or nothing for a name that is not one (code.css is not: it comes
// from the highlighter, see PageRenderer::resource).
std::optional<Resource> embedded(const QString &name);

} // namespace PageResources

} // namespace Newsdesk::Render
