#include "net/refreshjob.h"

#include "core/feeditem.h"
#include "core/links.h"
#include "core/listpageparser.h"
#include "net/articlejob.h"
#include "net/schedule.h"
#include "storage/itemlistings.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>

namespace Newsdesk::Net {

Q_LOGGING_CATEGORY(lcRefresh, "newsdesk.net.refresh", QtInfoMsg)

namespace {

bool isInterruption(const Error &error)
{
    return error.kind == Error::Kind::Offline || error.kind == Error::Kind::Cancelled;
}

} // namespace

// The list said the same about this article last time (its document's own time may differ from
// the listed one: that is no change, and fetching it again would repeat on every refresh).
bool RefreshJob::listedAsBefore(const QString &key, const Core::ArticleRef &ref) const
{
    const std::optional<Storage::DocId> doc = m_library.findDocument(key);
    if (!doc)
        return false;
    const Result<Core::Article> article = m_library.article(*doc);
    return article.ok() && Core::sameListing(article.value(), ref);
}

// An item whose GUID this feed listed before under another link is the same article: the stored
// document takes the new link's key (read state and bookmark kept) and is fetched once from there.
// Only within one site: a GUID never hands one site's article to another, and a document already
// stored under the new link wins.
bool RefreshJob::followGuid(const Core::ArticleRef &ref, const QString &key)
{
    if (ref.guid.isEmpty() || m_library.findDocument(key))
        return false;
    const QUrl feed = m_list.finalUrl.isValid() ? m_list.finalUrl : m_subscription.url;
    const std::optional<Storage::DocId> doc = m_library.itemListings().findByGuid(Core::siteOf(feed), ref.guid);
    if (!doc)
        return false;
    const Result<Core::Article> stored = m_library.article(*doc);
    if (!stored || !Core::sameSite(stored->url, ref.url)) {
        qCInfo(lcRefresh) << "not following GUID" << ref.guid << "to another site:" << ref.url;
        return false;
    }
    const Result<bool> moved = m_library.itemListings().moveToKey(*doc, key);
    if (!moved) {
        m_warnings.append(moved.error().message);
        return false;
    }
    if (*moved)
        qCDebug(lcRefresh) << "GUID" << ref.guid << "moved from" << stored->url << "to" << ref.url;
    return *moved;
}

RefreshJob::RefreshJob(Fetcher &fetcher, Storage::Library &library, Storage::SubscriptionStore &subscriptions,
    const Storage::Subscription &subscription, const FetchSettings &settings, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
    , m_library(library)
    , m_subscriptions(subscriptions)
    , m_subscription(subscription)
    , m_settings(settings)
{
    m_result.url = subscription.url;
}

RefreshJob::~RefreshJob()
{
    if (m_listHandle && !m_listDone)
        m_fetcher.cancel(m_listHandle);
}

void RefreshJob::start()
{
    FetchRequest request;
    request.url = m_subscription.url;
    request.expect = Expect::ListPage;
    request.ifNoneMatch = m_subscription.etag;
    request.ifModifiedSince = m_subscription.lastModified;
    m_listHandle
        = m_fetcher.fetch(request, this, [this](const Result<FetchedResource> &result) { listFetched(result); });
}

void RefreshJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_queue.clear();
    if (!m_listDone)
        m_fetcher.cancel(m_listHandle);
    const auto running = m_running;
    for (const QPointer<ArticleJob> &job : running) {
        if (job)
            job->cancel(); // articleDone follows for each
    }
}

void RefreshJob::fail(const Error &error)
{
    m_result.ok = false;
    m_result.error = error;
    finish();
}

void RefreshJob::listFetched(const Result<FetchedResource> &result)
{
    if (m_finished || m_listDone)
        return;
    m_listDone = true;
    Q_EMIT progressed();
    if (!result) {
        fail(result.error());
        return;
    }
    if (result->notModified) {
        m_result.notModified = true;
        finish();
        return;
    }
    m_list = *result;
    const Core::ListPage page = Core::parseAnyListPage(
        result->body, result->finalUrl.isValid() ? result->finalUrl : result->url, result->charset);
    // An empty page at a news-list address is a quiet day; anywhere else it is the wrong address.
    if (page.kind == Core::ListPage::Kind::Unknown && page.articles.isEmpty()
        && m_subscription.kind == Storage::Subscription::Kind::Feed) {
        fail(Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate(
                "Newsdesk::Net::RefreshJob", "the answer is not a news list or feed (no articles found in it)")));
        return;
    }
    m_listTitle = page.title;
    for (const QString &warning : page.warnings)
        m_warnings.append(m_subscription.url.toDisplayString() + u": " + warning);
    // Damaged text is stored as far as it goes, and the source's status says what was lost.
    if (!page.errors.isEmpty()) {
        m_result.ok = false;
        m_result.error = Error::make(Error::Kind::InvalidInput, page.errors.join(u"; "));
    }

