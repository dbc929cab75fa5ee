#pragma once

#include <QStringView>

namespace Newsdesk::Core {

// True when `s` is one or more of 0–9. QChar::isDigit would also take Arabic-Indic or full-width
// digits, which ids, ticker codes and timestamps never use.
inline bool allAsciiDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace Newsdesk::Core
