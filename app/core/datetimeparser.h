#pragma once

#include <QDateTime>
#include <QStringView>

namespace Newsdesk::Core {

// ISO 8601 with or without milliseconds and zone (no zone means UTC), a date alone, Unix seconds
// (number or digit string; milliseconds when 13 digits), RFC 2822. Returns UTC, or invalid.
QDateTime parseDateTime(QStringView text);

} // namespace Newsdesk::Core
