#include "storage/migrations.h"

#include "storage/connection.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <iterator>

Q_LOGGING_CATEGORY(lcMigrations, "newsdesk.storage.migrations", QtInfoMsg)

namespace Newsdesk::Storage {

namespace {

// "NDSK": marks the file as a Newsdesk library, so --db pointed at another program's database is
// refused instead of having tables added to it.
constexpr int applicationId = 0x4E44534B;

// The triggers that keep the external-content full-text index in step with articles.
constexpr char ftsInsertTrigger[] = R"(CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_fts(rowid, title, summary, body) VALUES (new.id, new.title, new.summary, new.body);
    END)";
constexpr char ftsDeleteTrigger[] = R"(CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, summary, body)
            VALUES ('delete', old.id, old.title, old.summary, old.body);
    END)";
constexpr char ftsUpdateTrigger[]
    = R"(CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, summary, body ON articles
        WHEN old.id IS NOT new.id OR old.title IS NOT new.title OR old.summary IS NOT new.summary
            OR old.body IS NOT new.body
    BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, summary, body)
            VALUES ('delete', old.id, old.title, old.summary, old.body);
        INSERT INTO article_fts(rowid, title, summary, body) VALUES (new.id, new.title, new.summary, new.body);
    END)";

// Version 1: documents, their locale variants, tickers, the watchlist, imported files and the
// full-text index. Ids are time-ordered (see articlewriter.cpp), so "newest first" is "id
// descending" everywhere, in the full-text index too (its rowid is the article id).
constexpr const char *version1[] = {
    // One row per document (all locales): what the user does with it is per document.
    R"(CREATE TABLE documents (
        id INTEGER PRIMARY KEY,            -- time-ordered (ids.h): newer is larger
        key TEXT NOT NULL UNIQUE,          -- news id, else the canonical URL without locale
        published INTEGER,                 -- ms since the epoch, UTC; NULL when unknown
        added INTEGER NOT NULL,            -- ms, when first stored
        read INTEGER NOT NULL DEFAULT 0,
        bookmarked INTEGER                 -- ms, when bookmarked; NULL when not
    ))",
    "CREATE INDEX documents_unread ON documents(id) WHERE read = 0",
    "CREATE INDEX documents_bookmarked ON documents(id) WHERE bookmarked IS NOT NULL",
    // One row per (document, locale). Small columns first: a row's large texts live in overflow
    // pages, and reading a column behind them would walk those pages.
    R"(CREATE TABLE articles (
        id INTEGER PRIMARY KEY,            -- document id * 64 + slot; the full-text rowid
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON UPDATE CASCADE ON DELETE CASCADE,
        locale TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        published INTEGER,
        summary TEXT NOT NULL DEFAULT '',
        tickers TEXT NOT NULL DEFAULT '',  -- display spellings, space-separated: related, then mentioned
        content_hash BLOB NOT NULL,        -- of everything stored below: an unchanged re-import writes nothing
        stored INTEGER NOT NULL,           -- ms, last change
        variants TEXT NOT NULL DEFAULT '[]',       -- JSON [{locale, url}]
        related_stocks TEXT NOT NULL DEFAULT '[]', -- JSON [{ticker, key, name, url}]
        mentions TEXT NOT NULL DEFAULT '[]',       -- JSON [ticker]
        related_news TEXT NOT NULL DEFAULT '[]',   -- JSON [{id, title, url}]
        extra TEXT NOT NULL DEFAULT '[]',          -- JSON [[key, string or [strings]]]
        warnings TEXT NOT NULL DEFAULT '[]',       -- JSON [string]
        body TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        UNIQUE (doc_id, locale)
    ))",
    // Tickers of each article, related (Related Stocks) or only mentioned in the text. The
    // (key, doc_id) index answers "newest documents about these tickers" without a sort.
    R"(CREATE TABLE article_tickers (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON UPDATE CASCADE ON DELETE CASCADE,
        key TEXT NOT NULL,                 -- Ticker::keyFor: 700.HK for 00700.HK
        doc_id INTEGER NOT NULL,           -- article_id / 64
        ticker TEXT NOT NULL,              -- as written
        name TEXT NOT NULL DEFAULT '',
        related INTEGER NOT NULL,
        PRIMARY KEY (article_id, key)
    ) WITHOUT ROWID)",
    "CREATE INDEX article_tickers_by_key ON article_tickers(key, doc_id)",
    R"(CREATE TABLE watchlist (
        key TEXT PRIMARY KEY,
        ticker TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        added INTEGER NOT NULL
    ))",
    // Where an article was imported from, so `show PATH` finds it after the file moved on.
    R"(CREATE TABLE imported_files (
        path TEXT PRIMARY KEY,
        doc_key TEXT NOT NULL,
        locale TEXT NOT NULL,
        imported INTEGER NOT NULL
    ) WITHOUT ROWID)",
    // External content: the texts live once, in articles; triggers keep the index in step.
    // Upserts only: INSERT OR REPLACE would skip the delete trigger and leave stale entries.
    R"(CREATE VIRTUAL TABLE article_fts USING fts5(
        title, summary, body, content = 'articles', content_rowid = 'id', tokenize = 'newsdesk'
    ))",
    ftsInsertTrigger, ftsDeleteTrigger, ftsUpdateTrigger,
    "PRAGMA application_id = 1313100619", // applicationId
};
static_assert(applicationId == 1313100619);

