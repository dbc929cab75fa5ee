#include "datetimeparser.h"

#include "asciidigits_p.h"

#include <QTimeZone>

namespace Newsdesk::Core {

namespace {

// A small cursor over the text; every parser below moves forward only.
class Scanner final
{
public:
    explicit Scanner(QStringView text) : m_text(text) {}

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

// Seconds east of UTC for a zone abbreviation in RFC 2822 and ISO texts; nullopt if unknown.
std::optional<int> zoneOffset(QStringView zone)
{
    struct Named
    {
        QStringView name;
        int hours;
    };
    static constexpr Named zones[] = {{u"UT", 0},   {u"UTC", 0},  {u"GMT", 0},  {u"Z", 0},    {u"EST", -5}, {u"EDT", -4},
                                      {u"CST", -6}, {u"CDT", -5}, {u"MST", -7}, {u"MDT", -6}, {u"PST", -8}, {u"PDT", -7},
                                      {u"HKT", 8},  {u"CCT", 8},  {u"SGT", 8},  {u"JST", 9},  {u"BST", 1},  {u"CET", 1},
                                      {u"CEST", 2}};
    for (const Named &z : zones) {
        if (zone.compare(z.name, Qt::CaseInsensitive) == 0)
            return z.hours * 3600;
    }
    return std::nullopt;
}

// "+08:00", "+0800", "+08", "Z", "UTC", nothing (UTC). Leaves the scanner after it.
std::optional<int> readZone(Scanner &s)
{
    s.skipSpaces();
    if (s.atEnd())
        return 0;
    const QChar sign = s.peek();
    if (sign == u'+' || sign == u'-' || sign == QChar(0x2212)) {
        s.skip();
        const int hours = s.digits(2, 2);
        if (hours < 0 || hours > 14)
            return std::nullopt;
        s.accept(u':');
        int count = 0;
        int minutes = s.digits(2, 2, &count);
        if (count == 0)
            minutes = 0;
        else if (minutes < 0 || minutes > 59)
            return std::nullopt;
        const int offset = hours * 3600 + minutes * 60;
        return sign == u'+' ? offset : -offset;
    }
    return zoneOffset(s.word());
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
    *ok = true;
    return QTime(hour, minute, qMin(second, 59), msec); // a leap second reads as :59
}

// 2026-03-12, 2026-03-12T08:30:00.000Z, 2026-03-12 08:30:00 +0800, 2026/03/12.
QDateTime parseIso(QStringView text)
{
    Scanner s(text);
    const int year = s.digits(4, 4);
    if (year < 0)
        return {};
    const QChar separator = s.peek();
    if (separator != u'-' && separator != u'/')
        return {};
    s.skip();
    const int month = s.digits(1, 2);
    if (month < 0 || !s.accept(separator))
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

int monthFromName(QStringView name)
{
    static constexpr QStringView months[] = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun",
                                             u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    if (name.size() < 3)
        return -1;
    for (int m = 0; m < 12; ++m) {
        if (name.first(3).compare(months[m], Qt::CaseInsensitive) == 0)
            return m + 1;
    }
    return -1;
}

// RFC 2822: "[Thu, ]12 Mar 2026 08:30[:00] +0000", zone names, two-digit years.
QDateTime parseRfc2822(QStringView text)
{
    Scanner s(text);
    const qsizetype start = s.pos();
    const QStringView weekday = s.word();
    if (!weekday.isEmpty()) {
        s.skipSpaces();
        if (!s.accept(u','))
            s.setPos(start + weekday.size());
        s.skipSpaces();
    }
    int day = s.digits(1, 2);
    if (day < 0)
        return {};
    s.skipSpaces();
    s.accept(u'-');
    const int month = monthFromName(s.word());
    if (month < 0)
        return {};
    s.skipSpaces();
    s.accept(u'-');
    int yearDigits = 0;
    int year = s.digits(2, 4, &yearDigits);
    if (year < 0 || yearDigits == 3)
        return {};
    if (yearDigits == 2)
        year += year < 50 ? 2000 : 1900;
    s.skipSpaces();
    QTime time(0, 0);
    int offset = 0;
    if (!s.atEnd()) {
        bool ok = false;
        time = readTime(s, &ok);
        if (!ok)
            return {};
        const auto zone = readZone(s);
        if (!zone)
            return {};
        offset = *zone;
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
    }
    return utc(QDate(year, month, day), time, offset);
}

// Unix seconds ("1773304200", "1773304200.5"), or milliseconds when 13 digits.
QDateTime parseUnix(QStringView text)
{
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot >= 0 ? text.first(dot) : text;
    if (whole.size() > 13 || !allAsciiDigits(whole))
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
