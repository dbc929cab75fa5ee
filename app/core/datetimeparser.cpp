#include "core/datetimeparser.h"

#include "core/asciidigits_p.h"

#include <QTimeZone>

namespace Newsdesk::Core {

namespace {

// A small cursor over the text; every parser below moves forward only.
class Scanner final
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar(); }
    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }
    void skip(qsizetype n = 1) { m_pos = qMin(m_text.size(), m_pos + n); }

    bool accept(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    void skipSpaces()
    {
        while (!atEnd() && (peek() == u' ' || peek() == u'\t'))
            ++m_pos;
    }

    // Exactly `count` ASCII digits (or between min and max when max > min).
    int digits(int min, int max, int *count = nullptr)
    {
        int value = 0;
        int n = 0;
        while (n < max && !atEnd() && peek() >= u'0' && peek() <= u'9') {
            value = value * 10 + (peek().unicode() - u'0');
            ++m_pos;
            ++n;
        }
        if (count)
            *count = n;
        return n >= min ? value : -1;
    }

    QStringView word()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && ((peek() >= u'a' && peek() <= u'z') || (peek() >= u'A' && peek() <= u'Z')))
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

QDateTime utc(QDate date, QTime time, int offsetSeconds)
{
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime dt(date, time, Qt::OffsetFromUTC, offsetSeconds);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

// Seconds east of UTC for a zone name: RFC 822's (UT, GMT, the US zones, military letters, which
// RFC 2822 says to read as -0000 since RFC 822 had their signs backwards) and those feeds use.
std::optional<int> zoneOffset(QStringView zone)
{
    struct Named
    {
        QStringView name;
        int minutes;
    };
    static constexpr Named zones[] = {{u"UT", 0}, {u"UTC", 0}, {u"UCT", 0}, {u"GMT", 0}, {u"Z", 0}, {u"WET", 0},
        {u"EST", -300}, {u"EDT", -240}, {u"CST", -360}, {u"CDT", -300}, {u"MST", -420}, {u"MDT", -360}, {u"PST", -480},
        {u"PDT", -420}, {u"AST", -240}, {u"ADT", -180}, {u"AKST", -540}, {u"AKDT", -480}, {u"HST", -600}, {u"AT", -240},
        {u"ET", -300}, {u"CT", -360}, {u"MT", -420}, {u"PT", -480}, {u"NST", -210}, {u"NDT", -150}, {u"BST", 60},
        {u"WEST", 60}, {u"CET", 60}, {u"CEST", 120}, {u"MET", 60}, {u"MEST", 120}, {u"MEZ", 60}, {u"MESZ", 120},
        {u"EET", 120}, {u"EEST", 180}, {u"MSK", 180}, {u"IST", 330}, {u"HKT", 480}, {u"CCT", 480}, {u"SGT", 480},
        {u"AWST", 480}, {u"JST", 540}, {u"KST", 540}, {u"ACST", 570}, {u"AEST", 600}, {u"AEDT", 660}, {u"NZST", 720},
        {u"NZDT", 780}};
    for (const Named &z : zones) {
        if (zone.compare(z.name, Qt::CaseInsensitive) == 0)
            return z.minutes * 60;
    }
    if (zone.size() == 1 && zone.at(0).isLetter() && zone.at(0).toUpper() != u'J')
        return 0;
    return std::nullopt;
}

// "+08:00", "+0800", "+08", "-01:01"; the scanner is on the sign.
std::optional<int> readNumericZone(Scanner &s)
{
    const QChar sign = s.peek();
    if (sign != u'+' && sign != u'-' && sign != QChar(0x2212))
        return std::nullopt;
    s.skip();
    int count = 0;
    const int hours = s.digits(1, 2, &count);
    if (hours < 0 || hours > 14)
        return std::nullopt;
    const bool colon = s.accept(u':');
    const int minutes = s.digits(2, 2, &count);
    if (count == 0 && !colon)
        return (sign == u'+' ? 1 : -1) * hours * 3600;
    if (minutes < 0 || minutes > 59)
        return std::nullopt;
    const int offset = hours * 3600 + minutes * 60;
    return sign == u'+' ? offset : -offset;
}

// A numeric offset, a zone name, "Etc/GMT", "GMT-01:01", or nothing (UTC). Leaves the scanner after it.
std::optional<int> readZone(Scanner &s)
{
    s.skipSpaces();
    if (s.atEnd())
        return 0;
    if (const QChar c = s.peek(); c == u'+' || c == u'-' || c == QChar(0x2212))
        return readNumericZone(s);
    QStringView name = s.word();
    bool posixSigns = false;
    if (name.compare(u"Etc", Qt::CaseInsensitive) == 0) {
        if (!s.accept(u'/'))
            return std::nullopt;
        name = s.word();
        posixSigns = true; // tz database: Etc/GMT-5 is five hours east
    }
    std::optional<int> offset = zoneOffset(name);
    if (!offset)
        return std::nullopt;
    if (*offset == 0 && !s.atEnd() && (s.peek() == u'+' || s.peek() == u'-')) {
        const std::optional<int> extra = readNumericZone(s);
        if (!extra)
            return std::nullopt;
        offset = posixSigns ? -*extra : *extra;
    }
    return offset;
}

QTime readTime(Scanner &s, bool *ok)
{
    *ok = false;
    const int hour = s.digits(1, 2);
    if (hour < 0 || !s.accept(u':'))
        return {};
    const int minute = s.digits(2, 2);
    if (minute < 0)
        return {};
    int second = 0;
    int msec = 0;
    if (s.accept(u':')) {
        second = s.digits(2, 2);
        if (second < 0)
            return {};
        if (s.accept(u'.') || s.accept(u',')) {
            int count = 0;
            const int fraction = s.digits(1, 3, &count);
            if (fraction < 0)
                return {};
            msec = count == 1 ? fraction * 100 : count == 2 ? fraction * 10 : fraction;
            while (s.peek() >= u'0' && s.peek() <= u'9')
                s.skip(); // sub-millisecond digits
        }
    }
    if (hour == 24 && minute == 0 && second == 0 && msec == 0) {
        *ok = true;
        return QTime(23, 59, 59, 999); // end of day, close enough for sorting
    }
    if (second == 60)
        second = 59; // a leap second reads as :59; 61 and beyond are errors
    const QTime time(hour, minute, second, msec);
    *ok = time.isValid();
    return time;
}

// W3DTF and ISO 8601: 2026, 2026-03, 2026-03-12, 2026-03-12T08:30:00.000Z, 2026-03-12 08:30:00 +0800,
// 2026/03/12. A partial date is the start of its year or month.
QDateTime parseIso(QStringView text)
{
    Scanner s(text);
    const int year = s.digits(4, 4);
    if (year < 0)
        return {};
    if (s.atEnd())
        return utc(QDate(year, 1, 1), QTime(0, 0), 0);
    const QChar separator = s.peek();
    if (separator != u'-' && separator != u'/')
        return {};
    s.skip();
    const int month = s.digits(1, 2);
    if (month < 0)
        return {};
    if (s.atEnd())
        return utc(QDate(year, month, 1), QTime(0, 0), 0);
    if (!s.accept(separator))
        return {};
    const int day = s.digits(1, 2);
    if (day < 0)
        return {};
    const QDate date(year, month, day);
    if (s.atEnd())
        return utc(date, QTime(0, 0), 0);
    if (!s.accept(u'T') && !s.accept(u't') && !s.accept(u' '))
        return {};
    s.skipSpaces();
    bool ok = false;
    const QTime time = readTime(s, &ok);
    if (!ok)
        return {};
    const auto zone = readZone(s);
    s.skipSpaces();
    if (!zone || !s.atEnd())
        return {};
    return utc(date, time, *zone);
}

// 1–12 for "Jan", "January", "Sept"; -1 otherwise.
int monthFromName(QStringView name)
{
    static constexpr QStringView months[] = {u"january", u"february", u"march", u"april", u"may", u"june", u"july",
        u"august", u"september", u"october", u"november", u"december"};
    if (name.size() < 3)
        return -1;
    for (int m = 0; m < 12; ++m) {
        if (name.size() <= months[m].size() && months[m].first(name.size()).compare(name, Qt::CaseInsensitive) == 0
            && (name.size() == 3 || name.size() == months[m].size() || (m == 8 && name.size() == 4)))
            return m + 1;
    }
    return -1;
}

bool isWeekday(QStringView name)
{
    static constexpr QStringView days[]
        = {u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday"};
    for (QStringView day : days) {
        if ((name.size() == 3 || name.size() == day.size()) && name.size() <= day.size()
            && day.first(name.size()).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int fullYear(int year, int digitCount)
{
    if (digitCount == 2)
        return year + (year < 50 ? 2000 : 1900);
    return digitCount == 4 ? year : -1;
}

// A year of four digits standing alone (not the hour of a time).
bool atYear(const Scanner &s)
{
    for (int i = 0; i < 4; ++i) {
        if (!(s.peek(i) >= u'0' && s.peek(i) <= u'9'))
            return false;
    }
    return !(s.peek(4) >= u'0' && s.peek(4) <= u'9') && s.peek(4) != u':';
}

// RFC 822/2822 and what feeds write instead: "[Thu, ]12 Mar 2026 08:30[:00] +0000 (UTC)",
// full month names, stray commas, two-digit years, "Thu Aug 30 2012 17:26:16 +0200", asctime
// ("Sun Jan  4 16:29:06 2004") and "Sun Jul 15 01:16:00 +0000 2012".
QDateTime parseRfc2822(QStringView text)
{
    Scanner s(text);
    const qsizetype start = s.pos();
    if (const QStringView weekday = s.word(); !weekday.isEmpty() && isWeekday(weekday)) {
        s.skipSpaces();
        s.accept(u',');
        s.skipSpaces();
    } else {
        s.setPos(start);
    }
    int day = -1;
    int month = -1;
    int year = -1;
    QTime time(0, 0);
    int offset = 0;
    auto readTimeAndZone = [&]() -> bool {
        bool ok = false;
        time = readTime(s, &ok);
        if (!ok)
            return false;
        s.skipSpaces();
        if (s.atEnd() || atYear(s))
            return true;
        const auto zone = readZone(s);
        if (!zone)
            return false;
        offset = *zone;
        return true;
    };
    if (s.peek() >= u'0' && s.peek() <= u'9') {
        day = s.digits(1, 2);
        s.skipSpaces();
        s.accept(u'-');
        month = monthFromName(s.word());
        if (month < 0)
            return {};
        s.accept(u',');
        s.skipSpaces();
        s.accept(u'-');
        int yearDigits = 0;
        const int yearValue = s.digits(2, 4, &yearDigits);
        year = fullYear(yearValue, yearDigits);
        if (year < 0)
            return {};
        s.skipSpaces();
        if (!s.atEnd() && !readTimeAndZone())
            return {};
    } else {
        month = monthFromName(s.word());
        if (month < 0)
            return {};
        s.skipSpaces();
        day = s.digits(1, 2);
        if (day < 0)
            return {};
        s.accept(u',');
        s.skipSpaces();
        if (atYear(s)) {
            year = s.digits(4, 4);
            s.skipSpaces();
            if (!s.atEnd() && !readTimeAndZone())
                return {};
        } else {
            if (!readTimeAndZone())
                return {};
            s.skipSpaces();
            year = s.digits(4, 4);
            if (year < 0)
                return {};
        }
    }
    s.skipSpaces();
    // A trailing comment: "+0000 (UTC)".
    if (s.accept(u'(')) {
        while (!s.atEnd() && s.peek() != u')')
            s.skip();
        s.accept(u')');
        s.skipSpaces();
    }
    if (!s.atEnd())
        return {};
    return utc(QDate(year, month, day), time, offset);
}

// Unix seconds ("1773304200", "1773304200.5"), or milliseconds when 13 digits.
QDateTime parseUnix(QStringView text)
{
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot >= 0 ? text.first(dot) : text;
    // Only what looks like Unix time: ten digits of seconds (2001–2286), thirteen of milliseconds.
    if ((whole.size() != 10 && whole.size() != 13) || !allAsciiDigits(whole))
        return {};
    // A trailing dot with no fraction ("1773304200.") is accepted.
    const QStringView fraction = dot >= 0 ? text.sliced(dot + 1) : QStringView();
    if (!fraction.isEmpty() && !allAsciiDigits(fraction))
        return {};
    const qint64 number = whole.toLongLong();
    constexpr qint64 maxSeconds = 253402300799LL; // 9999-12-31T23:59:59Z
    qint64 msecs = 0;
    if (whole.size() == 13 && dot < 0)
        msecs = number;
    else if (number <= maxSeconds)
        msecs = number * 1000 + (dot >= 0 ? qint64(text.sliced(dot).left(4).toDouble() * 1000) : 0);
    else
        return {};
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
}

} // namespace

QDateTime parseDateTime(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t.size() > 100)
        return {};
    QDateTime result;
    if (t.at(0) >= u'0' && t.at(0) <= u'9') {
        result = parseUnix(t);
        if (!result.isValid())
            result = parseIso(t);
    }
    if (!result.isValid())
        result = parseRfc2822(t);
    return result.isValid() ? result.toUTC() : QDateTime();
}

} // namespace Newsdesk::Core
