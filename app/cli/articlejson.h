#pragma once

#include "core/article.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

namespace Newsdesk::Cli {

// ISO 8601 in UTC with "Z" ("2026-03-12T08:30:00Z", milliseconds only when there are some).
QString isoUtc(const QDateTime &time);

// The article as `show --json` prints it: key, locale, title, type, url, summary, published,
// locales [{locale, url}], related_stocks [{ticker, key, name, url}], related_news [{id, title,
// url}], mentions [ticker], warnings, extra {key: value}, and body_markdown unless left out.
enum class Body { Include, Omit };
QJsonObject articleToJson(const Core::Article &article, Body body);

} // namespace Newsdesk::Cli
