#pragma once

#include "core/articleref.h"
#include "net/fetcher.h"
#include "net/fetchtypes.h"
#include "storage/subscriptionstore.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Newsdesk::Storage {
class Library;
}

namespace Newsdesk::Net {

class ArticleJob;

// Refreshes one subscription: fetches its list page or feed (conditionally: 304 means nothing
// new), then each listed article the library lacks (by news id / document key) or whose listed
// datetime changed since the list last named it, a few at a time. Records the outcome and the next attempt in the
// store: the validators of a 200 answer only once every article it needed is stored (so a failed article is tried again
// next time), back-off after a failure. Offline and cancelled refreshes are not failures of the subscription and leave
// it untouched.
class RefreshJob final : public QObject
{
    Q_OBJECT

public:
    RefreshJob(Fetcher &fetcher, Storage::Library &library, Storage::SubscriptionStore &subscriptions,
        const Storage::Subscription &subscription, const FetchSettings &settings, QObject *parent = nullptr);
    ~RefreshJob() override;
    Q_DISABLE_COPY_MOVE(RefreshJob)

    void start();
    void cancel();

    const Storage::Subscription &subscription() const { return m_subscription; }
    bool isFinished() const { return m_finished; }
    const SubscriptionResult &result() const { return m_result; }
    const QList<NewArticle> &newArticles() const { return m_new; }
    const QList<StoredArticle> &stored() const { return m_stored; }
    const QStringList &warnings() const { return m_warnings; }
    // Work known so far, for progress: the list, plus each article to fetch.
    int total() const { return 1 + int(m_queue.size() + m_done + m_running.size()); }
    int done() const { return (m_listDone ? 1 : 0) + m_done; }

Q_SIGNALS:
    void progressed();
    void articleStored(const Newsdesk::Net::StoredArticle &stored);
    void finished();

private:
    void listFetched(const Result<FetchedResource> &result);
    void pump();
    void articleDone(ArticleJob *job);
    void finish();
    void fail(const Error &error);
    NewArticle describe(const ArticleJob &job) const;
    bool listedAsBefore(const QString &key, const Core::ArticleRef &ref) const;
    bool followGuid(const Core::ArticleRef &ref, const QString &key);

    Fetcher &m_fetcher;
    Storage::Library &m_library;
    Storage::SubscriptionStore &m_subscriptions;
    Storage::Subscription m_subscription;
    FetchSettings m_settings;
    quint64 m_listHandle = 0;
    bool m_listDone = false;
    bool m_finished = false;
    bool m_cancelled = false;
    FetchedResource m_list;
    QString m_listTitle;
    QList<std::pair<Core::ArticleRef, bool>> m_queue; // as listed, already stored (changed datetime)
    QList<QPointer<ArticleJob>> m_running;
    QHash<ArticleJob *, bool> m_wasStored;
    int m_done = 0;
    SubscriptionResult m_result;
    QList<NewArticle> m_new;
    QList<StoredArticle> m_stored;
    QStringList m_warnings;
};

} // namespace Newsdesk::Net
