#include "ui/subscriptionactions.h"

#include "controller/fetchtracker.h"
#include "controller/sourcelist.h"
#include "net/fetchservice.h"
#include "storage/opmltransfer.h"
#include "ui/readerdialogs.h"
#include "ui/settings.h"
#include "ui/tickerheader.h"

#include <QWidget>

namespace Newsdesk::Ui {

SubscriptionActions::SubscriptionActions(
    Storage::Library *library, Settings *settings, Net::FetchService *fetch, FetchTracker *tracker, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_settings(settings)
    , m_fetch(fetch)
    , m_tracker(tracker)
    , m_window(window)
{
}

void SubscriptionActions::serve(TickerHeader *header)
{
    connect(header, &TickerHeader::fetchLatestRequested, this, &SubscriptionActions::fetchLatestForTicker);
    connect(header, &TickerHeader::subscribeRequested, this, &SubscriptionActions::subscribeToTicker);
    connect(this, &SubscriptionActions::tickerSubscribed, header, [header] { header->setSubscribed(true); });
}

QUrl SubscriptionActions::newsSite() const
{
    return m_fetch ? m_fetch->settings().newsSite : Net::FetchSettings().newsSite;
}

QUrl SubscriptionActions::tickerNewsPage(const QString &ticker) const
{
    return SourceList(*m_library)
        .tickerNewsPage(ticker, m_settings->preferredLocale(), m_fetch ? m_fetch->settings().newsSite : QUrl());
}

void SubscriptionActions::subscribe()
{
    ReaderDialogs::askSubscription(m_window, [this](const QString &text) {
        const QUrl url = QUrl::fromUserInput(text);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")) {
            Q_EMIT message(tr("Not a web address: %1").arg(text), 6000);
            return;
        }
        m_tracker->subscribe(url, url.toDisplayString());
        Q_EMIT message(tr("Subscribed to %1").arg(url.toDisplayString()), 6000);
    });
}

void SubscriptionActions::subscribeToTicker(const QString &ticker)
{
    m_tracker->subscribe(tickerNewsPage(ticker), ticker);
    Q_EMIT tickerSubscribed(ticker);
    Q_EMIT message(tr("Subscribed to the news on %1").arg(ticker), 6000);
}

void SubscriptionActions::fetchLatestForTicker(const QString &ticker)
{
    const QUrl page = tickerNewsPage(ticker);
    m_tracker->fetchTickerNewsOnce(page, ticker, SourceList(*m_library).isSubscribed(page));
}

void SubscriptionActions::importOpml()
{
    ReaderDialogs::chooseOpmlToImport(m_window, [this](const QString &path) {
        const Result<Core::OpmlDocument> opml = Storage::readOpmlFile(path);
        if (!opml) {
            Q_EMIT message(tr("Could not import subscriptions: %1").arg(opml.error().message), 6000);
            return;
        }
        const Storage::OpmlImportResult result = Storage::importOpml(*m_library, *opml);
        Q_EMIT sourcesChanged();
        QString text = tr("Subscribed to %n new feed(s) of %1", nullptr, result.added).arg(opml->feeds.size());
        if (!result.problems.isEmpty())
            text
                += u"; " + tr("%n skipped: %1", nullptr, int(result.problems.size())).arg(result.problems.constFirst());
        Q_EMIT message(text, 15000);
    });
}

void SubscriptionActions::exportOpml()
{
    ReaderDialogs::chooseOpmlToExport(m_window, [this](const QString &path) {
        const QList<Core::OpmlOutline> outlines = Storage::opmlOutlines(*m_library, newsSite());
        if (const Result<void> written = Storage::writeOpmlFile(path, outlines); !written) {
            Q_EMIT message(tr("Could not export subscriptions: %1").arg(written.error().message), 6000);
            return;
        }
        Q_EMIT message(tr("Exported %n subscription(s) to %1", nullptr, int(outlines.size())).arg(path), 15000);
    });
}

} // namespace Newsdesk::Ui