// Version 2 (fetching): subscriptions with their schedule and health, and images — the offline
// copies of bookmarked articles and a least-recently-used cache — linked to the documents that
// show them. Bytes live in their own table so that marking an image used rewrites a small row.
constexpr const char *version2[] = {
    R"(CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,                -- news-index | ticker-news | feed
        title TEXT NOT NULL DEFAULT '',
        ticker TEXT NOT NULL DEFAULT '',
        interval_s INTEGER NOT NULL,
        created INTEGER NOT NULL,          -- ms since the epoch, UTC
        last_attempt INTEGER,
        last_success INTEGER,
        last_error TEXT NOT NULL DEFAULT '',
        failures INTEGER NOT NULL DEFAULT 0, -- in a row; drives the back-off
        next_attempt INTEGER NOT NULL,
        etag TEXT NOT NULL DEFAULT '',     -- validators of the last complete refresh
        last_modified TEXT NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX subscriptions_due ON subscriptions(next_attempt)",
    R"(CREATE TABLE images (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        stored INTEGER NOT NULL,           -- ms
        used INTEGER NOT NULL              -- ms, last served: least recently used goes first
    ))",
    "CREATE INDEX images_lru ON images(used)",
    R"(CREATE TABLE image_bytes (
        image_id INTEGER PRIMARY KEY REFERENCES images(id) ON DELETE CASCADE,
        bytes BLOB NOT NULL
    ))",
    R"(CREATE TABLE document_images (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON UPDATE CASCADE ON DELETE CASCADE,
        image_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
        PRIMARY KEY (doc_id, image_id)
    ) WITHOUT ROWID)",
    "CREATE INDEX document_images_by_image ON document_images(image_id)",
};

// Version 3 (storage): prefix indexes of 3, 4 and 5 characters in the full-text index (without
// one, "semi*" merges the postings of every matching term: 45 ms on 100k articles; with it, under
// a millisecond; CJK bigrams are shorter and get none), and the read state beside each ticker row,
// so that the unread count of a ticker is one range of a partial index instead of a join.
constexpr const char *version3[] = {
    "DROP TRIGGER articles_fts_insert",
    "DROP TRIGGER articles_fts_delete",
    "DROP TRIGGER articles_fts_update",
    "DROP TABLE article_fts",
    R"(CREATE VIRTUAL TABLE article_fts USING fts5(
        title, summary, body, content = 'articles', content_rowid = 'id', tokenize = 'newsdesk',
        prefix = '3 4 5'
    ))",
    ftsInsertTrigger,
    ftsDeleteTrigger,
    ftsUpdateTrigger,
    "INSERT INTO article_fts(article_fts) VALUES ('rebuild')",
    "ALTER TABLE article_tickers ADD COLUMN unread INTEGER NOT NULL DEFAULT 1",
    "UPDATE article_tickers SET unread = 0 WHERE doc_id IN (SELECT id FROM documents WHERE read <> 0)",
    "CREATE INDEX article_tickers_unread ON article_tickers(key, doc_id) WHERE unread = 1",
};

