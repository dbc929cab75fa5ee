#include "storage/recovery.h"

#include "storage/connection.h"
#include "storage/imagestore.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QUrl>

#include <functional>
#include <map>

Q_LOGGING_CATEGORY(lcRecovery, "newsdesk.storage.recovery", QtInfoMsg)

namespace Newsdesk::Storage {

namespace {

constexpr qsizetype batchArticles = 200;

// Reads rows until the end or the first one that cannot be read; true when the end was reached.
bool scan(Connection &connection, const QString &sql, const std::function<void(const Rows &)> &row)
{
    Result<Rows> rows = connection.select(sql);
    if (!rows) {
        qCWarning(lcRecovery).noquote() << sql << "→" << rows.error().message;
        return false;
    }
    while (rows->next())
        row(*rows);
    if (rows->error()) {
        qCWarning(lcRecovery).noquote() << sql << "stopped:" << rows->error()->message;
        return false;
    }
    return true;
}

struct DocumentState
{
    bool read = false;
    bool bookmarked = false;
    QString originHost; // empty: from files only
    OfflineCopy offline = OfflineCopy::None;
};

// The images of a document's offline copy, copied to the new library linked to `newDoc`; false when
// one of them could not be read or stored (the copy is then recorded as incomplete, so the next
// refresh or `bookmark add` finishes it).
bool copyImages(Connection &connection, qint64 oldDoc, Library &fresh, DocId newDoc)
{
    Result<Rows> rows = connection.select(
        QStringLiteral("SELECT images.url, images.mime, image_bytes.bytes FROM document_images "
                       "JOIN images ON images.id = document_images.image_id "
                       "JOIN image_bytes ON image_bytes.image_id = images.id WHERE document_images.doc_id = ?"),
        {oldDoc});
    if (!rows) {
        qCWarning(lcRecovery).noquote() << "images of" << oldDoc << "→" << rows.error().message;
        return false;
    }
    bool whole = true;
    while (rows->next()) {
        if (!fresh.images().put(QUrl(rows->text(0)), rows->value(2).toByteArray(), rows->text(1), newDoc))
            whole = false;
    }
    if (rows->error()) {
        qCWarning(lcRecovery).noquote() << "images of" << oldDoc << "stopped:" << rows->error()->message;
        return false;
    }
    return whole;
}

} // namespace

Result<RecoveryReport> recoverLibrary(Library &damaged, const QString &target)
{
    if (QFileInfo::exists(target)) {
        return Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate("Newsdesk::Storage::Recovery", "%1 exists already; name a new file")
                .arg(QDir::toNativeSeparators(target)));
    }
    if (!damaged.isOpen())
        return Error::make(Error::Kind::Database,
            QCoreApplication::translate("Newsdesk::Storage::Recovery", "the damaged library is not open"));
    RecoveryReport report;
    Connection &db = damaged.connection();

    // Every (document, locale) any path still leads to: the table from its first row forwards and
    // from its last row backwards (each stops at a damaged page), and the covering index.
    std::map<qint64, QSet<QString>, std::greater<>> versions;
    const auto addVersion = [&versions](const Rows &q) {
        versions[q.value(0).toLongLong()].insert(q.value(1).toString());
    };
    const QString versionSql = QStringLiteral("SELECT doc_id, locale FROM articles NOT INDEXED ORDER BY id");
    const bool forward = scan(db, versionSql, addVersion);
    if (!forward)
        (void)scan(db, versionSql + u" DESC", addVersion);
    const bool indexed = scan(db,
        QStringLiteral("SELECT doc_id, locale FROM articles INDEXED BY sqlite_autoindex_articles_1 ORDER BY doc_id"),
        addVersion);
    report.scanComplete = forward || indexed;

    QHash<qint64, DocumentState> states;
    const auto addState = [&states](const Rows &q) {
        const QVariant offline = q.value(4);
        states.insert(q.value(0).toLongLong(),
            {q.value(1).toInt() != 0, !q.value(2).isNull(), q.value(3).toString(),
                offline.isNull()           ? OfflineCopy::None
                    : offline.toInt() == 1 ? OfflineCopy::Complete
                                           : OfflineCopy::Incomplete});
    };
    const QString stateSql = QStringLiteral(
        "SELECT id, read, bookmarked, origin_host, offline_copy FROM documents NOT INDEXED ORDER BY id");
    if (!scan(db, stateSql, addState))
        (void)scan(db, stateSql + u" DESC", addState);

    Library fresh;
    if (Result<void> opened = fresh.open(target); !opened)
        return opened.error();

    QList<Core::Article> batch;
    QList<qint64> batchDocs;
    QSet<qint64> copiedDocs;
    // Documents with an offline copy: the new id and the state it had.
    QHash<qint64, std::pair<DocId, OfflineCopy>> offline;
    const auto flush = [&]() {
        const QList<Result<StoreOutcome>> stored = fresh.storeAll(batch);
        for (qsizetype i = 0; i < stored.size(); ++i) {
            if (!stored.at(i)) {
                ++report.unreadable;
                continue;
            }
            ++report.articles;
            const DocumentState state = states.value(batchDocs.at(i));
            if (!copiedDocs.contains(batchDocs.at(i))) {
                copiedDocs.insert(batchDocs.at(i));
                if (state.read)
                    (void)fresh.setRead(stored.at(i)->docId, true);
                if (state.bookmarked)
                    (void)fresh.setBookmarked(stored.at(i)->docId, true);
                if (!state.originHost.isEmpty()) {
                    QUrl origin;
                    origin.setScheme(QStringLiteral("http"));
                    origin.setHost(state.originHost);
                    (void)fresh.setOrigin(stored.at(i)->docId, origin);
                }
                if (state.offline != OfflineCopy::None)
                    offline.insert(batchDocs.at(i), {stored.at(i)->docId, state.offline});
            }
        }
        batch.clear();
        batchDocs.clear();
    };
    for (const auto &[doc, locales] : versions) {
        for (const QString &locale : locales) {
            Result<Core::Article> article = damaged.article(doc, locale);
            if (!article) {
                ++report.unreadable;
                continue;
            }
            batch.append(std::move(article).value());
            batchDocs.append(doc);
            if (batch.size() >= batchArticles)
                flush();
        }
    }
    flush();
    report.documents = int(copiedDocs.size());

    // Offline copies: their images, and their state (complete only if every image came across; the
    // language versions came with the articles above).
    for (auto it = offline.cbegin(); it != offline.cend(); ++it) {
        const auto [newDoc, state] = it.value();
        const bool imagesWhole = copyImages(db, it.key(), fresh, newDoc);
        (void)fresh.setOfflineCopy(newDoc, imagesWhole ? state : OfflineCopy::Incomplete);
    }

    const QList<WatchItem> watchlist = damaged.watchlist();
    for (const WatchItem &item : watchlist) {
        if (fresh.addToWatchlist(item.ticker, item.name))
            ++report.watchlist;
    }
    qCInfo(lcRecovery) << "recovered" << report.articles << "articles," << report.unreadable << "unreadable";
    return report;
}

} // namespace Newsdesk::Storage
