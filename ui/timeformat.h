#pragma once

#include <QDateTime>
#include <QString>

namespace Newsdesk::Ui {

// The list's time column: relative for today ("5 min ago", "3 h ago"), the date otherwise.
// `now` is a parameter so tests can pin it.
QString listTime(const QDateTime &published, const QDateTime &now = QDateTime::currentDateTime());

// The full local date and time, for tool tips and the status bar.
QString fullTime(const QDateTime &published);

} // namespace Newsdesk::Ui
