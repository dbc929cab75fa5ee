#include "storage/connection.h"

#include "storage/cjktokenizer.h"
#include "storage/textpacking.h"
#include "storage/tickerfunctions.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <atomic>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcConnection, "newsdesk.storage.connection", QtInfoMsg)

namespace Newsdesk::Storage {

namespace {

std::atomic_int connectionCounter{0};

} // namespace

Connection::~Connection()
{
    close();
}

Result<void> Connection::open(const QString &path, Access access, const QString &readOnlyReason)
{
    close();
    m_name = QStringLiteral("newsdesk-library-%1").arg(++connectionCounter);
    m_path = path;
    m_access = access;
    m_readOnlyReason = readOnlyReason;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    switch (access) {
    case Access::ReadWrite:
        db.setDatabaseName(path);
        break;
    case Access::ReadOnly:
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        break;
    case Access::Immutable:
        // WAL would need its -shm file beside the library; `immutable` reads the file alone.
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + u"?immutable=1");
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        break;
    }
    if (!db.open()) {
        const Error failure = error(db.lastError(), QStringLiteral("cannot open %1").arg(path));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
        return failure;
    }
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle) {
        close();
        return Error::make(Error::Kind::Database, QStringLiteral("Qt's SQLite driver gave no connection handle"));
    }
    sqlite3_extended_result_codes(m_handle, 1);
    Result<void> registered = registerCjkTokenizer(m_handle);
    if (registered)
        registered = TextPacking::registerFunctions(m_handle);
    if (registered)
        registered = TickerFunctions::registerFunctions(m_handle);
    if (!registered) {
        close();
        return registered;
    }
    qCDebug(lcConnection) << "opened" << path << "as" << m_name;
    return {};
}

void Connection::close()
{
    m_statements.clear();
    m_handle = nullptr;
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<void> Connection::exec(const QString &sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return error(query.lastError(), sql.left(60));
    return {};
}

Result<void> Connection::execToEnd(const QString &sql)
{
    if (!m_handle)
        return Error::make(Error::Kind::Database,
            QCoreApplication::translate("Newsdesk::Storage::Connection", "the library is not open"));
    char *message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return Error::make(Error::Kind::Database, QStringLiteral("%1: %2").arg(sql.left(60), text));
}

Result<QSqlQuery *> Connection::prepared(const QString &sql)
{
    if (const auto cached = m_statements.find(sql); cached != m_statements.end())
        return cached->second.get();
    if (!isOpen())
        return Error::make(Error::Kind::Database,
            QCoreApplication::translate("Newsdesk::Storage::Connection", "the library is not open"));
    auto query = std::make_unique<QSqlQuery>(database());
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return error(query->lastError(), QStringLiteral("cannot prepare \"%1\"").arg(sql.left(80)));
    return m_statements.emplace(sql, std::move(query)).first->second.get();
}

Result<QSqlQuery *> Connection::execute(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery *> query = prepared(sql);
    if (!query)
        return query;
    QSqlQuery *q = query.value();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // A null QString would bind as SQL NULL; text columns are NOT NULL and '' means empty.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            q->bindValue(i, QString(u""_qs));
        else
            q->bindValue(i, value);
    }
    if (!q->exec()) {
        const Error failure = readError(q->lastError(), sql);
        q->finish();
        return failure;
    }
    return q;
}

Result<void> Connection::run(const QString &sql, std::initializer_list<QVariant> values)
{
    return run(sql, QVariantList(values));
}

Result<void> Connection::run(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery *> query = execute(sql, values);
    if (!query)
        return query.error();
    query.value()->finish();
    return {};
}

Result<Rows> Connection::select(const QString &sql, std::initializer_list<QVariant> values)
{
    return select(sql, QVariantList(values));
}

Result<Rows> Connection::select(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery *> query = execute(sql, values);
    if (!query)
        return query.error();
    return Rows(query.value(), this);
}

Result<QVariant> Connection::scalar(const QString &sql, std::initializer_list<QVariant> values)
{
    Result<Rows> rows = select(sql, values);
    if (!rows)
        return rows.error();
    if (!rows->next())
        return QVariant();
    return rows->value(0);
}

qint64 Connection::lastInsertId() const
{
    return m_handle ? sqlite3_last_insert_rowid(m_handle) : 0;
}

int Connection::changes() const
{
    return m_handle ? sqlite3_changes(m_handle) : 0;
}

bool Connection::inTransaction() const
{
    return m_handle && !sqlite3_get_autocommit(m_handle);
}

