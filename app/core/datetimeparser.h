#pragma once

#include <QDateTime>
#include <QStringView>

namespace Newsdesk::Core {

// The one date reader for feeds, list pages and front matter. W3DTF/ISO 8601 (year, year-month,
// date, date and time with fraction and zone; no zone means UTC), RFC 822/2822 with every zone name
// they and common feeds use (full month names, stray commas, asctime), Unix time only when it looks
// like it (ten digits of seconds, thirteen of milliseconds). Invalid fields (second 61, month 13)
// are errors, never clamped. Returns UTC, or invalid.
QDateTime parseDateTime(QStringView text);

} // namespace Newsdesk::Core
