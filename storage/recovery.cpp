#include "recovery.h"

#include "connection.h"
#include "library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <map>

Q_LOGGING_CATEGORY(lcRecovery, "newsdesk.storage.recovery", QtInfoMsg)

namespace Newsdesk::Storage {

namespace {

constexpr qsizetype batchArticles = 200;

// Reads rows until the end or the first one that cannot be read; true when the end was reached.
bool scan(const QSqlDatabase &db, const QString &sql, const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        qCWarning(lcRecovery).noquote() << sql << "→" << query.lastError().text();
        return false;
    }
    while (query.next())
        row(query);
    if (query.lastError().isValid()) {
        qCWarning(lcRecovery).noquote() << sql << "stopped:" << query.lastError().text();
        return false;
    }
    return true;
}

struct DocumentState
{
    bool read = false;
    bool bookmarked = false;
};

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
    const QSqlDatabase db = QSqlDatabase::database(damaged.connection().name(), false);

    // Every (document, locale) any path still leads to: the table from its first row forwards and
    // from its last row backwards (each stops at a damaged page), and the covering index.
    std::map<qint64, QSet<QString>, std::greater<>> versions;
    const auto addVersion = [&versions](const QSqlQuery &q) { versions[q.value(0).toLongLong()].insert(q.value(1).toString()); };
    const QString versionSql = QStringLiteral("SELECT doc_id, locale FROM articles NOT INDEXED ORDER BY id");
    const bool forward = scan(db, versionSql, addVersion);
    if (!forward)
        (void)scan(db, versionSql + u" DESC", addVersion);
    const bool indexed = scan(db,
        QStringLiteral("SELECT doc_id, locale FROM articles INDEXED BY sqlite_autoindex_articles_1 ORDER BY doc_id"),
        addVersion);
    report.scanComplete = forward || indexed;

    QHash<qint64, DocumentState> states;
    const auto addState = [&states](const QSqlQuery &q) {
        states.insert(q.value(0).toLongLong(), {q.value(1).toInt() != 0, !q.value(2).isNull()});
    };
    const QString stateSql = QStringLiteral("SELECT id, read, bookmarked FROM documents NOT INDEXED ORDER BY id");
    if (!scan(db, stateSql, addState))
        (void)scan(db, stateSql + u" DESC", addState);

    Library fresh;
    if (Result<void> opened = fresh.open(target); !opened)
        return opened.error();

    QList<Core::Article> batch;
    QList<qint64> batchDocs;
    QSet<qint64> copiedDocs;
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

    const QList<WatchItem> watchlist = damaged.watchlist();
    for (const WatchItem &item : watchlist) {
        if (fresh.addToWatchlist(item.ticker, item.name))
            ++report.watchlist;
    }
    qCInfo(lcRecovery) << "recovered" << report.articles << "articles," << report.unreadable << "unreadable";
    return report;
}

} // namespace Newsdesk::Storage
