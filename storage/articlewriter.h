#pragma once

#include "storage/library.h"

#include <functional>
#include <optional>

namespace Newsdesk::Storage {

class Connection;

// Stores articles: upsert by (document key, locale), time-ordered ids (ids.h), tickers, and the
// file each came from. Many articles go in one transaction (see storeAll).
class ArticleWriter final
{
public:
    explicit ArticleWriter(Connection &connection)
        : m_connection(connection)
    {
    }
    Q_DISABLE_COPY_MOVE(ArticleWriter)

    // `sourceFiles` is empty or parallel to `articles` (an empty entry: not from a file).
    QList<Result<StoreOutcome>> storeAll(const QList<Core::Article> &articles, const QStringList &sourceFiles);
    // Called in the batch's transaction before it commits, with what was stored (the rules run here).
    // Its failure is logged (the hook undoes its own writes); the articles are stored all the same.
    void setBeforeCommit(std::function<Result<void>(QList<Result<StoreOutcome>> &)> hook)
    {
        m_beforeCommit = std::move(hook);
    }

private:
    std::optional<QList<Result<StoreOutcome>>> storeBatch(
        const QList<Core::Article> &articles, const QStringList &sourceFiles);
    QList<Result<StoreOutcome>> storeEach(const QList<Core::Article> &articles, const QStringList &sourceFiles);
    static std::optional<Error> validate(const Core::Article &article);
    Result<StoreOutcome> write(const Core::Article &article, const QString &sourceFile);
    Result<DocId> allocate(qint64 seconds);
    Result<void> move(DocId from, DocId to, const QVariant &published);
    Result<int> freeSlot(DocId doc);
    Result<void> writeTickers(qint64 articleId, DocId doc, bool unread, bool replace, const Core::Article &article);
    Result<void> rememberFile(const QString &path, const Core::Article &article);
    void runBeforeCommit(QList<Result<StoreOutcome>> &results);

    Connection &m_connection;
    std::function<Result<void>(QList<Result<StoreOutcome>> &)> m_beforeCommit;
};

} // namespace Newsdesk::Storage