    QSet<QString> seen;
    for (const Core::ArticleRef &ref : page.articles) {
        const QString key = Core::documentKeyForUrl(ref.url);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        ++m_result.listed;
        if (followGuid(ref, key)) {
            m_queue.append({ref, true});
            continue;
        }
        const std::optional<QDateTime> stored = m_library.storedPublished(key);
        if (!stored) {
            m_queue.append({ref, false});
        } else if (ref.published.isValid()
            && (!stored->isValid() || stored->toMSecsSinceEpoch() != ref.published.toMSecsSinceEpoch())
            && !listedAsBefore(key, ref)) {
            m_queue.append({ref, true});
        }
    }
    qCDebug(lcRefresh) << m_subscription.url << "lists" << m_result.listed << "articles," << m_queue.size()
                       << "to fetch";
    Q_EMIT progressed();
    pump();
    if (m_running.isEmpty())
        finish();
}

void RefreshJob::pump()
{
    const int window = std::max(2, m_settings.maxRequestsPerHost * 2);
    while (!m_cancelled && m_running.size() < window && !m_queue.isEmpty()) {
        const auto [ref, wasStored] = m_queue.takeFirst();
        auto *job = new ArticleJob(m_fetcher, m_library, ref, m_settings.fetchVariants, this);
        // Items are fetched for the list: internal addresses only on the list's own host.
        job->setOrigin(m_list.finalUrl.isValid() ? m_list.finalUrl : m_subscription.url);
        if (wasStored) {
            if (const std::optional<Storage::DocId> doc = m_library.findDocument(Core::documentKeyForUrl(ref.url))) {
                const Storage::ItemListings::Validators validators = m_library.itemListings().validators(*doc);
                job->setValidators(validators.etag, validators.lastModified);
            }
        }
        m_wasStored.insert(job, wasStored);
        m_running.append(job);
        connect(job, &ArticleJob::articleStored, this, &RefreshJob::articleStored);
        connect(job, &ArticleJob::finished, this, [this, job] { articleDone(job); });
        job->start();
    }
}

NewArticle RefreshJob::describe(const ArticleJob &job) const
{
    const Core::Article &article = job.article();
    NewArticle item;
    item.docId = job.docId();
    item.key = article.key;
    item.locale = article.locale;
    item.title = article.title;
    item.url = article.url.isValid() ? article.url : job.url();
    item.published = article.published;
    item.subscription = m_subscription.url;
    item.notifyRules = job.notifyRules();
    for (const Core::RelatedStock &stock : article.relatedStocks)
        item.tickers.append(stock.ticker);
    for (const QString &mention : article.mentions) {
        if (!item.tickers.contains(mention))
            item.tickers.append(mention);
    }
    for (const QString &ticker : std::as_const(item.tickers)) {
        if (m_library.isWatched(ticker)) {
            item.watchlisted = true;
            break;
        }
    }
    return item;
}

void RefreshJob::articleDone(ArticleJob *job)
{
    m_running.removeAll(job);
    const bool wasStored = m_wasStored.take(job);
    ++m_done;
    if (job->ok()) {
        ++m_result.fetched;
        NewArticle item = describe(*job);
        item.updated = wasStored && job->action() != Storage::StoreAction::Inserted;
        if (job->action() != Storage::StoreAction::Unchanged || !wasStored) {
            if (item.updated)
                ++m_result.updatedCount;
            else
                ++m_result.newCount;
            m_new.append(item);
        }
        m_stored += job->stored();
        m_warnings += job->warnings();
    } else {
        m_result.failures.append(job->url().toDisplayString() + u": " + job->error().message);
        if (m_result.ok || isInterruption(m_result.error)) {
            m_result.ok = false;
            m_result.error = job->error();
        }
    }
    job->deleteLater();
    Q_EMIT progressed();
    pump();
    if (m_running.isEmpty() && m_queue.isEmpty() && m_listDone)
        finish();
}

void RefreshJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_cancelled && m_result.ok) {
        m_result.ok = false;
        m_result.error = Error::make(
            Error::Kind::Cancelled, QCoreApplication::translate("Newsdesk::Net::RefreshJob", "cancelled"));
    }
    if (m_result.ok) {
        std::optional<Storage::SubscriptionStore::Validators> validators;
        if (!m_result.notModified)
            validators = Storage::SubscriptionStore::Validators{m_list.etag, m_list.lastModified};
        if (Result<void> recorded = m_subscriptions.recordSuccess(m_subscription.id, now,
                nextAttemptAfter(now, m_subscription.intervalSeconds, 0), m_listTitle, validators);
            !recorded) {
            m_warnings.append(recorded.error().message);
        }
    } else if (!isInterruption(m_result.error)) {
        QString message = m_result.error.message;
        if (!m_result.failures.isEmpty()) {
            message = QCoreApplication::translate(
                "Newsdesk::Net::RefreshJob", "%1 of %2 articles could not be fetched; first: %3")
                          .arg(m_result.failures.size())
                          .arg(m_result.failures.size() + m_result.fetched)
                          .arg(m_result.failures.constFirst());
            m_result.error.message = message;
        }
        const int failures = m_subscription.consecutiveFailures + 1;
        if (Result<void> recorded = m_subscriptions.recordFailure(
                m_subscription.id, now, nextAttemptAfter(now, m_subscription.intervalSeconds, failures), message);
            !recorded) {
            m_warnings.append(recorded.error().message);
        }
    }
    if (!m_result.ok)
        qCInfo(lcRefresh).noquote() << m_subscription.url.toDisplayString() << m_result.error.message;
    Q_EMIT finished();
}

} // namespace Newsdesk::Net
