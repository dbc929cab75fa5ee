#include "storage/articlewriter.h"

#include "core/companyname.h"
#include "core/ticker.h"
#include "core/tickerrole.h"
#include "storage/articlecodec.h"
#include "storage/connection.h"
#include "storage/ids.h"
#include "storage/textpacking.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWriter, "newsdesk.storage.writer", QtInfoMsg)

namespace Newsdesk::Storage {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Error lostTransaction(const Error &cause)
{
    return Error::make(cause.kind,
        QCoreApplication::translate("Newsdesk::Storage::ArticleWriter", "not stored, the batch was rolled back: %1")
            .arg(cause.message));
}

} // namespace

// Fast path first: the whole batch in one transaction without savepoints, because FTS5 flushes
// its pending index at every savepoint (a savepoint per article made an import ~10% slower and
// fragmented the index). If an article fails, the batch is rolled back and stored again with a
// savepoint per article, so that the failure loses nothing else.
QList<Result<StoreOutcome>> ArticleWriter::storeAll(
    const QList<Core::Article> &articles, const QStringList &sourceFiles)
{
    if (articles.isEmpty())
        return {};
    if (std::optional<QList<Result<StoreOutcome>>> stored = storeBatch(articles, sourceFiles))
        return *stored;
    return storeEach(articles, sourceFiles);
}

std::optional<QList<Result<StoreOutcome>>> ArticleWriter::storeBatch(
    const QList<Core::Article> &articles, const QStringList &sourceFiles)
{
    QList<Result<StoreOutcome>> results;
    results.reserve(articles.size());
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return QList<Result<StoreOutcome>>(articles.size(), Result<StoreOutcome>(begun.error()));
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (std::optional<Error> invalid = validate(articles.at(i))) {
            results.append(*invalid); // nothing written for it: the batch goes on
            continue;
        }
        Result<StoreOutcome> outcome = write(articles.at(i), sourceFiles.value(i));
        if (!outcome)
            return std::nullopt; // rolled back by the transaction's destructor
        results.append(std::move(outcome));
    }
    runBeforeCommit(results);
    if (Result<void> committed = transaction.commit(); !committed)
        return QList<Result<StoreOutcome>>(articles.size(), Result<StoreOutcome>(lostTransaction(committed.error())));
    return results;
}

void ArticleWriter::runBeforeCommit(QList<Result<StoreOutcome>> &results)
{
    if (!m_beforeCommit || !m_connection.inTransaction())
        return;
    if (Result<void> done = m_beforeCommit(results); !done)
        qCWarning(lcWriter).noquote() << "the rules did not run on the stored articles:" << done.error().message;
}

QList<Result<StoreOutcome>> ArticleWriter::storeEach(
    const QList<Core::Article> &articles, const QStringList &sourceFiles)
{
    QList<Result<StoreOutcome>> results;
    results.reserve(articles.size());
    auto failAll = [&](const Error &cause) {
        QList<Result<StoreOutcome>> failed;
        for (qsizetype i = 0; i < articles.size(); ++i)
            failed.append(i < results.size() && !results.at(i).ok() ? results.at(i)
                                                                    : Result<StoreOutcome>(lostTransaction(cause)));
        return failed;
    };

    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return QList<Result<StoreOutcome>>(articles.size(), Result<StoreOutcome>(begun.error()));
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const Core::Article &article = articles.at(i);
        Savepoint savepoint(m_connection);
        Result<void> begun = savepoint.begin();
        Result<StoreOutcome> outcome
            = begun ? write(article, sourceFiles.value(i)) : Result<StoreOutcome>(begun.error());
        if (outcome) {
            if (Result<void> released = savepoint.release(); !released)
                outcome = released.error();
        } else {
            savepoint.rollback();
            qCWarning(lcWriter).noquote() << "not stored:" << article.key << article.locale << outcome.error().message;
        }
        // A full disk or an I/O error can make SQLite roll back the whole transaction.
        if (!m_connection.inTransaction()) {
            results.append(outcome);
            return failAll(outcome.ok() ? Error::make(Error::Kind::Database, QStringLiteral("the transaction ended"))
                                        : outcome.error());
        }
        results.append(std::move(outcome));
    }
    runBeforeCommit(results);
    if (Result<void> committed = transaction.commit(); !committed)
        return failAll(committed.error());
    return results;
}

std::optional<Error> ArticleWriter::validate(const Core::Article &article)
{
    if (article.key.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate(
                "Newsdesk::Storage::ArticleWriter", "the article has no key (no news id and no URL)"));
    return std::nullopt;
}

