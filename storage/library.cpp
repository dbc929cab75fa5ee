#include "storage/library.h"

#include "storage/articlereader.h"
#include "storage/articlewriter.h"
#include "storage/backup.h"
#include "storage/connection.h"
#include "storage/documentstate.h"
#include "storage/imagestore.h"
#include "storage/itemlistings.h"
#include "storage/keptcounts.h"
#include "storage/labelstore.h"
#include "storage/librarywriter.h"
#include "storage/listquery.h"
#include "storage/migrations.h"
#include "storage/retention.h"
#include "storage/rulerunner.h"
#include "storage/rules.h"
#include "storage/savedsearches.h"
#include "storage/searchindexupkeep.h"
#include "storage/subscriptionstore.h"
#include "storage/tickeraliases.h"
#include "storage/tickerstats.h"
#include "storage/watchlist.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcLibrary, "newsdesk.storage.library", QtInfoMsg)

namespace Newsdesk::Storage {

struct Library::Private
{
    Connection connection;
    ArticleWriter writer{connection};
    ArticleReader reader{connection};
    ListQuery list{connection};
    DocumentState state{connection};
    Watchlist watchlist{connection};
    TickerAliases aliases{connection};
    SubscriptionStore subscriptions{connection};
    SavedSearchStore savedSearches{connection};
    LabelStore labels{connection};
    RuleRunner ruleRunner{connection, list, labels};
    RuleStore rules{connection, ruleRunner};
    ImageStore images{connection};
    ItemListings itemListings{connection};
    Retention retention{connection};
    KeptCounts keptCounts{connection, list};
    int schemaVersion = 0;
    // The writer of this file in this process, if one is open: every write of this object is its
    // job, and this connection only reads.
    LibraryWriter *libraryWriter = nullptr;

    void attach(LibraryWriter *to)
    {
        libraryWriter = to;
        subscriptions.setWriter(to);
        savedSearches.setWriter(to);
        labels.setWriter(to);
        rules.setWriter(to);
        images.setWriter(to);
        itemListings.setWriter(to);
    }
};

namespace {

Error notOpen()
{
    return Error::make(
        Error::Kind::Database, QCoreApplication::translate("Newsdesk::Storage::Library", "the library is not open"));
}

} // namespace

Library::Library()
    : d(std::make_unique<Private>())
{
    // Rules act on every arriving document in the transaction that stores it.
    d->writer.setBeforeCommit(
        [this](QList<Result<StoreOutcome>> &outcomes) { return d->ruleRunner.runOnArrivals(outcomes); });
}

Library::~Library() = default;

QString Library::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/Newsdesk/library.sqlite";
}

