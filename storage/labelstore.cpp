#include "storage/labelstore.h"

#include "core/searchsyntax.h"
#include "storage/articlecodec.h"
#include "storage/connection.h"
#include "storage/librarywriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLabels, "newsdesk.storage.labels", QtInfoMsg)

namespace Newsdesk::Storage {

namespace {

Result<QString> checkedName(const QString &label)
{
    const QString name = Core::labelName(label);
    if (name.isEmpty()) {
        return Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate("Newsdesk::Storage::LabelStore",
                "“%1” cannot be a label: a label is one word of at most %2 "
                "characters, with a letter or digit and no quotes.")
                .arg(label.trimmed().left(80))
                .arg(Core::maxLabelLength));
    }
    return name;
}

} // namespace

QList<LabelCount> LabelStore::all() const
{
    QList<LabelCount> labels;
    Result<Rows> rows = m_connection.select(QStringLiteral(
        "SELECT l.name, count(*), sum(d.read = 0) FROM labels l JOIN article_labels a ON a.label_id = l.id "
        "JOIN documents d ON d.id = a.doc_id GROUP BY l.id ORDER BY l.name COLLATE NOCASE, l.name"));
    if (!rows) {
        qCWarning(lcLabels).noquote() << "cannot read labels:" << rows.error().message;
        return labels;
    }
    while (rows->next())
        labels.append({rows->text(0), int(rows->integer(1)), int(rows->integer(2))});
    return labels;
}

QStringList LabelStore::labelsOf(DocId doc) const
{
    QStringList labels;
    Result<Rows> rows = m_connection.select(
        QStringLiteral("SELECT l.name FROM article_labels a JOIN labels l ON l.id = a.label_id WHERE a.doc_id = ? "
                       "ORDER BY l.name COLLATE NOCASE"),
        {doc});
    while (rows && rows->next())
        labels.append(rows->text(0));
    return labels;
}

QStringList LabelStore::names() const
{
    QStringList names;
    Result<Rows> rows
        = m_connection.select(QStringLiteral("SELECT name FROM labels ORDER BY name COLLATE NOCASE, name"));
    while (rows && rows->next())
        names.append(rows->text(0));
    return names;
}

QString LabelStore::find(const QString &label) const
{
    const Result<QVariant> name
        = m_connection.scalar(QStringLiteral("SELECT name FROM labels WHERE name = ?"), {label.trimmed()});
    return name && !name->isNull() ? name->toString() : QString();
}

Result<int> LabelStore::add(const QList<DocId> &docs, const QString &label)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.labels().add(docs, label); });
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    const Result<QList<DocId>> added = addWithin(docs, label);
    if (!added)
        return added.error();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return int(added->size());
}

Result<QList<DocId>> LabelStore::addWithin(const QList<DocId> &docs, const QString &label)
{
    const Result<QString> name = checkedName(label);
    if (!name)
        return name.error();
    if (docs.isEmpty())
        return QList<DocId>();
    if (Result<void> done = m_connection.run(
            QStringLiteral("INSERT INTO labels (name, added) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"),
            {*name, QDateTime::currentMSecsSinceEpoch()});
        !done) {
        return done.error();
    }
    Result<Rows> rows = m_connection.select(
        QStringLiteral("INSERT INTO article_labels (label_id, doc_id) SELECT (SELECT id FROM labels WHERE name = ?), "
                       "d.id FROM documents d WHERE d.id IN (SELECT value FROM json_each(?)) "
                       "ON CONFLICT DO NOTHING RETURNING doc_id"),
        {*name, Codec::numbersToJson(docs)});
    if (!rows)
        return rows.error();
    QList<DocId> added;
    while (rows->next())
        added.append(rows->integer(0));
    if (rows->error())
        return *rows->error();
    return added;
}

Result<int> LabelStore::remove(const QList<DocId> &docs, const QString &label)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.labels().remove(docs, label); });
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    if (Result<void> done = m_connection.run(
            QStringLiteral("DELETE FROM article_labels WHERE label_id = (SELECT id FROM labels WHERE name = ?) AND "
                           "doc_id IN (SELECT value FROM json_each(?))"),
            {label.trimmed(), Codec::numbersToJson(docs)});
        !done) {
        return done.error();
    }
    const int removed = m_connection.changes();
    if (Result<void> done
        = m_connection.run(QStringLiteral("DELETE FROM labels WHERE name = ? AND NOT EXISTS "
                                          "(SELECT 1 FROM article_labels a WHERE a.label_id = labels.id)"),
            {label.trimmed()});
        !done) {
        return done.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return removed;
}

} // namespace Newsdesk::Storage
