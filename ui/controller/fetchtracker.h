#pragma once

#include "net/fetchservice.h"
#include "net/fetchtypes.h"
#include "storage/library.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Newsdesk::Ui {

// The reader's requests to the fetch service and what becomes of them: each outcome turned into
// one message a person reads, said once, and taken back when its cause ends (online again, the
// retried fetch succeeded). The message is for the strip above the article; passing notes go to
// the status bar.
class FetchTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchTracker)

public:
    struct Message
    {
        enum class Cause { None, Offline, Failed };
        Cause cause = Cause::None;
        QString text;
        bool retryable = false;
        QUrl browse; // a web page the reader cannot show: offered to open in the browser
    };

    // The service belongs to the caller; null means fetching is not available.
    explicit FetchTracker(Net::FetchService *service, QObject *parent = nullptr);
    ~FetchTracker() override = default;

    Net::FetchService *service() const { return m_service; }
    bool isAvailable() const { return m_service != nullptr; }

    // Requests. `label` names the thing in messages ("简体中文", an article's title, a ticker).
    void fetchVariant(Storage::DocId doc, const QString &locale, const QString &label);
    bool isFetchingVariant(Storage::DocId doc, const QString &locale) const;
    void fetchNews(const QString &newsId, const QUrl &source, const QString &locale, const QString &label);
    void fetchUrl(const QUrl &url);
    // The page a feed excerpt was cut from: stored and reported like fetchUrl() when it is
    // markdown; a web page is said to be one, with the browser offered.
    void fetchFullArticle(const QUrl &url, const QString &label);
    // A ticker's latest news once: a subscription that was not there before is removed again.
    void fetchTickerNewsOnce(const QUrl &tickerNewsPage, const QString &ticker, bool subscribed);
    void subscribe(const QUrl &url, const QString &label);
    void unsubscribe(const QUrl &url);
    void refresh(const QList<QUrl> &urls = {});
    void makeOfflineCopy(Storage::DocId doc, const QString &label);
    // One image a page left out, for the document that shows it.
    void loadImage(Storage::DocId doc, const QUrl &source);

    Message message() const { return m_message; }
    void dismiss();
    // Sends the failed request again.
    void retry();

    // Words for a failed fetch: the cause once, in the interface language.
    static QString describe(const Error &error, const QString &what);

Q_SIGNALS:
    void variantStored(Newsdesk::Storage::DocId doc, const QString &locale);
    void variantMissing(Newsdesk::Storage::DocId doc, const QString &locale, const QString &reason);
    void newsStored(const QString &newsId, Newsdesk::Storage::DocId doc, const QString &locale);
    // An article fetched by URL (File → Open URL…) was stored.
    void urlStored(Newsdesk::Storage::DocId doc, const QString &locale);
    void offlineCopyStored(Newsdesk::Storage::DocId doc);
    // An image the user asked for is in the library: the document's page can show it.
    void imageStored(Newsdesk::Storage::DocId doc);
    void messageChanged();
    void status(const QString &text);
    void refreshProgress(int done, int total);
    void refreshFinished();
    void sourcesChanged();
    // Something new is in the library: lists and counts should be read again.
    void libraryChanged();

private:
    struct Pending
    {
        enum class Kind {
            Variant,
            News,
            Url,
            FullArticle,
            TickerNews,
            Subscribe,
            Unsubscribe,
            Refresh,
            OfflineCopy,
            Image
        };
        Kind kind = Kind::Variant;
        Storage::DocId doc = 0;
        QString value; // locale (Variant), news id (News)
        QString label;
        QUrl url;
        QList<QUrl> urls;
        bool temporary = false; // TickerNews: unsubscribe when done
        bool shown = false; // News/Url: an article was reported stored
    };
    void track(Net::RequestId id, const Pending &pending);
    void onStored(Net::RequestId id, Storage::DocId doc, const QString &locale);
    void onFailed(Net::RequestId id, const Error &error);
    void onFinished(Net::RequestId id, const Net::RequestOutcome &outcome);
    void setMessage(const Message &message, const Pending &retry);
    void clearMessage(Message::Cause cause);

    QPointer<Net::FetchService> m_service;
    QHash<Net::RequestId, Pending> m_pending;
    Message m_message;
    Pending m_retry;
};

} // namespace Newsdesk::Ui