// Version 4 (storage): fewer, larger full-text segments. FTS5 merges segments of one level when
// `automerge` of them exist (default 4) and flushes its pending terms every `hashsize` bytes
// (default 1 MB, about ten articles here). On a 100k-article library the defaults made importing
// 1,000 more articles half as fast as into an empty one, all of it merge work; with 16 and 8 MB
// (and a 32 MB page cache) it is 85%. Queries read a few more segments: still under a millisecond.
constexpr const char *version4[] = {
    "INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', 16)",
    "INSERT INTO article_fts(article_fts, rank) VALUES ('hashsize', 8388608)",
};

// Version 5 (net): where a document was fetched from (the fetch policy lets a document reach
// internal addresses on that host only; NULL: from files only), and whether a bookmark's offline
// copy is whole (NULL: none made; 0: begun, not finished; 1: complete). Documents another site
// stored under a bare news id before identity included the site get their site in the key.
constexpr const char *version5[] = {
    "ALTER TABLE documents ADD COLUMN origin_host TEXT",
    "CREATE INDEX documents_origin ON documents(origin_host) WHERE origin_host IS NOT NULL",
    "ALTER TABLE documents ADD COLUMN offline_copy INTEGER",
    "UPDATE documents SET offline_copy = 1 WHERE bookmarked IS NOT NULL",
    // The site of each bare-id document, from one of its URLs, as Core::siteOf names it.
    R"(CREATE TEMP TABLE rekey AS
        WITH parts AS (
            SELECT doc_id, lower(substr(url, 1, instr(url, '://') - 1)) AS scheme,
                   substr(url, instr(url, '://') + 3) AS rest
            FROM articles WHERE instr(url, '://') > 0
              AND doc_id IN (SELECT id FROM documents WHERE key <> '' AND key NOT GLOB '*[^0-9]*')
            GROUP BY doc_id
        ), hosts AS (
            SELECT doc_id, scheme, lower(substr(rest, 1, instr(rest || '/', '/') - 1)) AS h FROM parts
        ), sites AS (
            SELECT doc_id, CASE
                WHEN scheme = 'http' AND h LIKE '%:80' THEN substr(h, 1, length(h) - 3)
                WHEN scheme = 'https' AND h LIKE '%:443' THEN substr(h, 1, length(h) - 4)
                ELSE h END AS site FROM hosts
        ), named AS (
            SELECT doc_id, CASE WHEN site LIKE 'www.%' THEN substr(site, 5) ELSE site END AS site,
                   CASE WHEN instr(site, ':') > 0 AND site NOT LIKE '[%' THEN substr(site, 1, instr(site, ':') - 1)
                        ELSE site END AS host FROM sites
        )
        SELECT d.id AS doc_id, d.key AS old_key, n.site || '/news/' || d.key AS new_key
        FROM named n JOIN documents d ON d.id = n.doc_id
        WHERE n.site <> '' AND instr(n.site, '@') = 0
          AND n.host NOT IN ('longbridge.com', 'longportapp.com', 'longbridgeapp.com')
          AND n.host NOT LIKE '%.longbridge.com' AND n.host NOT LIKE '%.longportapp.com'
          AND n.host NOT LIKE '%.longbridgeapp.com'
          AND NOT EXISTS (SELECT 1 FROM documents o WHERE o.key = n.site || '/news/' || d.key))",
    "UPDATE imported_files SET doc_key = (SELECT new_key FROM rekey WHERE old_key = doc_key) "
    "WHERE doc_key IN (SELECT old_key FROM rekey)",
    "UPDATE documents SET key = (SELECT new_key FROM rekey WHERE doc_id = documents.id) "
    "WHERE id IN (SELECT doc_id FROM rekey)",
    "DROP TABLE rekey",
};

