#pragma once

// Damages a library file the way a failing disk or a stray write does: one leaf page of the
// articles table, from the middle of its b-tree, overwritten with bytes that are no page at all.

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace Newsdesk::Tests {

struct DamagedPage
{
    qint64 number = 0; // 0: nothing was damaged
    int cells = 0; // rows that were on it
};

// The library must be closed (its write-ahead log checkpointed into the file).
inline DamagedPage damageMiddleLeafOfArticles(const QString &path)
{
    DamagedPage damaged;
    int pageSize = 0;
    const QString name = QStringLiteral("dbstat-probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            // dbstat's path order is the b-tree's order.
            if (query.exec(QStringLiteral("SELECT pageno, ncell, pgsize FROM dbstat WHERE name = 'articles' "
                                          "AND pagetype = 'leaf' ORDER BY path"))) {
                QList<std::tuple<qint64, int, int>> leaves;
                while (query.next())
                    leaves.append({query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toInt()});
                if (!leaves.isEmpty())
                    std::tie(damaged.number, damaged.cells, pageSize) = leaves.at(leaves.size() / 2);
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (damaged.number <= 1 || QFile::exists(path + QStringLiteral("-wal")))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((damaged.number - 1) * pageSize)
        || file.write(QByteArray(pageSize, char(0xA5))) != pageSize)
        return {};
    return damaged;
}

} // namespace Newsdesk::Tests