Result<StoreOutcome> ArticleWriter::write(const Core::Article &article, const QString &sourceFile)
{
    if (std::optional<Error> invalid = validate(article))
        return *invalid;
    const QByteArray hash = Codec::contentHash(article);
    const QVariant published = Codec::timeToValue(article.published);

    DocId doc = 0;
    QVariant storedPublished;
    bool unread = true;
    {
        Result<Rows> rows = m_connection.select(
            QStringLiteral("SELECT id, published, read FROM documents WHERE key = ?"), {article.key});
        if (!rows)
            return rows.error();
        if (rows->next()) {
            doc = rows->integer(0);
            storedPublished = rows->value(1);
            unread = rows->integer(2) == 0;
        }
    }
    bool moved = false;
    if (doc != 0 && !published.isNull()
        && (storedPublished.isNull() || storedPublished.toLongLong() != published.toLongLong())) {
        const qint64 second = Ids::clampSeconds(article.published.toSecsSinceEpoch());
        if (second != Ids::secondOf(doc)) {
            Result<DocId> target = allocate(second);
            if (!target)
                return target.error();
            if (Result<void> done = move(doc, target.value(), published); !done)
                return done.error();
            doc = target.value();
            moved = true;
        } else if (Result<void> done = m_connection.run(
                       QStringLiteral("UPDATE documents SET published = ? WHERE id = ?"), {published, doc});
                   !done) {
            return done.error();
        }
    }
    const bool newDocument = doc == 0;
    if (newDocument) {
        Result<DocId> allocated = allocate(Ids::orderingSeconds(article.published));
        if (!allocated)
            return allocated.error();
        doc = allocated.value();
        if (Result<void> done
            = m_connection.run(QStringLiteral("INSERT INTO documents (id, key, published, added) VALUES (?, ?, ?, ?)"),
                {doc, article.key, published, nowMs()});
            !done) {
            return done.error();
        }
    }

    qint64 articleId = 0;
    bool existed = false;
    {
        Result<Rows> rows = m_connection.select(
            QStringLiteral("SELECT id, content_hash FROM articles WHERE doc_id = ? AND locale = ?"),
            {doc, article.locale});
        if (!rows)
            return rows.error();
        if (rows->next()) {
            existed = true;
            articleId = rows->integer(0);
            if (rows->value(1).toByteArray() == hash) {
                if (Result<void> remembered = rememberFile(sourceFile, article); !remembered)
                    return remembered.error();
                return StoreOutcome{doc, moved ? StoreAction::Updated : StoreAction::Unchanged};
            }
        }
    }
    if (!existed) {
        Result<int> slot = newDocument ? Result<int>(0) : freeSlot(doc);
        if (!slot)
            return slot.error();
        articleId = Ids::articleId(doc, slot.value());
    }

    const QByteArray body = article.body.toUtf8();
    const Result<void> upserted = m_connection.run(
        QStringLiteral("INSERT INTO articles (id, doc_id, locale, title, type, url, published, summary, tickers, "
                       "content_hash, stored, variants, related_stocks, mentions, related_news, extra, warnings, body, "
                       "source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET title = excluded.title, type = excluded.type, "
                       "url = excluded.url, published = excluded.published, summary = excluded.summary, "
                       "tickers = excluded.tickers, content_hash = excluded.content_hash, stored = excluded.stored, "
                       "variants = excluded.variants, related_stocks = excluded.related_stocks, "
                       "mentions = excluded.mentions, related_news = excluded.related_news, extra = excluded.extra, "
                       "warnings = excluded.warnings, body = excluded.body, source = excluded.source"),
        {articleId, doc, article.locale, article.title, article.type, Codec::urlToText(article.url), published,
            article.summary, Codec::displayTickers(article), hash, nowMs(), Codec::variantsToJson(article.variants),
            Codec::stocksToJson(article.relatedStocks), Codec::stringsToJson(article.mentions),
            Codec::newsToJson(article.relatedNews), Codec::extraToJson(article.extra),
            Codec::stringsToJson(article.warnings), TextPacking::pack(body),
            TextPacking::pack(article.source.toUtf8(), body)});
    if (!upserted)
        return upserted.error();
    if (Result<void> done = writeTickers(articleId, doc, unread, existed, article); !done)
        return done.error();
    if (Result<void> remembered = rememberFile(sourceFile, article); !remembered)
        return remembered.error();
    return StoreOutcome{doc, existed ? StoreAction::Updated : StoreAction::Inserted, newDocument};
}

