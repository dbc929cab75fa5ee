#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QWidget;

namespace Newsdesk::Net {
class FetchService;
}
namespace Newsdesk::Storage {
class Library;
}

namespace Newsdesk::Ui {

class FetchTracker;
class Settings;
class TickerHeader;

// Subscriptions as the user manages them from the menus and the ticker view: subscribe to an
// address or to a ticker's news, fetch a ticker's latest news once, import and export OPML.
// What happened is a message for the status bar; the fetch tracker says when sources changed.
class SubscriptionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionActions)

public:
    SubscriptionActions(Storage::Library *library, Settings *settings, Net::FetchService *fetch, FetchTracker *tracker,
        QWidget *window);

    // Asks for an address (non-modal), then subscribes.
    void subscribe();
    void subscribeToTicker(const QString &ticker);
    // Once, from the site the ticker's articles came from; no subscription is added.
    void fetchLatestForTicker(const QString &ticker);
    void importOpml();
    void exportOpml();
    // The ticker view's Fetch Latest News and Subscribe ask here; a subscription shows on the
    // header at once, before its first fetch has finished.
    void serve(TickerHeader *header);

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);
    // OPML added subscriptions.
    void sourcesChanged();
    // Shown at once, before the first fetch of the ticker's news page has finished.
    void tickerSubscribed(const QString &ticker);

private:
    QUrl tickerNewsPage(const QString &ticker) const;
    QUrl newsSite() const;

    Storage::Library *m_library = nullptr;
    Settings *m_settings = nullptr;
    QPointer<Net::FetchService> m_fetch;
    FetchTracker *m_tracker = nullptr;
    QPointer<QWidget> m_window;
};

} // namespace Newsdesk::Ui
