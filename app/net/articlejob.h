#pragma once

#include "core/article.h"
#include "core/articleref.h"
#include "net/fetcher.h"
#include "net/fetchtypes.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace Newsdesk::Storage {
class Library;
}

namespace Newsdesk::Net {

// Fetches one article by URL, parses it, stores it, then (when asked) its other locale variants:
// (every request for a listed item is made here: start() and fetchVariants()). When a feed or list
// page named the article, what it said fills what the document lacks (title, time); when the link
// answers with a web page instead of markdown and the feed said enough, the feed item itself is
// stored as the article (a feed excerpt).
// those not stored yet, or all of them when the article itself changed. Nothing is stored from a
// failed or partial answer, so a stored copy survives any failure unchanged. A variant that
// cannot be fetched is a warning: the article itself is stored.
class ArticleJob final : public QObject
{
    Q_OBJECT

public:
    ArticleJob(
        Fetcher &fetcher, Storage::Library &library, const QUrl &url, bool fetchVariants, QObject *parent = nullptr);
    ArticleJob(Fetcher &fetcher, Storage::Library &library, const Core::ArticleRef &listed, bool fetchVariants,
        QObject *parent = nullptr);
    ~ArticleJob() override;
    Q_DISABLE_COPY_MOVE(ArticleJob)

    // Whom the request is for (FetchRequest::origin); unset: the user's own request.
    void setOrigin(const std::optional<QUrl> &origin) { m_origin = origin; }
    // The document must be this one (a language version of a stored article): anything else is
    // refused, never stored.
    void setExpectedKey(const QString &key) { m_expectedKey = key; }
    // The validators of the stored copy's last full answer: the request is conditional, and a
    // 304 leaves the stored article as it is (action Unchanged).
    void setValidators(const QByteArray &etag, const QByteArray &lastModified)
    {
        m_etag = etag;
        m_lastModified = lastModified;
    }

    void start();
    void cancel();

    QUrl url() const { return m_url; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_ok; }
    const Error &error() const { return m_error; }
    // The article as stored (the first answer); empty key when it failed.
    const Core::Article &article() const { return m_article; }
    Storage::DocId docId() const { return m_docId; }
    Storage::StoreAction action() const { return m_action; }
    // The rules that matched the article as it arrived and asked for a notification.
    const QStringList &notifyRules() const { return m_notifyRules; }
    // Stored from the feed item because the link is not a markdown document.
    bool isFeedExcerpt() const { return m_feedExcerpt; }
    const QList<StoredArticle> &stored() const { return m_stored; }
    const QStringList &warnings() const { return m_warnings; }

Q_SIGNALS:
    void articleStored(const Newsdesk::Net::StoredArticle &stored);
    void finished();

private:
    void mainFetched(const Result<FetchedResource> &result);
    bool storeFeedExcerpt();
    void keepUnchanged();
    // What the listing feed said about the stored item: its GUID, the validators of `resource`.
    void rememberItem(const FetchedResource *resource);
    void variantFetched(const QString &locale, const QUrl &url, const Result<FetchedResource> &result);
    // Parses and stores one answer; the article as stored, or why not.
    Result<std::pair<Core::Article, Storage::StoreOutcome>> parseAndStore(const FetchedResource &resource);
    void fetchVariants();
    void finish(bool ok, const Error &error = {});
    void maybeFinish();

    Fetcher &m_fetcher;
    Storage::Library &m_library;
    QUrl m_url;
    Core::ArticleRef m_listed;
    bool m_feedExcerpt = false;
    std::optional<QUrl> m_origin;
    QString m_expectedKey;
    QByteArray m_etag;
    QByteArray m_lastModified;
    QUrl m_source; // where the article's bytes came from (after redirects)
    bool m_fetchVariants = true;
    QList<quint64> m_handles;
    int m_pendingVariants = 0;
    bool m_finished = false;
    bool m_ok = false;
    Error m_error;
    Core::Article m_article;
    Storage::DocId m_docId = 0;
    Storage::StoreAction m_action = Storage::StoreAction::Unchanged;
    QStringList m_notifyRules;
    QList<StoredArticle> m_stored;
    QStringList m_warnings;
};

// The parse warnings worth telling a person, prefixed with where they came from.
QStringList describeWarnings(const Core::Article &article, const QUrl &from);

} // namespace Newsdesk::Net
