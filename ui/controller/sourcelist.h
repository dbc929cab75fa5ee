#pragma once

#include "storage/library.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace Newsdesk::Ui {

// One subscription as the sidebar's Sources section shows it.
struct SourceItem
{
    QString title;
    QString url;
    QString toolTip; // last success, last error, failures in a row, next attempt
    bool failing = false;
    int consecutiveFailures = 0; // from 3 on, the entry carries a warning badge
};

// The library's subscriptions as the reader shows and follows them: the Sources section, and a
// ticker's news page on the site its stored articles came from.
class SourceList final
{
    Q_DECLARE_TR_FUNCTIONS(SourceList)

public:
    explicit SourceList(Storage::Library &library);

    // In the order they were added; the title falls back to the ticker or the address.
    QList<SourceItem> items() const;
    bool isSubscribed(const QUrl &url) const;
    bool isTickerSubscribed(const QString &ticker) const;
    // `…/<locale>/quote/<ticker>/news.md` on the site of the ticker's newest stored article, else
    // on `newsSite` (the configured one).
    QUrl tickerNewsPage(const QString &ticker, const QString &locale, const QUrl &newsSite) const;

private:
    Storage::Library &m_library;
};

} // namespace Newsdesk::Ui