// Version 6 (storage): a smaller library. Bodies and sources are packed with zstd
// (textpacking.h: a source with its body as dictionary, so it costs only its front matter); the
// full-text index reads its external content through a view that unpacks the body, and its
// triggers hand it unpacked texts. The prefix indexes stay: on 10k articles they are a third of
// the index (168 vs 117 MB), but without them `semi*` took 34.6 ms on 100k (tests/bench/README.md).
constexpr char ftsInsertTriggerPacked[] = R"(CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_fts(rowid, title, summary, body)
            VALUES (new.id, new.title, new.summary, newsdesk_text(new.body));
    END)";
constexpr char ftsDeleteTriggerPacked[] = R"(CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, summary, body)
            VALUES ('delete', old.id, old.title, old.summary, newsdesk_text(old.body));
    END)";
constexpr char ftsUpdateTriggerPacked[]
    = R"(CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, summary, body ON articles
        WHEN old.id IS NOT new.id OR old.title IS NOT new.title OR old.summary IS NOT new.summary
            OR old.body IS NOT new.body
    BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, summary, body)
            VALUES ('delete', old.id, old.title, old.summary, newsdesk_text(old.body));
        INSERT INTO article_fts(rowid, title, summary, body)
            VALUES (new.id, new.title, new.summary, newsdesk_text(new.body));
    END)";
constexpr const char *version6[] = {
    "DROP TRIGGER articles_fts_insert",
    "DROP TRIGGER articles_fts_delete",
    "DROP TRIGGER articles_fts_update",
    "DROP TABLE article_fts",
    // Both right-hand sides see the old, unpacked body.
    "UPDATE articles SET source = newsdesk_pack_source(source, body), body = newsdesk_pack(body)",
    "CREATE VIEW article_text AS SELECT id, title, summary, newsdesk_text(body) AS body FROM articles",
    R"(CREATE VIRTUAL TABLE article_fts USING fts5(
        title, summary, body, content = 'article_text', content_rowid = 'id', tokenize = 'newsdesk',
        prefix = '3 4 5'
    ))",
    "INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', 16)",
    "INSERT INTO article_fts(article_fts, rank) VALUES ('hashsize', 8388608)",
    ftsInsertTriggerPacked,
    ftsDeleteTriggerPacked,
    ftsUpdateTriggerPacked,
    "INSERT INTO article_fts(article_fts) VALUES ('rebuild')",
};

constexpr const char *version7[] = {
    R"(CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        name TEXT,                          -- NULL: a built-in shown by its translated name
        query TEXT NOT NULL,                -- the search language (app/core/searchsyntax.h)
        built_in TEXT UNIQUE,               -- "today", "watchlist-24h"; NULL for the user's own
        position INTEGER NOT NULL,
        added INTEGER NOT NULL
    ))",
    "INSERT INTO saved_searches (name, query, built_in, position, added) VALUES "
    "(NULL, 'within:today', 'today', 0, 0), (NULL, 'is:watchlist within:24h', 'watchlist-24h', 1, 0)",
};

// Version 8 (ticker): how much each article is about each of its tickers (Core::TickerRole: 0
// primary, 1 related, 2 mentioned), the list's ticker spellings reordered primary first, and the
// names texts call each ticker's company by, taken from every stored Related Stocks name (origin 0),
// added by the user (1), or taken and then removed by the user (2: kept so that importing the name
// again does not bring it back). The functions are the writer's own code (tickerfunctions.h).
constexpr const char *version8[] = {
    "ALTER TABLE article_tickers ADD COLUMN role INTEGER NOT NULL DEFAULT 2",
    R"(UPDATE article_tickers AS t
        SET role = newsdesk_ticker_role(t.key, a.title, a.related_stocks, a.mentions)
        FROM articles a WHERE a.id = t.article_id)",
    "UPDATE articles SET tickers = newsdesk_display_tickers(title, related_stocks, mentions)",
    "CREATE INDEX article_tickers_primary ON article_tickers(key, doc_id) WHERE role = 0",
    R"(CREATE TABLE ticker_aliases (
        key TEXT NOT NULL,                 -- Ticker::keyFor
        alias TEXT NOT NULL COLLATE NOCASE,
        origin INTEGER NOT NULL,           -- 0 from articles, 1 added by the user, 2 removed by the user
        PRIMARY KEY (key, alias)
    ) WITHOUT ROWID)",
    R"(INSERT INTO ticker_aliases (key, alias, origin)
        SELECT key, newsdesk_company_alias(name) AS alias, 0
        FROM (SELECT DISTINCT key, name FROM article_tickers WHERE name <> '')
        WHERE alias <> '' ORDER BY 1, 2
        ON CONFLICT DO NOTHING)",
};