Error Connection::error(const QSqlError &sqlError, const QString &doing) const
{
    bool numeric = false;
    const int code = sqlError.nativeErrorCode().toInt(&numeric);
    const int primary = numeric ? (code & 0xff) : (m_handle ? sqlite3_errcode(m_handle) & 0xff : SQLITE_ERROR);
    Error::Kind kind = Error::Kind::Database;
    QString reason;
    switch (primary) {
    case SQLITE_FULL:
        kind = Error::Kind::Io;
        reason = QCoreApplication::translate("Newsdesk::Storage::Connection", "the disk is full");
        break;
    case SQLITE_READONLY:
        kind = Error::Kind::Io;
        reason = m_readOnlyReason.isEmpty()
            ? QCoreApplication::translate("Newsdesk::Storage::Connection", "the library file is read-only")
            : QCoreApplication::translate("Newsdesk::Storage::Connection", "the library is open read-only: %1")
                  .arg(m_readOnlyReason);
        break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        kind = Error::Kind::Io;
        reason = QCoreApplication::translate(
            "Newsdesk::Storage::Connection", "the library file cannot be read or written");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        reason = QCoreApplication::translate(
            "Newsdesk::Storage::Connection", "the library is busy (another program is writing to it)");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        reason = QCoreApplication::translate(
            "Newsdesk::Storage::Connection", "the library file is damaged or is not a Newsdesk library");
        break;
    default:
        reason = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
        break;
    }
    // The sentence is for people; the statement that failed goes to the log only.
    QString message = reason;
    if (primary == SQLITE_IOERR || primary == SQLITE_BUSY || primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        message += u" (" + sqlError.databaseText() + u')';
    qCWarning(lcConnection).noquote() << m_path << doing << "→" << message;
    const Error failure = Error::make(kind, message);
    if ((primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) && m_damageHandler)
        m_damageHandler(failure);
    return failure;
}

Error Connection::readError(const QSqlError &sqlError, const QString &sql) const
{
    bool numeric = false;
    const int code = sqlError.nativeErrorCode().toInt(&numeric);
    const int primary = numeric ? (code & 0xff) : (m_handle ? sqlite3_errcode(m_handle) & 0xff : SQLITE_ERROR);
    // A file that is not a database at all keeps the sentence of error().
    static const QRegularExpression firstTable(
        QStringLiteral("\\bFROM\\s+(\\w+)"), QRegularExpression::CaseInsensitiveOption);
    const QString table = firstTable.match(sql).captured(1);
    if (primary != SQLITE_CORRUPT || table.isEmpty())
        return error(sqlError, sql.simplified().left(60));
    const QString place = QCoreApplication::translate("Newsdesk::Storage::Connection", "the table %1").arg(table);
    const Error failure = Error::make(Error::Kind::Database,
        QCoreApplication::translate("Newsdesk::Storage::Connection", "the library is damaged at %1 (%2)")
            .arg(place, sqlError.databaseText()));
    qCWarning(lcConnection).noquote() << m_path << sql.simplified().left(60) << "→" << failure.message;
    if (m_damageHandler)
        m_damageHandler(failure);
    return failure;
}

bool Rows::next()
{
    if (m_query->next())
        return true;
    if (m_query->lastError().isValid() && !m_error)
        m_error = m_connection->readError(m_query->lastError(), m_query->lastQuery());
    return false;
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Result<void> WriteTransaction::begin()
{
    Result<void> begun = m_connection.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_active = begun.ok();
    return begun;
}

Result<void> WriteTransaction::commit()
{
    if (!m_active)
        return Error::make(Error::Kind::Database, QStringLiteral("the transaction was rolled back"));
    Result<void> committed = m_connection.exec(QStringLiteral("COMMIT"));
    if (committed)
        m_active = false;
    else
        rollback();
    return committed;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // After a full disk or an I/O error SQLite may have rolled back already.
    if (m_connection.inTransaction())
        (void)m_connection.exec(QStringLiteral("ROLLBACK"));
}

Savepoint::~Savepoint()
{
    rollback();
}

Result<void> Savepoint::begin()
{
    Result<void> begun = m_connection.exec(QStringLiteral("SAVEPOINT item"));
    m_active = begun.ok();
    return begun;
}

Result<void> Savepoint::release()
{
    if (!m_active)
        return {};
    m_active = false;
    return m_connection.exec(QStringLiteral("RELEASE item"));
}

void Savepoint::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_connection.inTransaction()) {
        (void)m_connection.exec(QStringLiteral("ROLLBACK TO item"));
        (void)m_connection.exec(QStringLiteral("RELEASE item"));
    }
}

} // namespace Newsdesk::Storage
