#pragma once

#include "controller/linkrouter.h"
#include "controller/readerhistory.h"
#include "controller/sidebarentry.h"
#include "core/article.h"
#include "storage/library.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace Newsdesk::Ui {

class FetchTracker;
class ReadDelay;

// What the reader shows and what the user asked for, decided without a widget: the view (a
// filter), the article and its language, the history, the read rule, variant switching and the
// one path every link takes. Widgets show its state and send it intents.
class ReaderController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderController)

public:
    // How an article was reached. Explicit (a click, Enter, a link, a notification, a file opened)
    // marks it read at once; the others once it has stayed on screen for the read delay.
    enum class Reason { Explicit, Browse, History, Restore };

    static constexpr int defaultReadDelayMs = 1500;

    // The library belongs to the caller and must outlive the controller. `fetch` may be null
    // (then what is not stored cannot be fetched, and the controller says so).
    ReaderController(Storage::Library *library, FetchTracker *fetch, QObject *parent = nullptr);
    ~ReaderController() override;

    void setReadDelay(std::unique_ptr<ReadDelay> delay);
    void setReadDelayMs(int ms) { m_readDelayMs = ms; }
    int readDelayMs() const { return m_readDelayMs; }
    void setPreferredLocale(const QString &locale) { m_preferredLocale = locale; }
    QString preferredLocale() const { return m_preferredLocale; }

    // --- the view ------------------------------------------------------------------------------
    SidebarEntry view() const { return m_view; }
    void setView(const SidebarEntry &entry);
    QString search() const { return m_search; }
    // Typing: the text is still being typed (its last word is a prefix).
    enum class SearchInput { Submitted, Typing };
    void setSearch(const QString &text, SearchInput input = SearchInput::Submitted);
    // A ticker view's own narrowing of its list: the ticker's role in the documents (-1: any; else
    // Core::TickerRole) and a language ("": any). Another view clears it.
    void setTickerListFilter(int role, const QString &locale);
    int tickerRole() const { return m_tickerRole; }
    QString tickerLocale() const { return m_tickerLocale; }
    bool isTyping() const { return m_typing; }
    // The list filter for the view and the search (the watchlist read from the library).
    Storage::ListFilter filter() const;
    // The view and the search as one query of the search language: what "Save Search" keeps.
    QString currentQuery() const;

    // --- the article -----------------------------------------------------------------------------
    bool open(Storage::DocId doc, const QString &locale, Reason reason);
    bool openByKey(const QString &key, const QString &locale, Reason reason);
    std::optional<Storage::DocId> findDocument(const QString &key) const { return m_library->findDocument(key); }
    std::optional<Storage::DocId> currentDocument() const { return m_doc; }
    QString currentLocale() const { return m_locale; }
    const Core::Article &article() const { return m_article; }
    // The article's variants: every one it lists or has stored, and those stored.
    QStringList availableLocales() const { return m_available; }
    QStringList storedLocales() const { return m_stored; }
    // Variants a fetch found missing (the page says so, the button is greyed).
    QStringList missingLocales() const;
    QString missingReason(const QString &locale) const;

    // An article opened from outside (a file, a URL, a notification) is shown whatever the view:
    // a view that does not list it gives way to All.
    void revealInView(Storage::DocId doc);

    // Marks the current article read now (an explicit open of what is already shown).
    void markReadNow();
    bool setRead(Storage::DocId doc, bool read);
    bool toggleBookmark();
    // Any document's bookmark (a list row's); a bookmark starts the offline copy.
    bool setBookmarked(Storage::DocId doc, bool bookmark, const QString &title);
    // Labels: on the library's writer, answered by labelsChanged() (or message() on failure).
    void addLabel(Storage::DocId doc, const QString &label);
    void removeLabel(Storage::DocId doc, const QString &label);
    QStringList labelsOf(Storage::DocId doc) const;
    QStringList labelNames() const;
    bool isBookmarked() const;
    bool isRead() const;

    // Shows another stored variant, or fetches it.
    void switchVariant(const QString &locale);
    // A link from the page or the app: opens, switches, shows a ticker, or hands it out.
    void followLink(const QUrl &url);
    // The current article is a feed's excerpt of a page (its link was not a markdown document).
    bool isFeedExcerpt() const;
    // Fetches the page the current excerpt was cut from; a markdown answer replaces the excerpt.
    void fetchFullArticle();

    // --- history ---------------------------------------------------------------------------------
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }
    bool goBack();
    bool goForward();
    // Where the page is scrolled; kept with the history entry to come back to.
    void setScrollPosition(qreal y) { m_history.setScroll(y); }

Q_SIGNALS:
    void viewChanged(const Newsdesk::Ui::SidebarEntry &entry);
    void filterChanged();
    // An article is shown; `scroll` is where its page should be scrolled to (Back/Forward).
    void articleShown(Newsdesk::Storage::DocId doc, const QString &locale, qreal scroll);
    void readStateChanged(Newsdesk::Storage::DocId doc, bool read);
    void bookmarkChanged(Newsdesk::Storage::DocId doc, bool bookmarked);
    void labelsChanged(Newsdesk::Storage::DocId doc);
    // A variant or article on its way; then shown (articleShown) or failed (fetchFailed).
    void loading(const QString &message);
    void fetchFailed(const QString &message);
    void externalLinkRequested(const QUrl &url);
    // Something went wrong that the user should read (the status bar).
    void message(const QString &text);
    // The history or the current article's state changed (for actions' enabled state).
    void stateChanged();

private:
    // Every reason but History visits a new history entry; History restores the entry's scroll.
    bool show(Storage::DocId doc, const QString &locale, Reason reason);
    void applyReadRule(Reason reason);
    QString savedQuery() const;
    void openNews(const QString &newsId);
    void onVariantStored(Storage::DocId doc, const QString &locale);
    void onNewsStored(const QString &newsId, Storage::DocId doc, const QString &locale);
    void onVariantMissing(Storage::DocId doc, const QString &locale, const QString &reason);

    Storage::Library *m_library = nullptr;
    QPointer<FetchTracker> m_fetch;
    std::unique_ptr<ReadDelay> m_delay;
    int m_readDelayMs = defaultReadDelayMs;
    QString m_preferredLocale;

    SidebarEntry m_view;
    QString m_search;
    int m_tickerRole = -1;
    QString m_tickerLocale;
    bool m_typing = false;
    ReaderHistory m_history;
    std::optional<Storage::DocId> m_doc;
    QString m_locale;
    Core::Article m_article;
    QStringList m_available;
    QStringList m_stored;
    QHash<Storage::DocId, QHash<QString, QString>> m_missing; // locale → why a fetch found it missing
};

} // namespace Newsdesk::Ui
