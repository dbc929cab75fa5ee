#include "ui/timeformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace Newsdesk::Ui {

namespace {

class TimeFormat final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Ui::TimeFormat)

public:
    static QString justNow() { return tr("just now"); }
    static QString minutesAgo(int n) { return tr("%n min ago", nullptr, n); }
    static QString hoursAgo(int n) { return tr("%n h ago", nullptr, n); }
    // A date in this year, without the year, in the interface language's order.
    static QString monthDayFormat() { return tr("MMM d"); }
};

} // namespace

QString listTime(const QDateTime &published, const QDateTime &now)
{
    if (!published.isValid())
        return {};
    const QDateTime local = published.toLocalTime();
    const QDateTime localNow = now.toLocalTime();
    if (local.date() == localNow.date() && local <= localNow) {
        const qint64 minutes = local.secsTo(localNow) / 60;
        if (minutes < 1)
            return TimeFormat::justNow();
        if (minutes < 60)
            return TimeFormat::minutesAgo(int(minutes));
        return TimeFormat::hoursAgo(int(minutes / 60));
    }
    if (local.date() == localNow.date())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    if (local.date().year() == localNow.date().year())
        return QLocale().toString(local.date(), TimeFormat::monthDayFormat());
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}

QString fullTime(const QDateTime &published)
{
    if (!published.isValid())
        return {};
    return QLocale().toString(published.toLocalTime(), QLocale::LongFormat);
}

} // namespace Newsdesk::Ui
