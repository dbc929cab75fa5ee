#include "controller/fetchtracker.h"

#include "net/fetchservice.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFetchTracker, "newsdesk.ui.fetchtracker")

namespace Newsdesk::Ui {

FetchTracker::FetchTracker(Net::FetchService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    if (!m_service)
        return;
    connect(m_service, &Net::FetchService::articleStored, this, &FetchTracker::onStored);
    connect(m_service, &Net::FetchService::requestFailed, this, &FetchTracker::onFailed);
    connect(m_service, &Net::FetchService::requestFinished, this, &FetchTracker::onFinished);
    connect(m_service, &Net::FetchService::refreshProgress, this,
        [this](Net::RequestId, int done, int total) { Q_EMIT refreshProgress(done, total); });
    connect(m_service, &Net::FetchService::subscriptionChanged, this, [this] { Q_EMIT sourcesChanged(); });
    connect(m_service, &Net::FetchService::newArticles, this, [this] { Q_EMIT libraryChanged(); });
    connect(m_service, &Net::FetchService::offlineChanged, this, [this](bool offline) {
        Q_EMIT status(offline ? tr("Offline: nothing is fetched until the network is back") : tr("Online again"));
        if (!offline)
            clearMessage(Message::Cause::Offline);
    });
}

QString FetchTracker::describe(const Error &error, const QString &what)
{
    switch (error.kind) {
    case Error::Kind::Offline:
        return tr("%1 is not stored, and Newsdesk is offline.").arg(what);
    case Error::Kind::Timeout:
        return tr("%1 could not be fetched: the server did not answer in time.").arg(what);
    case Error::Kind::NotMarkdown:
        return tr("%1 could not be fetched: the server did not send an article.").arg(what);
    case Error::Kind::Cancelled:
        return tr("Fetching %1 was cancelled.").arg(what);
    default:
        // The error's own words already name the cause ("the server answered HTTP 404 (Not Found)").
        return tr("%1 could not be fetched: %2").arg(what, error.message);
    }
}

void FetchTracker::track(Net::RequestId id, const Pending &pending)
{
    m_pending.insert(id, pending);
}

void FetchTracker::fetchVariant(Storage::DocId doc, const QString &locale, const QString &label)
{
    if (!m_service || isFetchingVariant(doc, locale))
        return;
    track(m_service->fetchVariant(doc, locale), {Pending::Kind::Variant, doc, locale, label, {}, {}, false, false});
}

bool FetchTracker::isFetchingVariant(Storage::DocId doc, const QString &locale) const
{
    for (const Pending &p : m_pending) {
        if (p.kind == Pending::Kind::Variant && p.doc == doc && p.value == locale)
            return true;
    }
    return false;
}

void FetchTracker::fetchNews(const QString &newsId, const QUrl &source, const QString &locale, const QString &label)
{
    if (!m_service)
        return;
    const Net::RequestId id = source.isValid() ? m_service->fetchArticle(source) : m_service->fetchNews(newsId, locale);
    track(id, {Pending::Kind::News, 0, newsId, label, source, {}, false, false});
}

void FetchTracker::fetchUrl(const QUrl &url)
{
    if (!m_service)
        return;
    track(m_service->fetchArticle(url), {Pending::Kind::Url, 0, {}, url.toDisplayString(), url, {}, false, false});
    Q_EMIT status(tr("Fetching %1…").arg(url.toDisplayString()));
}

void FetchTracker::fetchFullArticle(const QUrl &url, const QString &label)
{
    if (!m_service)
        return;
    track(m_service->fetchArticle(url), {Pending::Kind::FullArticle, 0, {}, label, url, {}, false, false});
}

void FetchTracker::fetchTickerNewsOnce(const QUrl &page, const QString &ticker, bool subscribed)
{
    if (!m_service)
        return;
    const Net::RequestId id = subscribed ? m_service->refresh({page}) : m_service->subscribe(page);
    track(id, {Pending::Kind::TickerNews, 0, {}, ticker, page, {}, !subscribed, false});
    Q_EMIT status(tr("Fetching the latest news on %1…").arg(ticker));
}

void FetchTracker::subscribe(const QUrl &url, const QString &label)
{
    if (!m_service)
        return;
    track(m_service->subscribe(url), {Pending::Kind::Subscribe, 0, {}, label, url, {}, false, false});
}

void FetchTracker::unsubscribe(const QUrl &url)
{
    if (!m_service)
        return;
    track(
        m_service->unsubscribe(url), {Pending::Kind::Unsubscribe, 0, {}, url.toDisplayString(), url, {}, false, false});
}

void FetchTracker::refresh(const QList<QUrl> &urls)
{
    if (!m_service)
        return;
    const QString label = urls.size() == 1 ? urls.first().toDisplayString() : tr("Refresh");
    track(m_service->refresh(urls), {Pending::Kind::Refresh, 0, {}, label, {}, urls, false, false});
}

void FetchTracker::makeOfflineCopy(Storage::DocId doc, const QString &label)
{
    if (!m_service)
        return;
    track(m_service->makeOfflineCopy(doc), {Pending::Kind::OfflineCopy, doc, {}, label, {}, {}, false, false});
}

void FetchTracker::loadImage(Storage::DocId doc, const QUrl &source)
{
    if (!m_service)
        return;
    const QString label = tr("the image from %1").arg(source.host());
    Q_EMIT status(tr("Loading %1…").arg(label));
    track(m_service->loadImage(source, doc), {Pending::Kind::Image, doc, {}, label, source, {}, false, false});
}

void FetchTracker::onStored(Net::RequestId id, Storage::DocId doc, const QString &locale)
{
    Q_EMIT libraryChanged();
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    switch (it->kind) {
    case Pending::Kind::Variant:
        if (it->doc == doc && Core::normalizeLocale(locale) == it->value)
            Q_EMIT variantStored(doc, it->value);
        break;
    case Pending::Kind::News:
        if (!std::exchange(it->shown, true))
            Q_EMIT newsStored(it->value, doc, locale);
        break;
    case Pending::Kind::Url:
    case Pending::Kind::FullArticle:
        if (!std::exchange(it->shown, true))
            Q_EMIT urlStored(doc, locale);
        break;
    default:
        break;
    }
}

void FetchTracker::onFailed(Net::RequestId id, const Error &error)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return;
    const Pending pending = *it;
    qCInfo(lcFetchTracker) << "request failed:" << pending.label << error.message;
    const Message::Cause cause = error.kind == Error::Kind::Offline ? Message::Cause::Offline : Message::Cause::Failed;
    switch (pending.kind) {
    case Pending::Kind::Variant:
        if (error.kind == Error::Kind::HttpStatus || error.kind == Error::Kind::NotFound)
            Q_EMIT variantMissing(pending.doc, pending.value, error.message);
        setMessage({cause, describe(error, pending.label), error.kind != Error::Kind::Cancelled, {}}, pending);
        break;
    case Pending::Kind::FullArticle:
        if (error.kind == Error::Kind::NotMarkdown) {
            setMessage(
                {cause,
                    tr("“%1” is a web page, and Newsdesk shows only markdown documents: open it in your browser to "
                       "read the whole article.")
                        .arg(pending.label),
                    false, pending.url},
                {});
            break;
        }
        [[fallthrough]]; // any other failure reads as a news article's does
    case Pending::Kind::News:
        setMessage(
            {cause, describe(error, u"“" + pending.label + u"”"), error.kind != Error::Kind::Cancelled, {}}, pending);
        break;
    case Pending::Kind::Url:
    case Pending::Kind::TickerNews:
    case Pending::Kind::Subscribe:
    case Pending::Kind::Unsubscribe:
    case Pending::Kind::Refresh:
    case Pending::Kind::OfflineCopy:
    case Pending::Kind::Image:
        Q_EMIT status(describe(error, pending.label));
        break;
    }
}