// Version 9 (net): what a feed said about each stored item beyond its text: its GUID, scoped by
// the feed's site (Core::siteOf), so that an item whose link changes stays one document, and the
// validators of the item's own fetch, for conditional requests.
constexpr const char *version9[] = {
    R"(CREATE TABLE item_listings (
        doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON UPDATE CASCADE ON DELETE CASCADE,
        feed_site TEXT,                     -- the listing feed's site; NULL with guid
        guid TEXT,                          -- the item's GUID or Atom id as the feed wrote it
        etag TEXT,                          -- of the document's last full answer
        last_modified TEXT
    ))",
    "CREATE UNIQUE INDEX item_listings_by_guid ON item_listings(feed_site, guid) WHERE guid IS NOT NULL",
};

// Version 10: the user's labels on documents, and rules (a saved query and what to do to the
// articles it matches as they arrive) in the user's order. A muted document is left out of the All
// and Unread views; searches, tickers and labels still find it.
constexpr const char *version10[] = {
    R"(CREATE TABLE labels (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE, -- as first written; one word (labelstore.h)
        added INTEGER NOT NULL
    ))",
    R"(CREATE TABLE article_labels (
        label_id INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON UPDATE CASCADE ON DELETE CASCADE,
        PRIMARY KEY (label_id, doc_id)
    ) WITHOUT ROWID)",
    "CREATE INDEX article_labels_by_document ON article_labels(doc_id)",
    R"(CREATE TABLE rules (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        query TEXT NOT NULL,                -- the search language (app/core/searchsyntax.h)
        labels TEXT NOT NULL DEFAULT '[]',  -- JSON [name]: labels to add
        mark_read INTEGER NOT NULL DEFAULT 0,
        bookmark INTEGER NOT NULL DEFAULT 0,
        notify INTEGER NOT NULL DEFAULT 0,
        mute INTEGER NOT NULL DEFAULT 0,
        stop INTEGER NOT NULL DEFAULT 0,    -- no later rule runs on what this one matched
        position INTEGER NOT NULL,
        added INTEGER NOT NULL
    ))",
    "ALTER TABLE documents ADD COLUMN muted INTEGER NOT NULL DEFAULT 0",
    // The Unread view leaves muted documents out (listplan.cpp).
    "CREATE INDEX documents_unread_shown ON documents(id) WHERE read = 0 AND muted = 0",
};

// Version 11 (ticker): documents per ticker and UTC day, so that a ticker view's timeline, weeks,
// buzz, totals and roles read a few hundred rows instead of every article of the ticker. A document
// counts once per day however many locales carry the ticker (the day of its id, ids.h: seconds << 8),
// in its strongest role over them (0 primary, 1 related, 2 mentioned), as TickerStats counted.
// Triggers keep it in step in the writer's own transaction. Each change of a row of article_tickers
// compares its (key, document)'s strongest role before and after (9: no row) and adds the
// difference; cascaded deletes (prunes, deleted articles) fire them too. Days without documents
// have no row.
#define NEWSDESK_TICKER_DAYS_DELTA(KEY, DOC, EXCLUDED, BEFORE, AFTER)                                                  \
    "INSERT INTO ticker_days (key, day, documents, primary_documents, related_documents) "                             \
    "SELECT " KEY ", (" DOC " >> 8) / 86400, (a < 9) - (b < 9), (a = 0) - (b = 0), (a = 1) - (b = 1) "                 \
    "FROM (SELECT " BEFORE " AS b, " AFTER " AS a FROM (SELECT coalesce(min(o.role), 9) AS rest "                      \
    "FROM article_tickers o WHERE o.key = " KEY " AND o.doc_id = " DOC " AND o.article_id <> " EXCLUDED ")) "          \
    "WHERE a <> b ON CONFLICT (key, day) DO UPDATE SET documents = documents + excluded.documents, "                   \
    "primary_documents = primary_documents + excluded.primary_documents, "                                             \
    "related_documents = related_documents + excluded.related_documents; "
