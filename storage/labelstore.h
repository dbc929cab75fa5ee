#pragma once

#include "core/result.h"
#include "storage/library.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Newsdesk::Storage {

class Connection;
class LibraryWriter;

struct LabelCount
{
    QString name; // as first written
    int count = 0; // documents carrying it
    int unread = 0; // of them, not read
};

// The user's labels on documents (any number per document; a label is one word, see
// Core::labelName). A label lives while some document carries it. Names compare without regard
// to ASCII case: "Macro" and "macro" are one label, kept as first written.
class LabelStore final
{
public:
    explicit LabelStore(Connection &connection)
        : m_connection(connection)
    {
    }
    Q_DISABLE_COPY_MOVE(LabelStore)

    // Every label, by name, with its counts.
    QList<LabelCount> all() const;
    QStringList labelsOf(DocId doc) const;
    // Every label's name, by name (no counting: for the GUI thread).
    QStringList names() const;
    // The label as stored when some document carries it ("macro" finds "Macro"), else empty.
    QString find(const QString &label) const;

    // Puts the label on the documents; how many did not carry it yet. A name that cannot be a
    // label is refused with a sentence saying why. Goes to the writer when there is one.
    Result<int> add(const QList<DocId> &docs, const QString &label);
    // Takes it off; how many carried it.
    Result<int> remove(const QList<DocId> &docs, const QString &label);

    // add() inside the caller's transaction (the writer's, while rules run); the documents that
    // did not carry the label yet.
    Result<QList<DocId>> addWithin(const QList<DocId> &docs, const QString &label);

    void setWriter(LibraryWriter *writer) { m_writer = writer; }

private:
    Connection &m_connection;
    LibraryWriter *m_writer = nullptr;
};

} // namespace Newsdesk::Storage
