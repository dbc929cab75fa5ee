#include "controller/sourcelist.h"

#include "core/sitelayout.h"
#include "storage/subscriptionstore.h"

#include <QLocale>

namespace Newsdesk::Ui {

SourceList::SourceList(Storage::Library &library)
    : m_library(library)
{
}

QList<SourceItem> SourceList::items() const
{
    QList<SourceItem> items;
    if (!m_library.isOpen())
        return items;
    const QList<Storage::Subscription> all = m_library.subscriptions().all();
    for (const Storage::Subscription &s : all) {
        SourceItem item;
        item.title = !s.title.isEmpty() ? s.title : s.ticker.isEmpty() ? s.url.host() + s.url.path() : s.ticker;
        item.url = s.url.toString();
        QStringList tip{s.lastSuccess.isValid()
                ? tr("Last updated: %1").arg(QLocale().toString(s.lastSuccess.toLocalTime(), QLocale::ShortFormat))
                : tr("Not updated yet")};
        if (!s.lastError.isEmpty()) {
            tip.append(tr("Last error: %1").arg(s.lastError));
            item.failing = true;
        }
        if (s.consecutiveFailures > 0) {
            tip.append(tr("Failed %n time(s) in a row", nullptr, s.consecutiveFailures));
            if (s.nextAttempt.isValid())
                tip.append(
                    tr("Next attempt: %1").arg(QLocale().toString(s.nextAttempt.toLocalTime(), QLocale::ShortFormat)));
        }
        item.consecutiveFailures = s.consecutiveFailures;
        item.toolTip = tip.join(u'\n');
        items.append(item);
    }
    return items;
}

bool SourceList::isSubscribed(const QUrl &url) const
{
    return m_library.isOpen() && m_library.subscriptions().find(url).has_value();
}

bool SourceList::isTickerSubscribed(const QString &ticker) const
{
    if (!m_library.isOpen())
        return false;
    const QList<Storage::Subscription> all = m_library.subscriptions().all();
    return std::any_of(all.cbegin(), all.cend(), [&](const Storage::Subscription &s) {
        return s.kind == Storage::Subscription::Kind::TickerNews && s.ticker == ticker;
    });
}

QUrl SourceList::tickerNewsPage(const QString &ticker, const QString &locale, const QUrl &newsSite) const
{
    Storage::ListFilter filter;
    filter.tickers = QStringList{ticker};
    const QList<Storage::ListRow> newest = m_library.isOpen() ? m_library.rows(filter, 1) : QList<Storage::ListRow>{};
    // On the site its newest article came from, else the configured news site.
    const bool fromArticle = !newest.isEmpty() && newest.first().url.isValid() && !newest.first().url.host().isEmpty();
    return Core::SiteLayout::tickerNews(fromArticle ? newest.first().url : newsSite, locale, ticker);
}

} // namespace Newsdesk::Ui