// After a change that may have taken a day's last document of the ticker (not after an insert).
#define NEWSDESK_TICKER_DAYS_EMPTIED(KEY, DOC)                                                                         \
    "DELETE FROM ticker_days WHERE key = " KEY " AND day = (" DOC " >> 8) / 86400 AND documents = 0; "
constexpr char tickerDaysInsertTrigger[] = "CREATE TRIGGER article_tickers_days_insert AFTER INSERT ON article_tickers "
                                           "BEGIN " NEWSDESK_TICKER_DAYS_DELTA("new.key", "new.doc_id",
                                               "new.article_id", "rest", "min(rest, new.role)") "END";
constexpr char tickerDaysDeleteTrigger[]
    = "CREATE TRIGGER article_tickers_days_delete AFTER DELETE ON article_tickers "
      "BEGIN " NEWSDESK_TICKER_DAYS_DELTA("old.key", "old.doc_id", "old.article_id", "min(rest, old.role)", "rest")
          NEWSDESK_TICKER_DAYS_EMPTIED("old.key", "old.doc_id") "END";
// A moved document (a new publish time) changes doc_id row by row: the row leaves its old (key,
// document) and joins the new one. A role changed in place is the same group before and after.
constexpr char tickerDaysUpdateTrigger[]
    = "CREATE TRIGGER article_tickers_days_update AFTER UPDATE OF key, doc_id, role ON article_tickers "
      "WHEN old.key IS NOT new.key OR old.doc_id IS NOT new.doc_id OR old.role IS NOT new.role "
      "BEGIN " NEWSDESK_TICKER_DAYS_DELTA("old.key", "old.doc_id", "new.article_id", "min(rest, old.role)",
          "CASE WHEN old.key IS new.key AND old.doc_id IS new.doc_id THEN min(rest, new.role) ELSE rest END")
          NEWSDESK_TICKER_DAYS_EMPTIED("old.key", "old.doc_id")
              NEWSDESK_TICKER_DAYS_DELTA("new.key", "new.doc_id", "new.article_id",
                  "CASE WHEN old.key IS new.key AND old.doc_id IS new.doc_id THEN min(rest, new.role) ELSE rest END",
                  "min(rest, new.role)") "END";
#undef NEWSDESK_TICKER_DAYS_DELTA
#undef NEWSDESK_TICKER_DAYS_EMPTIED
constexpr const char *version11[] = {
    R"(CREATE TABLE ticker_days (
        key TEXT NOT NULL,                 -- Ticker::keyFor
        day INTEGER NOT NULL,              -- UTC days since the epoch, of the document's id
        documents INTEGER NOT NULL,        -- documents with the ticker that day, each once
        primary_documents INTEGER NOT NULL, -- of them, those whose strongest role is primary
        related_documents INTEGER NOT NULL, -- and related; the rest only mention it
        PRIMARY KEY (key, day)
    ) WITHOUT ROWID)",
    // The (key, doc_id) index hands the rows over in key and document order.
    R"(INSERT INTO ticker_days (key, day, documents, primary_documents, related_documents)
        SELECT key, day, count(*), sum(role = 0), sum(role = 1)
        FROM (SELECT key, (doc_id >> 8) / 86400 AS day, min(role) AS role FROM article_tickers GROUP BY key, doc_id)
        GROUP BY key, day ORDER BY key, day)",
    tickerDaysInsertTrigger,
    tickerDaysDeleteTrigger,
    tickerDaysUpdateTrigger,
    // The unread count of a ticker, the one number of its view still counted from its rows, reads
    // the partial index alone once it holds the column its condition names (SQLite does not infer
    // it): 1.2 instead of 10-18 ms for a ticker of 7,000 documents.
    "DROP INDEX article_tickers_unread",
    "CREATE INDEX article_tickers_unread ON article_tickers(key, doc_id, unread) WHERE unread = 1",
};

