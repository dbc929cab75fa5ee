#pragma once

#include "core/article.h"
#include "core/result.h"
#include "core/tickerrole.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class QObject;

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace Newsdesk::Storage {

class Connection;
class ImageStore;
class LibraryWriter;
class ItemListings;
class SavedSearchStore;
class LabelStore;
class RuleStore;
class SubscriptionStore;

// A document groups the locale variants of one article; its id is time-ordered (newer documents
// have larger ids), so "newest first" is "id descending" everywhere, including in the full-text index.
using DocId = qint64;

enum class StoreAction { Inserted, Updated, Unchanged };

// A bookmarked document's offline copy: never made, begun but not finished (interrupted, or a part
// could not be fetched), or whole.
enum class OfflineCopy { None, Incomplete, Complete };

struct StoreOutcome
{
    DocId docId = 0;
    StoreAction action = StoreAction::Inserted;
    bool newDocument = false; // the first of its document's variants: rules ran on it
    QStringList notify = {}; // the rules that matched it and asked for a notification
};

// Which documents a list shows. All parts combine (AND); an empty part filters nothing.
struct ListFilter
{
    enum class View { All, Unread, Bookmarked, UnreadBookmarked };
    View view = View::All;
    QStringList tickers; // any spelling; compared by key; a document matches if it relates to or mentions any
    QString search; // the user's query in the search language (searchsyntax.h: words ANDed,
                    // "phrases", -exclude, ticker:, lang:, before:/after:, is:; prefix* of 3+
                    // characters, Chinese of 2+ characters; FTS5 syntax is searched as text). Words
                    // that name a ticker or a company also find the documents about it. Empty = none
    QString site = {}; // a host: documents with a variant whose URL is on it (a source's articles)
    int tickerRole = -1; // with `tickers`: only documents whose strongest role for them is this
                         // (0 primary, 1 related, 2 mentioned; tickerfunctions.h); -1: any
    QString locale = {}; // only documents with this variant ("en", "zh-CN", "zh-HK"), shown in it
    bool typing = false; // the search is still being typed: its last word is a prefix
    QDateTime now = {}; // what `within:` counts back from; invalid: the current time
    QStringList labels = {}; // documents carrying all of these labels (compared without ASCII case)
    std::optional<QList<DocId>> among = {}; // only these documents (rules on arriving articles)
};

// What one row of the article list shows: never the body.
struct ListRow
{
    DocId docId = 0;
    QString key;
    QString locale; // the variant shown: for a search, one that matched (the preferred locale if it
                    // did); otherwise the preferred locale if stored, else the first stored one
    QString title;
    QString summary;
    QUrl url;
    QDateTime published; // UTC
    QStringList tickers; // display spellings: primary first, then related stocks, then mentions
    QStringList locales; // stored variants
    bool read = false;
    bool bookmarked = false;
    bool excerpt = false; // the shown variant is a feed's excerpt, not the document itself
};

// Which documents a prune deletes: those older than a time (by publish time, else when stored),
// except bookmarked ones, labelled ones and those relating to a watchlist ticker unless included.
struct PruneOptions
{
    QDateTime olderThan;
    bool includeBookmarked = false;
    bool includeWatched = false;
    bool includeLabelled = false;
    bool dryRun = false; // count only
    int batchSize = 200; // documents per transaction
    // At most this many documents in this call (0: all), so that a background run can leave the
    // writer's queue to other writes between calls. A call without a limit merges the full-text
    // index afterwards (mergeSearchIndex); with one, the caller does when its last call is done.
    int limit = 0;
};

struct PruneOutcome
{
    int documents = 0; // deleted, or with dryRun that would be
    qint64 freedBytes = 0; // by which the file shrank
};

struct WatchItem
{
    QString ticker; // as the user or the article wrote it
    QString key;
    QString name; // from related-stock links, may be empty
    int unread = 0;
};

// When a ticker's news count today is a buzz: at least `factor` times its daily mean of the days
// before, and at least `minimumArticles`.
struct BuzzRule
{
    double factor = 2.0;
    int minimumArticles = 3;
};

struct Buzz
{
    int today = 0;
    double mean = 0; // over the 30 days before today, days without news counted as 0
    double stddev = 0;
    bool active = false;
};

struct DayCount
{
    QDate date; // UTC
    int count = 0;
};

struct TickerCount
{
    QString key;
    int count = 0;
};

// What a ticker's view shows of it, in documents (each document once, whatever its languages).
struct TickerSummary
{
    QString ticker;
    QString key;
    int total = 0;
    int unread = 0;
    int last7Days = 0; // today and the 6 days before
    QList<DayCount> daily; // the last 90 days that have articles, oldest first
    QList<DayCount> weekly; // the 52 weeks before those days, by each week's first day (7 days
                            // ending where the 90 begin), those with articles, oldest first
    Buzz buzz;
    QList<TickerCount> together; // in the same documents over the last 90 days, most first
    int primary = 0, related = 0, mentioned = 0; // documents by their strongest role
};

// The library file: one SQLite database, one connection per Library object. Create one Library per
// thread that needs it (the UI thread, the fetch thread, the command line); they share the file.
// Every write is one transaction. Nobody outside storage/ sees SQL. While a LibraryWriter is open
// for the file, every write goes through it: the write functions below wait for it, submit() does
// not (librarywriter.h).
class Library final
{
public:
    Library();
    ~Library();
    Q_DISABLE_COPY_MOVE(Library)

    // The platform's app-data location: ~/.local/share/Newsdesk/library.sqlite on Linux.
    static QString defaultPath();
    // --db wins, then $NEWSDESK_DB, then defaultPath().
    static QString resolvePath(const QString &fromOption);

    // Creates the file if needed and migrates it stepwise; a schema newer than this code knows is
    // refused (Error::Kind::SchemaTooNew) and the file is left untouched.
    Result<void> open(const QString &path);
    bool isOpen() const;
    // Opened read-only because its folder or file cannot be written; writes fail and say why.
    bool isReadOnly() const;
    QString path() const;
    int schemaVersion() const;
    static int latestSchemaVersion();

    // The writer this library's writes go to, or none (then it writes itself).
    LibraryWriter *writer() const;
    // A write that returns at once, for the GUI: with a writer, `job` runs on the writer's thread
    // (on its Library, the one to use in `job`) and `done` gets the result on `context`'s thread
    // later; without one, both run here and now.
    void submit(
        std::function<Result<void>(Library &)> job, QObject *context, std::function<void(const Result<void> &)> done);

    // --- articles -------------------------------------------------------------------------
    // Upsert by (document key, locale): no duplicate, read state and bookmark kept. A changed
    // Related News list alone is an update, never a new document.
    Result<StoreOutcome> store(const Core::Article &article);
    // Many articles in one transaction; one failing article does not lose the others.
    QList<Result<StoreOutcome>> storeAll(const QList<Core::Article> &articles);
    // The same, remembering for each article the file it came from (parallel to `articles`; an
    // empty entry: none), so that findImportedFile() finds it later.
    QList<Result<StoreOutcome>> storeAll(const QList<Core::Article> &articles, const QStringList &sourceFiles);

    // A news id ("281000001"), a document key, or any URL form of an article.
    std::optional<DocId> findDocument(const QString &keyOrUrl) const;
    // The document and locale last imported from this file (an absolute, clean path).
    std::optional<std::pair<DocId, QString>> findImportedFile(const QString &path) const;
    // The stored variant in `locale`; with an empty locale, the preferred one (see ListRow::locale).
    Result<Core::Article> article(DocId doc, const QString &locale = {}, const QString &preferredLocale = {}) const;
    QStringList storedLocales(DocId doc) const;
    // The publish time stored for a document key, to decide whether a fetch brings anything new.
    std::optional<QDateTime> storedPublished(const QString &documentKey) const;
    int documentCount() const;
    // The database's size as this connection sees it (pages × page size), log not included.
    qint64 sizeInBytes() const;

    // --- lists (newest first, keyset pagination: pass the last row's docId as `before`) ------
    // A page of the list; fails when a row cannot be read ("the library is damaged at …").
    Result<QList<ListRow>> page(const ListFilter &filter, int limit, std::optional<DocId> before = {},
        const QString &preferredLocale = {}) const;
    // page(), empty on failure (which the damage handler has heard of).
    QList<ListRow> rows(const ListFilter &filter, int limit, std::optional<DocId> before = {},
        const QString &preferredLocale = {}) const;
    std::optional<ListRow> row(DocId doc, const QString &preferredLocale = {}) const;
    int count(const ListFilter &filter) const;
    // The counts of several filters, kept by this object between calls: later calls re-test only
    // the documents that changed since (keptcounts.h). What a sidebar that refreshes often asks.
    QList<int> keptCounts(const QList<ListFilter> &filters);

    // --- read state and bookmarks (per document, all locales) -------------------------------
    Result<void> setRead(DocId doc, bool read);
    Result<void> setBookmarked(DocId doc, bool bookmarked);

    // --- where a document came from and its offline copy ------------------------------------
    // The host a document was last fetched from (lower case); empty when it came from files only.
    // The fetch policy lets a document reach internal addresses on that host alone.
    Result<void> setOrigin(DocId doc, const QUrl &origin);
    QString originHost(DocId doc) const;
    // Some document in the library was fetched from this host.
    bool isOriginHost(const QString &host) const;
    // Set to Incomplete before an offline copy starts and to Complete when every part is stored,
    // so a copy that was interrupted is known and finished later.
    Result<void> setOfflineCopy(DocId doc, OfflineCopy state);
    OfflineCopy offlineCopy(DocId doc) const;
    QList<DocId> incompleteOfflineCopies() const; // bookmarked documents only, newest first

    // --- tickers and the watchlist ----------------------------------------------------------
    QList<WatchItem> watchlist() const; // in the user's order, with unread counts
    Result<void> addToWatchlist(const QString &ticker, const QString &name = {});
    Result<void> removeFromWatchlist(const QString &ticker);
    Result<void> moveInWatchlist(const QString &ticker, int newIndex);
    bool isWatched(const QString &ticker) const;
    // The display name stored with related-stock links for this ticker, else empty.
    QString tickerName(const QString &ticker) const;
    // Tickers of stored articles whose key starts with `prefix` ("nvda" → NVDA.US), most written first.
    QStringList knownTickers(const QString &prefix, int limit = 20) const;
    // The names texts call the ticker's company by (see tickeraliases.h): from every stored
    // article's Related Stocks in every locale, legal forms stripped, plus the user's, less those
    // the user removed. The second form: of many tickers, by key.
    QStringList tickerAliases(const QString &ticker) const;
    QHash<QString, QStringList> tickerAliases(const QStringList &tickers) const;
    // The aliases of the article's own tickers and which of them are watched, for marking them in
    // its text.
    Core::TickerFacts tickerFacts(const Core::Article &article) const;
    Result<void> addTickerAlias(const QString &ticker, const QString &alias);
    // The numbers of the ticker's view as of `now` (tickerstats.h).
    Result<TickerSummary> tickerSummary(const QString &ticker, const QDateTime &now, const BuzzRule &rule = {}) const;
    Result<void> removeTickerAlias(const QString &ticker, const QString &alias);

    // --- retention ---------------------------------------------------------------------------
    Result<PruneOutcome> prune(const PruneOptions &options);
    // One bounded step (about 500 pages of work, one transaction) of merging the full-text index
    // into one segment, which is when the entries of deleted articles really leave it; `first`
    // starts the merge. True while there is more to do. Freed pages go back to the file system.
    Result<bool> mergeSearchIndex(bool first);
    // One bounded step of the full-text index's upkeep (SearchIndexUpkeep): writes add small
    // segments and leave merging to these steps, which the writer runs when it is idle and an
    // import runs when it is done. True while there is more to do.
    Result<bool> tidySearchIndex();

    // A consistent copy of the library in `file` (SQLite's online backup API), while others read
    // and write it; the file is replaced only by a complete copy.
    Result<void> backUp(const QString &file);

    // --- the other stores of this library, on its connection (use them on the same thread) ---
    SubscriptionStore &subscriptions();
    SavedSearchStore &savedSearches();
    LabelStore &labels();
    RuleStore &rules();
    ImageStore &images();
    ItemListings &itemListings();
    // The connection itself, for SQL that no store offers (pragmas in tests, maintenance).
    Connection &connection();

    // SQLite's integrity check and the full-text index's own; a sentence on what is wrong, if anything.
    Result<void> checkIntegrity() const;

    // Called, on this object's thread, each time a read or write meets a damaged page, with a
    // sentence naming where ("the library is damaged at the table articles (…)").
    void setDamageHandler(std::function<void(const Error &)> handler);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Newsdesk::Storage
