#pragma once

// Small helpers shared by the subscription and image stores (owned by the fetching engineer):
// they work on a Library's Qt SQL connection by name, and never see the Library's internals.

#include "result.h"

#include <QDateTime>
#include <QTimeZone>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace Newsdesk::Storage::NetSql {

inline Error sqlError(const QSqlError &error, const QString &doing)
{
    return Error::make(Error::Kind::Database, doing + u": " + error.text());
}

inline QVariant msecs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime fromMsecs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Qt binds a null QString as NULL; text columns here are NOT NULL DEFAULT ''.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

inline QVariant text(const QByteArray &value)
{
    return text(QString::fromLatin1(value));
}

// Prepares and runs `sql` with `values` bound in order.
inline Result<void> run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values,
                        const QString &doing)
{
    if (!query.prepare(sql))
        return sqlError(query.lastError(), doing);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError(), doing);
    return {};
}

// BEGIN IMMEDIATE … COMMIT, rolled back unless committed (a writer waits for the lock up front).
class Transaction final
{
public:
    explicit Transaction(const QSqlDatabase &db) : m_db(db) {}
    ~Transaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    Q_DISABLE_COPY_MOVE(Transaction)

    Result<void> begin()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(query.lastError(), QStringLiteral("starting a transaction"));
        m_active = true;
        return {};
    }
    Result<void> commit()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT")))
            return sqlError(query.lastError(), QStringLiteral("committing"));
        m_active = false;
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Newsdesk::Storage::NetSql