constexpr const char *version12[] = {
    // Often together reads the ticker rows of each of a ticker's documents: a narrow (doc_id, key)
    // range per document instead of the table's rows (17 instead of 24 ms for 5,375 documents).
    "CREATE INDEX article_tickers_by_doc ON article_tickers(doc_id, key)",
};

// Which documents changed, in the order their changes committed, for the counts kept between
// refreshes (keptcounts.h): a saved search's unread count re-reads only these instead of the
// library. Triggers write it in the writer's own transaction, so no write path can forget it.
// doc_id 0 stands for every document (the watchlist, or a label's name, changed). The table keeps
// its newest 100,000 changes; a reader further behind counts afresh.
#define NEWSDESK_CHANGED(NAME, EVENT, TABLE, DOC)                                                                      \
    "CREATE TRIGGER " NAME " AFTER " EVENT " ON " TABLE " BEGIN INSERT INTO changes (doc_id) VALUES (" DOC "); END"
constexpr const char *version13[] = {
    R"(CREATE TABLE changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_id INTEGER NOT NULL             -- documents.id, or 0: every document
    ))",
    "CREATE TRIGGER changes_trim AFTER INSERT ON changes WHEN new.seq % 1000 = 0 "
    "BEGIN DELETE FROM changes WHERE seq <= new.seq - 100000; END",
    NEWSDESK_CHANGED("documents_changed_insert", "INSERT", "documents", "new.id"),
    NEWSDESK_CHANGED("documents_changed_delete", "DELETE", "documents", "old.id"),
    NEWSDESK_CHANGED("documents_changed_update", "UPDATE", "documents", "new.id"),
    // A moved document (a new publish time) leaves its old id too.
    "CREATE TRIGGER documents_changed_move AFTER UPDATE OF id ON documents WHEN old.id <> new.id "
    "BEGIN INSERT INTO changes (doc_id) VALUES (old.id); END",
    NEWSDESK_CHANGED("articles_changed_insert", "INSERT", "articles", "new.doc_id"),
    NEWSDESK_CHANGED("articles_changed_delete", "DELETE", "articles", "old.doc_id"),
    NEWSDESK_CHANGED("articles_changed_update", "UPDATE", "articles", "new.doc_id"),
    // Ticker rows need none: they change only with their article's row (its content hash covers
    // Related Stocks and the text the mentions come from), or with their document's id.
    NEWSDESK_CHANGED("article_labels_changed_insert", "INSERT", "article_labels", "new.doc_id"),
    NEWSDESK_CHANGED("article_labels_changed_delete", "DELETE", "article_labels", "old.doc_id"),
    NEWSDESK_CHANGED("watchlist_changed_insert", "INSERT", "watchlist", "0"),
    NEWSDESK_CHANGED("watchlist_changed_delete", "DELETE", "watchlist", "0"),
    NEWSDESK_CHANGED("watchlist_changed_update", "UPDATE", "watchlist", "0"),
    NEWSDESK_CHANGED("labels_changed_update", "UPDATE", "labels", "0"),
    NEWSDESK_CHANGED("labels_changed_delete", "DELETE", "labels", "0"),
};
#undef NEWSDESK_CHANGED

// Version 14 (storage): no merging inside a write. With automerge on, every write merged segments
// in proportion to the index's depth, and a level reaching `crisismerge` segments was merged whole
// in the writer's transaction: into a library of 527k articles one batch of 100 ran over ten
// minutes. Writes now only add segments; the upkeep (searchindexupkeep.h) merges any level of 16
// or more in bounded steps when the writer is idle, and a crisis merge waits for 64, which only a
// long run of writes without a pause reaches, and then on the small first level.
constexpr const char *version14[] = {
    "INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', 0)",
    "INSERT INTO article_fts(article_fts, rank) VALUES ('usermerge', 16)",
    "INSERT INTO article_fts(article_fts, rank) VALUES ('crisismerge', 64)",
};

