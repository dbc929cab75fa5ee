#include "net/articlejob.h"

#include "core/articleparser.h"
#include "core/feeditem.h"
#include "core/links.h"
#include "storage/itemlistings.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace Newsdesk::Net {

Q_LOGGING_CATEGORY(lcArticleJob, "newsdesk.net.article", QtInfoMsg)

QStringList describeWarnings(const Core::Article &article, const QUrl &from)
{
    QStringList out;
    for (const QString &warning : article.warnings)
        out.append(from.toDisplayString() + u": " + warning);
    return out;
}

ArticleJob::ArticleJob(
    Fetcher &fetcher, Storage::Library &library, const QUrl &url, bool fetchVariants, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
    , m_library(library)
    , m_url(url)
    , m_fetchVariants(fetchVariants)
{
}

ArticleJob::ArticleJob(
    Fetcher &fetcher, Storage::Library &library, const Core::ArticleRef &listed, bool fetchVariants, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
    , m_library(library)
    , m_url(listed.url)
    , m_listed(listed)
    , m_fetchVariants(fetchVariants)
{
}

ArticleJob::~ArticleJob()
{
    for (const quint64 handle : std::as_const(m_handles))
        m_fetcher.cancel(handle);
}

void ArticleJob::start()
{
    FetchRequest request;
    request.url = m_url;
    request.expect = Expect::Markdown;
    request.origin = m_origin;
    request.ifNoneMatch = m_etag;
    request.ifModifiedSince = m_lastModified;
    m_handles.append(
        m_fetcher.fetch(request, this, [this](const Result<FetchedResource> &result) { mainFetched(result); }));
}

void ArticleJob::cancel()
{
    if (m_finished)
        return;
    for (const quint64 handle : std::as_const(m_handles))
        m_fetcher.cancel(handle);
    m_handles.clear();
    finish(false,
        Error::make(Error::Kind::Cancelled, QCoreApplication::translate("Newsdesk::Net::ArticleJob", "cancelled")));
}

Result<std::pair<Core::Article, Storage::StoreOutcome>> ArticleJob::parseAndStore(const FetchedResource &resource)
{
    if (resource.body.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate("Newsdesk::Net::ArticleJob", "the server sent an empty document"));
    Core::ParseOptions options;
    options.sourceUrl = resource.finalUrl.isValid() ? resource.finalUrl : resource.url;
    options.listedTitle = m_listed.title;
    options.listedPublished = m_listed.published;
    Core::Article article = Core::parseArticle(resource.body, options);
    Core::rememberListing(article, m_listed);
    if (article.title.trimmed().isEmpty() && article.body.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate(
                "Newsdesk::Net::ArticleJob", "the answer holds no article (no title and no text)"));
    if (article.key.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate(
                "Newsdesk::Net::ArticleJob", "the article has no URL or news id to store it under"));
    if (!m_expectedKey.isEmpty() && article.key != m_expectedKey)
        return Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate(
                "Newsdesk::Net::ArticleJob", "the answer is a different article (%1), not a version of %2; not stored")
                .arg(article.key, m_expectedKey));
    Result<Storage::StoreOutcome> outcome = m_library.store(article);
    if (!outcome)
        return outcome.error();
    if (Result<void> recorded = m_library.setOrigin(outcome->docId, options.sourceUrl); !recorded)
        qCWarning(lcArticleJob).noquote() << recorded.error().message;
    return std::pair{std::move(article), outcome.value()};
}

void ArticleJob::mainFetched(const Result<FetchedResource> &result)
{
    if (m_finished)
        return;
    m_handles.clear();
    if (!result) {
        if (result.error().kind == Error::Kind::NotMarkdown && storeFeedExcerpt())
            return;
        finish(false, result.error());
        return;
    }
    if (result->notModified) {
        keepUnchanged();
        return;
    }
    auto stored = parseAndStore(*result);
    if (!stored) {
        finish(false, stored.error());
        return;
    }
    m_source = result->finalUrl.isValid() ? result->finalUrl : result->url;
    m_article = std::move(stored->first);
    m_docId = stored->second.docId;
    m_action = stored->second.action;
    m_notifyRules = stored->second.notify;
    m_warnings += describeWarnings(m_article, result->url);
    rememberItem(&result.value());
    const StoredArticle entry{m_docId, m_article.key, m_article.locale, m_action};
    m_stored.append(entry);
    qCDebug(lcArticleJob) << "stored" << m_article.key << m_article.locale << int(m_action);
    Q_EMIT articleStored(entry);
    if (m_fetchVariants)
        fetchVariants();
    maybeFinish();
}

bool ArticleJob::storeFeedExcerpt()
{
    if (m_listed.url.isEmpty() || (m_listed.title.trimmed().isEmpty() && m_listed.content.trimmed().isEmpty()))
        return false;
    Core::Article article = Core::articleFromFeedItem(m_listed);
    if (article.key.isEmpty())
        return false;
    // The excerpt's words are the feed's: under another site's address they may start a document
    // but never replace one, and never name a primary-site article.
    const QUrl feed = m_origin.value_or(m_listed.url);
    if (!Core::sameSite(m_listed.url, feed)
        && (Core::isPrimaryNewsHost(m_listed.url.host()) || m_library.findDocument(article.key))) {
        qCInfo(lcArticleJob) << "not storing" << feed << "'s excerpt over" << article.key << "of another site";
        return false;
    }
    Result<Storage::StoreOutcome> outcome = m_library.store(article);
    if (!outcome) {
        finish(false, outcome.error());
        return true;
    }
    m_article = std::move(article);
    m_docId = outcome->docId;
    m_action = outcome->action;
    m_notifyRules = outcome->notify;
    m_feedExcerpt = true;
    if (Result<void> recorded = m_library.setOrigin(m_docId, feed); !recorded)
        qCWarning(lcArticleJob).noquote() << recorded.error().message;
    rememberItem(nullptr);
    const StoredArticle entry{m_docId, m_article.key, m_article.locale, m_action};
    m_stored.append(entry);
    qCDebug(lcArticleJob) << "stored the feed's excerpt of" << m_article.key;
    Q_EMIT articleStored(entry);
    finish(true);
    return true;
}

void ArticleJob::keepUnchanged()
{
    const std::optional<Storage::DocId> doc = m_library.findDocument(Core::documentKeyForUrl(m_url));
    if (!doc) {
        finish(false,
            Error::make(Error::Kind::InvalidInput,
                QCoreApplication::translate("Newsdesk::Net::ArticleJob",
                    "the server says the document is unchanged, but no copy of it is stored")));
        return;
    }
    Result<Core::Article> article = m_library.article(*doc);
    if (!article) {
        finish(false, article.error());
        return;
    }
    m_article = std::move(article.value());
    // The listing's new time is remembered with the stored copy, so the next refresh does not ask.
    Core::rememberListing(m_article, m_listed);
    Result<Storage::StoreOutcome> outcome = m_library.store(m_article);
    if (!outcome) {
        finish(false, outcome.error());
        return;
    }
    m_docId = outcome->docId;
    m_action = Storage::StoreAction::Unchanged;
    rememberItem(nullptr);
    qCDebug(lcArticleJob) << m_article.key << "is unchanged (304)";
    finish(true);
}

void ArticleJob::rememberItem(const FetchedResource *resource)
{
    Storage::ItemListings &listings = m_library.itemListings();
    if (m_origin && !m_listed.guid.isEmpty()) {
        if (Result<void> done = listings.rememberGuid(m_docId, Core::siteOf(*m_origin), m_listed.guid); !done)
            qCWarning(lcArticleJob).noquote() << done.error().message;
    }
    if (resource) {
        if (Result<void> done = listings.rememberValidators(m_docId, {resource->etag, resource->lastModified}); !done)
            qCWarning(lcArticleJob).noquote() << done.error().message;
    }
}

void ArticleJob::fetchVariants()
{
    // A changed article refreshes every variant; otherwise only the missing ones are fetched.
    const QStringList storedLocales = m_library.storedLocales(m_docId);
    for (const Core::LocaleVariant &variant : std::as_const(m_article.variants)) {
        const QString locale = Core::normalizeLocale(variant.locale);
        if (locale == m_article.locale || !variant.url.isValid())
            continue;
        if (storedLocales.contains(locale) && m_action != Storage::StoreAction::Updated)
            continue;
        if (!Core::sameSite(variant.url, m_article.url)) {
            m_warnings.append(QCoreApplication::translate(
                "Newsdesk::Net::ArticleJob", "the %1 version (%2) is on another site than the article; not fetched")
                                  .arg(Core::localeNativeName(locale), variant.url.toDisplayString()));
            continue;
        }
        ++m_pendingVariants;
        FetchRequest request;
        request.url = variant.url;
        request.origin = m_source;
        const QUrl url = variant.url;
        m_handles.append(m_fetcher.fetch(request, this,
            [this, locale, url](const Result<FetchedResource> &result) { variantFetched(locale, url, result); }));
    }
}

void ArticleJob::variantFetched(const QString &locale, const QUrl &url, const Result<FetchedResource> &result)
{
    if (m_finished)
        return;
    --m_pendingVariants;
    const QString label = Core::localeNativeName(locale);
    if (!result) {
        m_warnings.append(
            QCoreApplication::translate("Newsdesk::Net::ArticleJob", "the %1 version (%2) could not be fetched: %3")
                .arg(label, url.toDisplayString(), result.error().message));
    } else {
        Core::ParseOptions options;
        options.sourceUrl = result->finalUrl.isValid() ? result->finalUrl : result->url;
        const Core::Article variant = Core::parseArticle(result->body, options);
        if (result->body.trimmed().isEmpty()) {
            m_warnings.append(
                QCoreApplication::translate("Newsdesk::Net::ArticleJob", "the %1 version (%2) is empty; not stored")
                    .arg(label, url.toDisplayString()));
        } else if (variant.key != m_article.key) {
            m_warnings.append(QCoreApplication::translate(
                "Newsdesk::Net::ArticleJob", "the %1 version (%2) is a different article (%3); not stored")
                                  .arg(label, url.toDisplayString(), variant.key));
        } else if (variant.title.trimmed().isEmpty() && variant.body.trimmed().isEmpty()) {
            m_warnings.append(QCoreApplication::translate(
                "Newsdesk::Net::ArticleJob", "the %1 version (%2) holds no article; not stored")
                                  .arg(label, url.toDisplayString()));
        } else if (Result<Storage::StoreOutcome> outcome = m_library.store(variant); !outcome) {
            m_warnings.append(
                QCoreApplication::translate("Newsdesk::Net::ArticleJob", "the %1 version could not be stored: %2")
                    .arg(label, outcome.error().message));
        } else {
            m_warnings += describeWarnings(variant, result->url);
            const StoredArticle entry{outcome->docId, variant.key, variant.locale, outcome->action};
            m_stored.append(entry);
            Q_EMIT articleStored(entry);
        }
    }
    maybeFinish();
}

void ArticleJob::maybeFinish()
{
    if (m_pendingVariants == 0 && !m_finished)
        finish(true);
}

void ArticleJob::finish(bool ok, const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_ok = ok;
    m_error = error;
    if (!ok)
        qCInfo(lcArticleJob).noquote() << m_url.toDisplayString() << error.message;
    Q_EMIT finished();
}

} // namespace Newsdesk::Net