// The next free id of that second (or, in the unlikely case that 65,536 documents share it, of
// the next second with room).
Result<DocId> ArticleWriter::allocate(qint64 seconds)
{
    for (qint64 second = Ids::clampSeconds(seconds); second <= Ids::maxSeconds; ++second) {
        const DocId first = Ids::firstOfSecond(second);
        const DocId end = first + Ids::sequencePerSecond;
        Result<QVariant> highest = m_connection.scalar(
            QStringLiteral("SELECT max(id) FROM documents WHERE id >= ? AND id < ?"), {first, end});
        if (!highest)
            return highest.error();
        if (highest->isNull())
            return first;
        if (highest->toLongLong() + 1 < end)
            return highest->toLongLong() + 1;
    }
    return Error::make(Error::Kind::Database, QStringLiteral("no free document id"));
}

// A new publish time moves the document, its articles (and so their full-text rows, by the
// update trigger) and their tickers to ids of the new time, inside the caller's transaction.
Result<void> ArticleWriter::move(DocId from, DocId to, const QVariant &published)
{
    qCDebug(lcWriter) << "document" << from << "moves to" << to;
    if (Result<void> done = m_connection.run(
            QStringLiteral("UPDATE documents SET id = ?, published = ? WHERE id = ?"), {to, published, from});
        !done) {
        return done;
    }
    // documents.id cascaded to articles.doc_id; articles.id cascades to article_tickers.article_id.
    if (Result<void> done
        = m_connection.run(QStringLiteral("UPDATE articles SET id = ? * 64 + id % 64 WHERE doc_id = ?"), {to, to});
        !done) {
        return done;
    }
    return m_connection.run(
        QStringLiteral("UPDATE article_tickers SET doc_id = ? WHERE article_id >= ? AND article_id < ?"),
        {to, Ids::articleId(to, 0), Ids::articleId(to + 1, 0)});
}

Result<int> ArticleWriter::freeSlot(DocId doc)
{
    Result<Rows> rows = m_connection.select(QStringLiteral("SELECT id FROM articles WHERE doc_id = ?"), {doc});
    if (!rows)
        return rows.error();
    quint64 used = 0;
    while (rows->next())
        used |= quint64(1) << Ids::slotOf(rows->integer(0));
    for (int slot = 0; slot < Ids::slotsPerDocument; ++slot) {
        if (!(used & (quint64(1) << slot)))
            return slot;
    }
    return Error::make(
        Error::Kind::InvalidInput, QStringLiteral("the document already has %1 locales").arg(Ids::slotsPerDocument));
}

Result<void> ArticleWriter::writeTickers(
    qint64 articleId, DocId doc, bool unread, bool replace, const Core::Article &article)
{
    if (replace) {
        if (Result<void> done
            = m_connection.run(QStringLiteral("DELETE FROM article_tickers WHERE article_id = ?"), {articleId});
            !done) {
            return done;
        }
    }
    const QString insert
        = QStringLiteral("INSERT INTO article_tickers (article_id, key, doc_id, ticker, name, related, unread, role) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, key) DO NOTHING");
    const QString insertAlias
        = QStringLiteral("INSERT INTO ticker_aliases (key, alias, origin) VALUES (?, ?, 0) ON CONFLICT DO NOTHING");
    for (const Core::ArticleTicker &ticker : Core::classifyTickers(article)) {
        if (Result<void> done = m_connection.run(insert,
                {articleId, ticker.key, doc, ticker.ticker, ticker.name, ticker.related ? 1 : 0, unread ? 1 : 0,
                    int(ticker.role)});
            !done) {
            return done;
        }
        if (const QString alias = Core::companyAlias(ticker.name); !alias.isEmpty()) {
            if (Result<void> done = m_connection.run(insertAlias, {ticker.key, alias}); !done)
                return done;
        }
    }
    return {};
}

Result<void> ArticleWriter::rememberFile(const QString &path, const Core::Article &article)
{
    if (path.isEmpty())
        return {};
    return m_connection.run(
        QStringLiteral("INSERT INTO imported_files (path, doc_key, locale, imported) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (path) DO UPDATE SET doc_key = excluded.doc_key, locale = excluded.locale, "
                       "imported = excluded.imported"),
        {path, article.key, article.locale, nowMs()});
}

} // namespace Newsdesk::Storage