// Append new steps here, in order. A step runs inside a transaction with foreign keys on; it
// must not need them off (no table rebuilds that drop a referenced table).
constexpr MigrationStep steps[] = {
    {1, "documents, articles, tickers, watchlist, imported files, full-text index", version1},
    {2, "subscriptions, images and their links to documents", version2},
    {3, "full-text prefix indexes; read state beside the tickers", version3},
    {4, "full-text merge settings for large libraries", version4},
    {5, "document origins and offline-copy state", version5},
    {6, "packed bodies and sources; the full-text index reads them through a view", version6},
    {7, "saved searches, with Today and the watchlist's last 24 hours built in", version7},
    {8, "ticker roles (primary, related, mentioned) and company-name aliases", version8},
    {9, "feed items' GUIDs and the validators of their fetches", version9},
    {10, "labels, rules and muted documents", version10},
    {11, "documents per ticker, day and role, kept by triggers", version11},
    {12, "ticker rows by document, for the tickers often together", version12},
    {13, "the documents that changed, for counts kept between refreshes", version13},
    {14, "full-text merges out of writes, into the idle upkeep", version14},
};

Result<int> pragmaValue(Connection &connection, const QString &pragma)
{
    Result<QVariant> value = connection.scalar(QStringLiteral("PRAGMA ") + pragma);
    if (!value)
        return value.error();
    return value->toInt();
}

Error notOurs(const Connection &connection)
{
    return Error::make(Error::Kind::InvalidInput,
        QCoreApplication::translate("Newsdesk::Storage::Migrations",
            "%1 is not a Newsdesk library (it holds another program's tables); "
            "it was not changed")
            .arg(connection.path()));
}

Result<void> applyStep(Connection &connection, const MigrationStep &step)
{
    WriteTransaction transaction(connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    // Another process may have migrated while this one waited for the lock.
    Result<int> current = pragmaValue(connection, QStringLiteral("user_version"));
    if (!current)
        return current.error();
    if (current.value() >= step.version)
        return {};
    for (const char *statement : step.statements) {
        if (Result<void> done = connection.exec(QString::fromUtf8(statement)); !done) {
            return Error::make(done.error().kind,
                QCoreApplication::translate(
                    "Newsdesk::Storage::Migrations", "upgrading the library to version %1 failed: %2")
                    .arg(step.version)
                    .arg(done.error().message));
        }
    }
    if (Result<void> done = connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !done)
        return done;
    if (Result<void> committed = transaction.commit(); !committed)
        return committed;
    qCInfo(lcMigrations).noquote() << connection.path() << "upgraded to schema version" << step.version << "("
                                   << QLatin1StringView(step.description) << ")";
    return {};
}

} // namespace

std::span<const MigrationStep> migrationSteps()
{
    return steps;
}

int latestSchemaVersion()
{
    return steps[std::size(steps) - 1].version;
}

Result<int> readSchemaVersion(Connection &connection)
{
    Result<int> version = pragmaValue(connection, QStringLiteral("user_version"));
    if (!version)
        return version;
    if (version.value() > latestSchemaVersion()) {
        return Error::make(Error::Kind::SchemaTooNew,
            QCoreApplication::translate("Newsdesk::Storage::Migrations",
                "%1 was written by a newer Newsdesk (library version %2; this "
                "Newsdesk knows up to %3); it was not changed")
                .arg(connection.path())
                .arg(version.value())
                .arg(latestSchemaVersion()));
    }
    Result<int> application = pragmaValue(connection, QStringLiteral("application_id"));
    if (!application)
        return application;
    if (application.value() != 0 && application.value() != applicationId)
        return notOurs(connection);
    if (version.value() == 0) {
        Result<QVariant> tables = connection.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!tables)
            return tables.error();
        if (tables->toInt() > 0)
            return notOurs(connection);
    }
    return version;
}

Result<int> migrate(Connection &connection)
{
    Result<int> version = readSchemaVersion(connection);
    if (!version)
        return version;
    for (const MigrationStep &step : steps) {
        if (step.version <= version.value())
            continue;
        if (Result<void> applied = applyStep(connection, step); !applied)
            return applied.error();
    }
    return pragmaValue(connection, QStringLiteral("user_version"));
}

} // namespace Newsdesk::Storage
