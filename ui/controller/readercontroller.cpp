#include "controller/readercontroller.h"

#include "controller/fetchtracker.h"
#include "controller/readdelay.h"
#include "core/feeditem.h"
#include "storage/labelstore.h"
#include "storage/relatednews.h"
#include "storage/savedsearches.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <memory>

Q_LOGGING_CATEGORY(lcReaderController, "newsdesk.ui.controller")

namespace Newsdesk::Ui {

ReaderController::ReaderController(Storage::Library *library, FetchTracker *fetch, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_fetch(fetch)
    , m_delay(std::make_unique<TimerReadDelay>())
{
    if (!m_fetch)
        return;
    connect(m_fetch, &FetchTracker::variantStored, this, &ReaderController::onVariantStored);
    connect(m_fetch, &FetchTracker::newsStored, this, &ReaderController::onNewsStored);
    connect(m_fetch, &FetchTracker::variantMissing, this, &ReaderController::onVariantMissing);
    connect(m_fetch, &FetchTracker::urlStored, this, [this](Storage::DocId doc, const QString &locale) {
        revealInView(doc);
        open(doc, locale, Reason::Explicit);
    });
    connect(m_fetch, &FetchTracker::messageChanged, this, [this] {
        const FetchTracker::Message m = m_fetch->message();
        if (m.cause != FetchTracker::Message::Cause::None)
            Q_EMIT fetchFailed(m.text);
    });
}

ReaderController::~ReaderController() = default;

void ReaderController::setReadDelay(std::unique_ptr<ReadDelay> delay)
{
    if (m_delay)
        m_delay->stop();
    m_delay = std::move(delay);
}

void ReaderController::setView(const SidebarEntry &entry)
{
    if (entry != m_view) {
        m_tickerRole = -1;
        m_tickerLocale.clear();
    }
    m_view = entry;
    Q_EMIT viewChanged(m_view);
    Q_EMIT filterChanged();
}

void ReaderController::setSearch(const QString &text, SearchInput input)
{
    const bool typing = input == SearchInput::Typing;
    // Trailing space ends the word being typed: kept while typing, so it is no longer a prefix.
    const QString kept = typing ? QString(text).remove(QRegularExpression(QStringLiteral("^\\s+"))) : text.trimmed();
    const bool stillTyping = typing && !kept.trimmed().isEmpty();
    if (kept == m_search && stillTyping == m_typing)
        return;
    m_search = kept;
    m_typing = stillTyping;
    Q_EMIT filterChanged();
}

void ReaderController::setTickerListFilter(int role, const QString &locale)
{
    if (role == m_tickerRole && locale == m_tickerLocale)
        return;
    m_tickerRole = role;
    m_tickerLocale = locale;
    Q_EMIT filterChanged();
}

Storage::ListFilter ReaderController::filter() const
{
    QStringList watchlist;
    if (m_view.kind == SidebarEntry::Kind::Watchlist && m_library->isOpen()) {
        const QList<Storage::WatchItem> items = m_library->watchlist();
        for (const Storage::WatchItem &w : items)
            watchlist.append(w.ticker);
    }
    Storage::ListFilter f = m_view.filter(watchlist, savedQuery());
    // In a saved search, what is typed narrows it further (typed words last: the last one is
    // the prefix while typing).
    f.search = f.search.isEmpty() ? m_search : m_search.isEmpty() ? f.search : f.search + u' ' + m_search;
    f.typing = m_typing;
    if (m_view.kind == SidebarEntry::Kind::Ticker || m_view.kind == SidebarEntry::Kind::Watchlist) {
        f.tickerRole = m_tickerRole; // of any watched ticker, in the watchlist
        f.locale = m_tickerLocale;
    }
    return f;
}

QString ReaderController::savedQuery() const
{
    if (m_view.kind != SidebarEntry::Kind::Saved || !m_library->isOpen())
        return {};
    const std::optional<Storage::SavedSearch> saved = m_library->savedSearches().find(m_view.value.toLongLong());
    return saved ? saved->query : QString();
}

QString ReaderController::currentQuery() const
{
    const QString view = m_view.asQuery(savedQuery());
    const QString typed = m_search.trimmed();
    return view.isEmpty() ? typed : typed.isEmpty() ? view : view + u' ' + typed;
}

bool ReaderController::open(Storage::DocId doc, const QString &locale, Reason reason)
{
    return show(doc, locale, reason);
}

bool ReaderController::openByKey(const QString &key, const QString &locale, Reason reason)
{
    const auto doc = m_library->findDocument(key);
    return doc && open(*doc, locale, reason);
}

bool ReaderController::show(Storage::DocId doc, const QString &locale, Reason reason)
{
    Result<Core::Article> article = m_library->article(doc, locale, m_preferredLocale);
    if (!article && !locale.isEmpty())
        article = m_library->article(doc, {}, m_preferredLocale);
    if (!article) {
        qCWarning(lcReaderController) << "cannot open document" << doc << article.error().message;
        Q_EMIT message(tr("Could not open the article: %1").arg(article.error().message));
        return false;
    }
    const bool sameDocument = m_doc == doc;
    m_doc = doc;
    m_article = std::move(article).value();
    m_locale = m_article.locale;
    m_stored = m_library->storedLocales(doc);
    m_available.clear();
    for (const Core::LocaleVariant &v : std::as_const(m_article.variants))
        m_available.append(Core::normalizeLocale(v.locale));
    for (const QString &l : std::as_const(m_stored)) {
        if (!m_available.contains(l))
            m_available.append(l);
    }
    qreal scroll = 0;
    if (reason != Reason::History) {
        m_history.visit({m_article.key, m_locale});
    } else if (const auto entry = m_history.current()) {
        scroll = entry->scroll;
    }
    // A variant switch is the same reading: the rule already running goes on.
    if (!sameDocument || reason == Reason::Explicit)
        applyReadRule(reason);
    Q_EMIT articleShown(doc, m_locale, scroll);
    Q_EMIT stateChanged();
    return true;
}

void ReaderController::applyReadRule(Reason reason)
{
    m_delay->stop();
    if (!m_doc)
        return;
    if (reason == Reason::Explicit || m_readDelayMs <= 0) {
        markReadNow();
        return;
    }
    const Storage::DocId doc = *m_doc;
    m_delay->start(m_readDelayMs, [this, doc] {
        if (m_doc == doc)
            markReadNow();
    });
}

void ReaderController::revealInView(Storage::DocId doc)
{
    // The newest document of the filter at or below `doc` is `doc` exactly when the view lists it.
    const QList<Storage::ListRow> probe = m_library->rows(filter(), 1, doc + 1);
    if (probe.isEmpty() || probe.first().docId != doc) {
        m_search.clear();
        m_typing = false;
        setView({SidebarEntry::Kind::All, {}});
    }
}

void ReaderController::markReadNow()
{
    if (!m_doc)
        return;
    m_delay->stop();
    const auto row = m_library->row(*m_doc);
    if (row && !row->read)
        setRead(*m_doc, true);
}

bool ReaderController::setRead(Storage::DocId doc, bool read)
{
    // Queued on the library's writer (the GUI does not wait for it); without a writer it is done
    // at once, and so is the answer.
    auto failed = std::make_shared<bool>(false);
    m_library->submit([doc, read](Storage::Library &library) { return library.setRead(doc, read); }, this,
        [this, doc, read, failed](const Result<void> &r) {
            if (!r) {
                *failed = true;
                Q_EMIT message(read ? tr("Could not mark the article read: %1").arg(r.error().message)
                                    : tr("Could not mark the article unread: %1").arg(r.error().message));
                return;
            }
            // Marked unread by hand: the read rule must not take it back while it stays on screen.
            if (!read && m_doc == doc)
                m_delay->stop();
            Q_EMIT readStateChanged(doc, read);
            Q_EMIT stateChanged();
        });
    return !*failed;
}

void ReaderController::addLabel(Storage::DocId doc, const QString &label)
{
    m_library->submit(
        [doc, label](Storage::Library &library) -> Result<void> {
            const Result<int> added = library.labels().add({doc}, label);
            return added ? Result<void>() : Result<void>(added.error());
        },
        this,
        [this, doc](const Result<void> &r) {
            if (!r) {
                Q_EMIT message(tr("Could not add the label: %1").arg(r.error().message));
                return;
            }
            Q_EMIT labelsChanged(doc);
        });
}

void ReaderController::removeLabel(Storage::DocId doc, const QString &label)
{
    m_library->submit(
        [doc, label](Storage::Library &library) -> Result<void> {
            const Result<int> removed = library.labels().remove({doc}, label);
            return removed ? Result<void>() : Result<void>(removed.error());
        },
        this,
        [this, doc](const Result<void> &r) {
            if (!r) {
                Q_EMIT message(tr("Could not remove the label: %1").arg(r.error().message));
                return;
            }
            Q_EMIT labelsChanged(doc);
        });
}

QStringList ReaderController::labelsOf(Storage::DocId doc) const
{
    return m_library->isOpen() ? m_library->labels().labelsOf(doc) : QStringList();
}

QStringList ReaderController::labelNames() const
{
    return m_library->isOpen() ? m_library->labels().names() : QStringList();
}

bool ReaderController::isRead() const
{
    const auto row = m_doc ? m_library->row(*m_doc) : std::nullopt;
    return row && row->read;
}

bool ReaderController::isBookmarked() const
{
    const auto row = m_doc ? m_library->row(*m_doc) : std::nullopt;
    return row && row->bookmarked;
}

bool ReaderController::toggleBookmark()
{
    return m_doc && setBookmarked(*m_doc, !isBookmarked(), m_article.title);
}

bool ReaderController::setBookmarked(Storage::DocId doc, bool bookmark, const QString &title)
{
    auto failed = std::make_shared<bool>(false);
    m_library->submit([doc, bookmark](Storage::Library &library) { return library.setBookmarked(doc, bookmark); }, this,
        [this, doc, bookmark, title, failed](const Result<void> &r) {
            if (!r) {
                *failed = true;
                Q_EMIT message(tr("Could not change the bookmark: %1").arg(r.error().message));
                return;
            }
            if (bookmark && m_fetch)
                m_fetch->makeOfflineCopy(doc, title);
            Q_EMIT message(bookmark ? tr("Bookmarked: %1").arg(title) : tr("Bookmark removed: %1").arg(title));
            Q_EMIT bookmarkChanged(doc, bookmark);
            Q_EMIT stateChanged();
        });
    return !*failed;
}

QStringList ReaderController::missingLocales() const
{
    return m_doc ? m_missing.value(*m_doc).keys() : QStringList();
}

QString ReaderController::missingReason(const QString &locale) const
{
    return m_doc ? m_missing.value(*m_doc).value(locale) : QString();
}

void ReaderController::switchVariant(const QString &requested)
{
    if (!m_doc)
        return;
    const QString locale = Core::normalizeLocale(requested);
    if (locale == m_locale)
        return;
    const QString name = Core::localeNativeName(locale);
    if (m_stored.contains(locale)) {
        show(*m_doc, locale, Reason::Browse);
        return;
    }
    if (!m_fetch || !m_fetch->isAvailable()) {
        Q_EMIT fetchFailed(tr("%1 is not stored, and fetching is not available.").arg(name));
        return;
    }
    m_fetch->fetchVariant(*m_doc, locale, name);
    Q_EMIT loading(tr("Loading %1…").arg(name));
}

void ReaderController::followLink(const QUrl &url)
{
    const LinkRoute route = LinkRoute::of(url);
    switch (route.kind) {
    case LinkRoute::Kind::News:
        openNews(route.value);
        return;
    case LinkRoute::Kind::Ticker:
        setView({SidebarEntry::Kind::Ticker, route.value});
        return;
    case LinkRoute::Kind::LoadImage:
        if (!m_doc)
            return;
        if (!m_fetch || !m_fetch->isAvailable()) {
            Q_EMIT message(tr("Images cannot be fetched here."));
            return;
        }
        m_fetch->loadImage(*m_doc, QUrl(route.value, QUrl::StrictMode));
        return;
    case LinkRoute::Kind::FullArticle:
        if (m_doc && route.value == m_article.key)
            fetchFullArticle();
        return;
    case LinkRoute::Kind::Article:
        if (m_doc && route.value == m_article.key)
            switchVariant(route.locale);
        else
            openByKey(route.value, route.locale, Reason::Explicit);
        return;
    case LinkRoute::Kind::External:
        Q_EMIT externalLinkRequested(route.url);
        return;
    case LinkRoute::Kind::Ignore:
        qCInfo(lcReaderController) << "ignored app link" << url;
        return;
    }
}

bool ReaderController::isFeedExcerpt() const
{
    return m_doc && m_article.type == Core::feedExcerptType;
}

void ReaderController::fetchFullArticle()
{
    if (!isFeedExcerpt() || !m_article.url.isValid())
        return;
    const QString label = m_article.title.isEmpty() ? m_article.url.toDisplayString() : m_article.title;
    if (!m_fetch || !m_fetch->isAvailable()) {
        Q_EMIT fetchFailed(tr("“%1” cannot be fetched here.").arg(label));
        return;
    }
    m_fetch->fetchFullArticle(m_article.url, label);
    Q_EMIT loading(tr("Fetching the full article “%1”…").arg(label));
}

void ReaderController::openNews(const QString &newsId)
{
    QString title;
    QUrl source;
    for (const Core::RelatedNews &related : std::as_const(m_article.relatedNews)) {
        if (related.id == newsId) {
            title = related.title;
            source = related.url;
            break;
        }
    }
    if (const auto stored = Storage::findRelatedNews(*m_library, newsId, source)) {
        open(*stored, {}, Reason::Explicit);
        return;
    }
    const QString label = title.isEmpty() ? tr("article %1").arg(newsId) : title;
    if (!m_fetch || !m_fetch->isAvailable()) {
        Q_EMIT fetchFailed(tr("“%1” is not stored, and fetching is not available.").arg(label));
        return;
    }
    m_fetch->fetchNews(newsId, source, m_preferredLocale, label);
    Q_EMIT loading(tr("Fetching “%1”…").arg(label));
}

void ReaderController::onVariantStored(Storage::DocId doc, const QString &locale)
{
    // Shown only if the user is still on that article.
    if (m_doc == doc)
        show(doc, locale, Reason::Browse);
}

void ReaderController::onNewsStored(const QString &, Storage::DocId doc, const QString &locale)
{
    // The preferred variant may arrive next; show what is here now.
    const bool preferred = m_library->storedLocales(doc).contains(m_preferredLocale);
    open(doc, preferred ? m_preferredLocale : locale, Reason::Explicit);
}

void ReaderController::onVariantMissing(Storage::DocId doc, const QString &locale, const QString &reason)
{
    m_missing[doc].insert(locale, reason);
    if (m_doc == doc)
        Q_EMIT stateChanged();
}

bool ReaderController::goBack()
{
    const auto entry = m_history.back();
    if (!entry)
        return false;
    const auto doc = m_library->findDocument(entry->key);
    return doc && show(*doc, entry->locale, Reason::History);
}

bool ReaderController::goForward()
{
    const auto entry = m_history.forward();
    if (!entry)
        return false;
    const auto doc = m_library->findDocument(entry->key);
    return doc && show(*doc, entry->locale, Reason::History);
}

} // namespace Newsdesk::Ui