QString Library::resolvePath(const QString &fromOption)
{
    if (!fromOption.isEmpty())
        return fromOption;
    const QString fromEnvironment = qEnvironmentVariable("NEWSDESK_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

Result<void> Library::open(const QString &path)
{
    d->connection.close();
    d->schemaVersion = 0;
    d->attach(nullptr);
    d->keptCounts.forget();
    if (path.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate("Newsdesk::Storage::Library", "no library file given"));
    const QFileInfo file(path);
    if (!file.absoluteDir().exists() && !QDir().mkpath(file.absolutePath())) {
        return Error::make(Error::Kind::Io,
            QCoreApplication::translate("Newsdesk::Storage::Library", "cannot create the folder %1")
                .arg(QDir::toNativeSeparators(file.absolutePath())));
    }
    // Every sentence names the file.
    auto fail = [this, &path](Error error) {
        d->connection.close();
        if (!error.message.contains(path))
            error.message = path + u": " + error.message;
        qCWarning(lcLibrary).noquote() << error.message;
        return error;
    };
    // A library the user may read but not change (a read-only folder or file, a backup on a
    // read-only medium) opens read-only: reading works, and a write says why it cannot be done.
    const bool exists = file.exists();
    const bool folderWritable = QFileInfo(file.absolutePath()).isWritable();
    Connection::Access access = Connection::Access::ReadWrite;
    QString readOnlyReason;
    if (exists && !folderWritable) {
        readOnlyReason = QCoreApplication::translate("Newsdesk::Storage::Library", "its folder %1 cannot be written to")
                             .arg(QDir::toNativeSeparators(file.absolutePath()));
        // With a write-ahead log present someone is writing; read through it, else the file alone.
        access = QFileInfo::exists(path + u"-wal") ? Connection::Access::ReadOnly : Connection::Access::Immutable;
    } else if (exists && !file.isWritable()) {
        readOnlyReason = QCoreApplication::translate("Newsdesk::Storage::Library", "the file cannot be written to");
        access = Connection::Access::ReadOnly;
    }
    if (Result<void> opened = d->connection.open(path, access, readOnlyReason); !opened)
        return fail(opened.error());
    // Refuse a newer or foreign file before anything (even the journal mode) is written to it.
    Result<int> version = readSchemaVersion(d->connection);
    if (!version)
        return fail(version.error());
    if (access != Connection::Access::ReadWrite) {
        if (*version < latestSchemaVersion()) {
            return fail(Error::make(Error::Kind::Io,
                QCoreApplication::translate(
                    "Newsdesk::Storage::Library", "the library needs an upgrade, but it is read-only: %1")
                    .arg(readOnlyReason)));
        }
        qCInfo(lcLibrary).noquote() << path << "opened read-only:" << readOnlyReason;
        d->schemaVersion = *version;
        return {};
    }
    // Space freed by deleting articles (retention) goes back to the file system in small steps
    // (incremental_vacuum) instead of staying in the file; only possible before the first table.
    if (version.value() == 0) {
        if (Result<void> done = d->connection.exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL")); !done)
            return fail(done.error());
    }
    // WAL: readers never wait for the writer, and a killed process loses no committed transaction.
    if (Result<QVariant> mode = d->connection.scalar(QStringLiteral("PRAGMA journal_mode = WAL")); !mode)
        qCWarning(lcLibrary).noquote() << "no WAL journal:" << mode.error().message;
    // A 32 MB page cache (default 2 MB): an import into a large library touches pages all over the
    // ticker indexes, and re-reading them from the OS was a few percent of the import.
    for (const char *pragma :
        {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -32768"}) {
        if (Result<void> done = d->connection.exec(QString::fromLatin1(pragma)); !done)
            return fail(done.error());
    }
    Result<int> migrated = migrate(d->connection);
    if (!migrated)
        return fail(migrated.error());
    d->schemaVersion = migrated.value();
    // A library from before packed texts shrinks once: VACUUM writes it anew, and turns on the
    // incremental auto-vacuum that only a new or rewritten file can have.
    if (version.value() > 0 && version.value() < 6) {
        qCInfo(lcLibrary).noquote() << path << "compacting after the upgrade";
        // In WAL mode the file itself shrinks only at a checkpoint.
        for (const char *statement :
            {"PRAGMA auto_vacuum = INCREMENTAL", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"}) {
            if (Result<void> done = d->connection.exec(QString::fromLatin1(statement)); !done)
                qCWarning(lcLibrary).noquote() << "not compacted:" << done.error().message;
        }
    }
    if (LibraryWriter *writer = LibraryWriter::forPath(path)) {
        // A write that bypassed the writer would fail here rather than wait for its lock.
        if (Result<void> done = d->connection.exec(QStringLiteral("PRAGMA query_only = ON")); !done)
            return fail(done.error());
        d->attach(writer);
    }
    return {};
}

LibraryWriter *Library::writer() const
{
    return d->libraryWriter;
}

void Library::submit(
    std::function<Result<void>(Library &)> job, QObject *context, std::function<void(const Result<void> &)> done)
{
    if (d->libraryWriter) {
        d->libraryWriter->submit(std::move(job), context, std::move(done));
        return;
    }
    const Result<void> result = job(*this);
    if (done)
        done(result);
}

bool Library::isReadOnly() const
{
    return d->connection.isReadOnly();
}

bool Library::isOpen() const
{
    return d->connection.isOpen();
}

QString Library::path() const
{
    return d->connection.path();
}

int Library::schemaVersion() const
{
    return d->schemaVersion;
}

int Library::latestSchemaVersion()
{
    return Storage::latestSchemaVersion();
}

Result<StoreOutcome> Library::store(const Core::Article &article)
{
    return storeAll({article}).first();
}

QList<Result<StoreOutcome>> Library::storeAll(const QList<Core::Article> &articles)
{
    return storeAll(articles, {});
}

QList<Result<StoreOutcome>> Library::storeAll(const QList<Core::Article> &articles, const QStringList &sourceFiles)
{
    if (d->libraryWriter)
        return d->libraryWriter->call([&](Library &writer) { return writer.storeAll(articles, sourceFiles); });
    if (!isOpen())
        return QList<Result<StoreOutcome>>(articles.size(), Result<StoreOutcome>(notOpen()));
    return d->writer.storeAll(articles, sourceFiles);
}

std::optional<DocId> Library::findDocument(const QString &keyOrUrl) const
{
    return isOpen() ? d->reader.findDocument(keyOrUrl) : std::nullopt;
}

std::optional<std::pair<DocId, QString>> Library::findImportedFile(const QString &path) const
{
    return isOpen() ? d->reader.findImportedFile(path) : std::nullopt;
}

Result<Core::Article> Library::article(DocId doc, const QString &locale, const QString &preferredLocale) const
{
    if (!isOpen())
        return notOpen();
    return d->reader.article(doc, locale, preferredLocale);
}

QStringList Library::storedLocales(DocId doc) const
{
    return isOpen() ? d->reader.storedLocales(doc) : QStringList();
}

std::optional<QDateTime> Library::storedPublished(const QString &documentKey) const
{
    return isOpen() ? d->reader.storedPublished(documentKey) : std::nullopt;
}

int Library::documentCount() const
{
    return isOpen() ? d->reader.documentCount() : 0;
}

Result<QList<ListRow>> Library::page(
    const ListFilter &filter, int limit, std::optional<DocId> before, const QString &preferredLocale) const
{
    if (!isOpen())
        return notOpen();
    return d->list.rows(filter, limit, before, preferredLocale);
}

QList<ListRow> Library::rows(
    const ListFilter &filter, int limit, std::optional<DocId> before, const QString &preferredLocale) const
{
    Result<QList<ListRow>> found = page(filter, limit, before, preferredLocale);
    return found ? std::move(found).value() : QList<ListRow>();
}

std::optional<ListRow> Library::row(DocId doc, const QString &preferredLocale) const
{
    return isOpen() ? d->list.row(doc, preferredLocale) : std::nullopt;
}

int Library::count(const ListFilter &filter) const
{
    return isOpen() ? d->list.count(filter) : 0;
}

QList<int> Library::keptCounts(const QList<ListFilter> &filters)
{
    return isOpen() ? d->keptCounts.counts(filters) : QList<int>(filters.size(), 0);
}

Result<void> Library::setRead(DocId doc, bool read)
{
    if (d->libraryWriter)
        return d->libraryWriter->call([&](Library &writer) { return writer.setRead(doc, read); });
    if (!isOpen())
        return notOpen();
    return d->state.setRead(doc, read);
}

Result<void> Library::setBookmarked(DocId doc, bool bookmarked)
{
    if (d->libraryWriter)
        return d->libraryWriter->call([&](Library &writer) { return writer.setBookmarked(doc, bookmarked); });
    if (!isOpen())
        return notOpen();
    return d->state.setBookmarked(doc, bookmarked);
}

Result<void> Library::setOrigin(DocId doc, const QUrl &origin)
{
    if (d->libraryWriter)
        return d->libraryWriter->call([&](Library &writer) { return writer.setOrigin(doc, origin); });
    if (!isOpen())
        return notOpen();
    return d->state.setOrigin(doc, origin);
}

QString Library::originHost(DocId doc) const
{
    return isOpen() ? d->state.originHost(doc) : QString();
}

bool Library::isOriginHost(const QString &host) const
{
    return isOpen() && !host.isEmpty() && d->state.isOriginHost(host);
}

Result<void> Library::setOfflineCopy(DocId doc, OfflineCopy state)
{
    if (d->libraryWriter)
        return d->libraryWriter->call([&](Library &writer) { return writer.setOfflineCopy(doc, state); });
    if (!isOpen())
        return notOpen();
    return d->state.setOfflineCopy(doc, state);
}

OfflineCopy Library::offlineCopy(DocId doc) const
{
    return isOpen() ? d->state.offlineCopy(doc) : OfflineCopy::None;
}

QList<DocId> Library::incompleteOfflineCopies() const
{
    return isOpen() ? d->state.incompleteOfflineCopies() : QList<DocId>();
}

QList<WatchItem> Library::watchlist() const
{
    return isOpen() ? d->watchlist.items() : QList<WatchItem>();
}

Result<void> Library::addToWatchlist(const QString &ticker, const QString &name)
{
    if (d->libraryWriter)
        return d->libraryWriter->call([&](Library &writer) { return writer.addToWatchlist(ticker, name); });
    if (!isOpen())
        return notOpen();
    return d->watchlist.add(ticker, name);
}

Result<void> Library::removeFromWatchlist(const QString &ticker)
{
    if (d->libraryWriter)
        return d->libraryWriter->call([&](Library &writer) { return writer.removeFromWatchlist(ticker); });
    if (!isOpen())
        return notOpen();
    return d->watchlist.remove(ticker);
}

Result<void> Library::moveInWatchlist(const QString &ticker, int newIndex)
{
    if (d->libraryWriter)
        return d->libraryWriter->call([&](Library &writer) { return writer.moveInWatchlist(ticker, newIndex); });
    if (!isOpen())
        return notOpen();
    return d->watchlist.move(ticker, newIndex);
}

bool Library::isWatched(const QString &ticker) const
{
    return isOpen() && d->watchlist.contains(ticker);
}

QString Library::tickerName(const QString &ticker) const
{
    return isOpen() ? d->watchlist.tickerName(ticker) : QString();
}

QStringList Library::tickerAliases(const QString &ticker) const
{
    return isOpen() ? d->aliases.aliases(ticker) : QStringList();
}

QHash<QString, QStringList> Library::tickerAliases(const QStringList &tickers) const
{
    return isOpen() ? d->aliases.aliasesByKey(tickers) : QHash<QString, QStringList>();
}

Core::TickerFacts Library::tickerFacts(const Core::Article &article) const
{
    Core::TickerFacts facts;
    if (!isOpen())
        return facts;
    QStringList keys;
    for (const Core::ArticleTicker &ticker : Core::classifyTickers(article)) {
        keys.append(ticker.key);
        if (d->watchlist.contains(ticker.key))
            facts.watched.insert(ticker.key);
    }
    facts.aliases = d->aliases.aliasesByKey(keys);
    return facts;
}

Result<TickerSummary> Library::tickerSummary(const QString &ticker, const QDateTime &now, const BuzzRule &rule) const
{
    if (!isOpen())
        return notOpen();
    return TickerStats(d->connection).summary(ticker, now, rule);
}

Result<void> Library::addTickerAlias(const QString &ticker, const QString &alias)
{
    if (d->libraryWriter)
        return d->libraryWriter->call([&](Library &writer) { return writer.addTickerAlias(ticker, alias); });
    if (!isOpen())
        return notOpen();
    return d->aliases.add(ticker, alias);
}

Result<void> Library::removeTickerAlias(const QString &ticker, const QString &alias)
{
    if (d->libraryWriter)
        return d->libraryWriter->call([&](Library &writer) { return writer.removeTickerAlias(ticker, alias); });
    if (!isOpen())
        return notOpen();
    return d->aliases.remove(ticker, alias);
}

void Library::setDamageHandler(std::function<void(const Error &)> handler)
{
    d->connection.setDamageHandler(std::move(handler));
}

QStringList Library::knownTickers(const QString &prefix, int limit) const
{
    return isOpen() ? d->watchlist.knownTickers(prefix, limit) : QStringList();
}

Result<PruneOutcome> Library::prune(const PruneOptions &options)
{
    if (d->libraryWriter)
        return d->libraryWriter->call([&](Library &writer) { return writer.prune(options); });
    if (!isOpen())
        return notOpen();
    return d->retention.prune(options);
}

qint64 Library::sizeInBytes() const
{
    if (!isOpen())
        return 0;
    const Result<QVariant> pages = d->connection.scalar(QStringLiteral("PRAGMA page_count"));
    const Result<QVariant> pageSize = d->connection.scalar(QStringLiteral("PRAGMA page_size"));
    return pages && pageSize ? pages->toLongLong() * pageSize->toLongLong() : 0;
}

Result<bool> Library::mergeSearchIndex(bool first)
{
    if (d->libraryWriter)
        return d->libraryWriter->call([&](Library &writer) { return writer.mergeSearchIndex(first); });
    if (!isOpen())
        return notOpen();
    return d->retention.mergeSearchIndex(first);
}

Result<bool> Library::tidySearchIndex()
{
    if (d->libraryWriter)
        return d->libraryWriter->call([](Library &writer) { return writer.tidySearchIndex(); });
    if (!isOpen())
        return notOpen();
    if (isReadOnly())
        return false;
    return SearchIndexUpkeep(d->connection).step();
}

Result<void> Library::backUp(const QString &file)
{
    if (!isOpen())
        return notOpen();
    return Storage::backUp(d->connection, file);
}

SavedSearchStore &Library::savedSearches()
{
    return d->savedSearches;
}

SubscriptionStore &Library::subscriptions()
{
    return d->subscriptions;
}

ImageStore &Library::images()
{
    return d->images;
}

RuleStore &Library::rules()
{
    return d->rules;
}

LabelStore &Library::labels()
{
    return d->labels;
}

ItemListings &Library::itemListings()
{
    return d->itemListings;
}

Connection &Library::connection()
{
    return d->connection;
}

Result<void> Library::checkIntegrity() const
{
    if (d->libraryWriter)
        return d->libraryWriter->call([&](Library &writer) { return writer.checkIntegrity(); });
    if (!isOpen())
        return notOpen();
    Result<Rows> rows = d->connection.select(QStringLiteral("PRAGMA integrity_check"));
    if (!rows)
        return rows.error();
    QStringList problems;
    while (rows->next()) {
        if (rows->text(0) != u"ok")
            problems.append(rows->text(0));
    }
    rows->finish();
    if (!problems.isEmpty())
        return Error::make(Error::Kind::Database,
            QCoreApplication::translate("Newsdesk::Storage::Library", "the library file is damaged: %1")
                .arg(problems.join(u"; ")));
    if (Result<void> fts = d->connection.exec(
            QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)"));
        !fts) {
        return Error::make(Error::Kind::Database,
            QCoreApplication::translate(
                "Newsdesk::Storage::Library", "the full-text index does not match the articles: %1")
                .arg(fts.error().message));
    }
    return {};
}

} // namespace Newsdesk::Storage