void FetchTracker::onFinished(Net::RequestId id, const Net::RequestOutcome &outcome)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    const int fresh = int(outcome.newArticles.size());
    switch (pending.kind) {
    case Pending::Kind::Refresh: {
        // Per source: one failing source does not hide another's success.
        QStringList failed;
        for (const Net::SubscriptionResult &s : outcome.subscriptions) {
            if (!s.ok)
                failed.append(s.url.host() + s.url.path());
        }
        QString text = tr("Refreshed: %n new article(s)", nullptr, fresh);
        if (!failed.isEmpty())
            text += u"; " + tr("%n source(s) failed: %1", nullptr, int(failed.size())).arg(failed.join(u", "));
        Q_EMIT status(text);
        Q_EMIT refreshFinished();
        Q_EMIT sourcesChanged();
        break;
    }
    case Pending::Kind::TickerNews:
        if (outcome.ok)
            Q_EMIT status(tr("%1: %n new article(s)", nullptr, fresh).arg(pending.label));
        if (pending.temporary)
            unsubscribe(pending.url);
        Q_EMIT sourcesChanged();
        break;
    case Pending::Kind::Subscribe:
        if (outcome.ok)
            Q_EMIT status(tr("%1: %n new article(s)", nullptr, fresh).arg(pending.label));
        Q_EMIT sourcesChanged();
        break;
    case Pending::Kind::Unsubscribe:
        Q_EMIT sourcesChanged();
        break;
    case Pending::Kind::OfflineCopy:
        if (outcome.ok) {
            Q_EMIT status(tr("Stored for offline reading: %1").arg(pending.label));
            Q_EMIT offlineCopyStored(pending.doc);
        }
        break;
    case Pending::Kind::Image:
        // Refused (too many pixels) is a warning on an outcome that is otherwise fine.
        if (!outcome.warnings.isEmpty())
            Q_EMIT status(outcome.warnings.constFirst());
        else if (outcome.ok)
            Q_EMIT imageStored(pending.doc);
        break;
    case Pending::Kind::Variant:
    case Pending::Kind::News:
    case Pending::Kind::Url:
    case Pending::Kind::FullArticle:
        if (outcome.ok) {
            clearMessage(Message::Cause::Failed);
            clearMessage(Message::Cause::Offline);
            if (!pending.shown && pending.kind != Pending::Kind::Variant)
                setMessage({Message::Cause::Failed, tr("%1 could not be found.").arg(pending.label), false, {}}, {});
        }
        break;
    }
    Q_EMIT libraryChanged();
}

void FetchTracker::setMessage(const Message &message, const Pending &retry)
{
    m_message = message;
    m_retry = retry;
    Q_EMIT messageChanged();
}

void FetchTracker::clearMessage(Message::Cause cause)
{
    if (m_message.cause != cause)
        return;
    dismiss();
}

void FetchTracker::dismiss()
{
    if (m_message.cause == Message::Cause::None)
        return;
    m_message = {};
    Q_EMIT messageChanged();
}

void FetchTracker::retry()
{
    if (!m_message.retryable)
        return;
    const Pending again = m_retry;
    dismiss();
    switch (again.kind) {
    case Pending::Kind::Variant:
        fetchVariant(again.doc, again.value, again.label);
        break;
    case Pending::Kind::News:
        fetchNews(again.value, again.url, {}, again.label);
        break;
    case Pending::Kind::FullArticle:
        fetchFullArticle(again.url, again.label);
        break;
    default:
        break;
    }
}

} // namespace Newsdesk::Ui
