#pragma once

#include "core/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>

struct sqlite3;

namespace Newsdesk::Storage {

class Connection;

// A statement's result rows; resets the statement when it goes out of scope, because an
// unfinished SELECT holds its read snapshot (and blocks a checkpoint).
class Rows final
{
public:
    Rows(QSqlQuery *query, const Connection *connection)
        : m_query(query)
        , m_connection(connection)
    {
    }
    Rows(Rows &&other) noexcept
        : m_query(std::exchange(other.m_query, nullptr))
        , m_connection(other.m_connection)
        , m_error(std::exchange(other.m_error, std::nullopt))
    {
    }
    Rows &operator=(Rows &&other) noexcept
    {
        if (this != &other) {
            finish();
            m_query = std::exchange(other.m_query, nullptr);
            m_connection = other.m_connection;
            m_error = std::exchange(other.m_error, std::nullopt);
        }
        return *this;
    }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    ~Rows() { finish(); }

    // Done reading: frees the statement for its next use.
    void finish()
    {
        if (m_query)
            std::exchange(m_query, nullptr)->finish();
    }

    // False at the end of the rows, and when a row cannot be read (a damaged page): then error()
    // says so. A short list is never silently taken for a whole one.
    bool next();
    const std::optional<Error> &error() const { return m_error; }
    QVariant value(int column) const { return m_query->value(column); }
    QString text(int column) const { return m_query->value(column).toString(); }
    qint64 integer(int column) const { return m_query->value(column).toLongLong(); }
    bool isNull(int column) const { return m_query->isNull(column); }

private:
    QSqlQuery *m_query = nullptr;
    const Connection *m_connection = nullptr;
    std::optional<Error> m_error;
};

// One SQLite connection through Qt's driver, with the raw handle for the C API and a cache of
// prepared statements (reused, so a bulk import does not re-parse its SQL for every article).
class Connection final
{
public:
    Connection() = default;
    ~Connection();
    Q_DISABLE_COPY_MOVE(Connection)

    enum class Access {
        ReadWrite,
        ReadOnly, // no write; reads through the journal files that exist
        Immutable, // no write and no journal files: for a library in a folder that cannot be written
    };
    // Opens (creating if needed, unless read-only) and registers the full-text tokenizer; changes
    // nothing in the file. `readOnlyReason` is what a refused write says.
    Result<void> open(const QString &path, Access access = Access::ReadWrite, const QString &readOnlyReason = {});
    bool isReadOnly() const { return m_access != Access::ReadWrite; }
    void close();
    bool isOpen() const { return m_handle != nullptr; }
    QString name() const { return m_name; }
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_handle; }

    // Runs one statement once (DDL, pragmas, transaction control), not cached.
    Result<void> exec(const QString &sql);
    // Runs a statement to its end through SQLite itself: Qt's driver steps a statement without
    // result columns once, and `PRAGMA incremental_vacuum` frees one page per step.
    Result<void> execToEnd(const QString &sql);
    // Runs a cached statement with `values` bound in order, for its side effects.
    Result<void> run(const QString &sql, std::initializer_list<QVariant> values = {});
    Result<void> run(const QString &sql, const QVariantList &values);
    // Runs a cached statement with `values` bound in order; read its rows before the next call.
    Result<Rows> select(const QString &sql, std::initializer_list<QVariant> values = {});
    Result<Rows> select(const QString &sql, const QVariantList &values);
    // The first column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, std::initializer_list<QVariant> values = {});
    qint64 lastInsertId() const;
    int changes() const;
    bool inTransaction() const;

    // A clear sentence for a failure: full disk, read-only file, busy, damaged, else SQLite's text.
    Error error(const QSqlError &error, const QString &doing) const;
    // The same for a row that could not be read; a damaged file is named with the table it was
    // read from ("the library is damaged at the table articles").
    Error readError(const QSqlError &error, const QString &sql) const;

    // Called (on this connection's thread) each time a damaged page is met, with the sentence.
    void setDamageHandler(std::function<void(const Error &)> handler) { m_damageHandler = std::move(handler); }

private:
    QSqlDatabase database() const;
    Result<QSqlQuery *> prepared(const QString &sql);
    Result<QSqlQuery *> execute(const QString &sql, const QVariantList &values);

    QString m_name;
    QString m_path;
    Access m_access = Access::ReadWrite;
    QString m_readOnlyReason;
    sqlite3 *m_handle = nullptr;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements; // prepared once, by their SQL
    std::function<void(const Error &)> m_damageHandler;
};

// A write transaction (BEGIN IMMEDIATE: a writer waits for the lock up front instead of failing
// with "busy" half-way). Rolls back unless committed.
class WriteTransaction final
{
public:
    explicit WriteTransaction(Connection &connection)
        : m_connection(connection)
    {
    }
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    Connection &m_connection;
    bool m_active = false;
};

// Lets one part of a transaction fail without losing the rest.
class Savepoint final
{
public:
    explicit Savepoint(Connection &connection)
        : m_connection(connection)
    {
    }
    ~Savepoint();
    Q_DISABLE_COPY_MOVE(Savepoint)

    Result<void> begin();
    Result<void> release();
    void rollback();

private:
    Connection &m_connection;
    bool m_active = false;
};

} // namespace Newsdesk::Storage
