#pragma once

#include "core/article.h"
#include "core/markdownsyntax.h"

#include <QStringList>
#include <QUrl>

#include <optional>

namespace Newsdesk::Core {

// A Related Stocks item: the ticker from the link's /quote/{TICKER} path (names contain
// parentheses, so the text is only a fallback), the name without its trailing "(TICKER)".
std::optional<RelatedStock> relatedStockFromLink(const Markdown::Link &link, const QUrl &base);

// A Related News item: the id from the URL, the title without a glued wire time.
std::optional<RelatedNews> relatedNewsFromLink(const Markdown::Link &link, const QUrl &base);

// "11:05 ETTravis Manion…" → "Travis Manion…"; other titles are returned as they are.
QString stripWireTime(const QString &title);

// A link target the reader may keep: http(s), resolved against `base` when relative. Invalid otherwise.
QUrl webUrl(const QString &text, const QUrl &base);

} // namespace Newsdesk::Core
