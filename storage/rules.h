#pragma once

#include "core/result.h"
#include "storage/library.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Newsdesk::Storage {

class Connection;
class LibraryWriter;
class RuleRunner;

// A rule: a query in the search language (searchsyntax.h) and what to do to each document it
// matches. Rules run in the user's order on every document as it arrives (in the transaction that
// stores it) and, on request, on everything stored. `stop`: no later rule sees what this one matched.
struct Rule
{
    qint64 id = 0;
    QString name;
    QString query;
    QStringList labels; // to add
    bool markRead = false;
    bool bookmark = false; // which also asks for an offline copy (recorded as incomplete until made)
    bool notify = false; // a desktop notification, for arriving documents only
    bool mute = false; // left out of All and Unread
    bool stop = false;

    bool hasAction() const { return !labels.isEmpty() || markRead || bookmark || notify || mute || stop; }
};

// What a rule's preview counts: the documents its query matches among those published (or stored)
// in the 30 days before `now`.
ListFilter previewFilter(const QString &query, const QDateTime &now);

// The rules of a library, in the user's order, and running them on what is stored.
class RuleStore final
{
public:
    RuleStore(Connection &connection, RuleRunner &runner)
        : m_connection(connection)
        , m_runner(runner)
    {
    }
    Q_DISABLE_COPY_MOVE(RuleStore)

    QList<Rule> all() const;
    std::optional<Rule> find(qint64 id) const;
    // By name, ignoring ASCII case.
    std::optional<Rule> findByName(const QString &name) const;
    // Refused with a sentence saying why: no name, a name in use, no query, no action, a label
    // that cannot be one. A new rule goes last.
    Result<qint64> add(const Rule &rule);
    // Changes the rule with rule.id (name, query, actions), keeping its place.
    Result<void> update(const Rule &rule);
    Result<void> remove(qint64 id);
    Result<void> move(qint64 id, int newIndex);

    // Runs one rule (or, with no id, every rule in order) on every stored document; how many
    // documents it changed. Notifications are not raised for stored documents.
    Result<int> apply(std::optional<qint64> id);
    // How many documents apply(id) would change now, found by running it and rolling it back.
    Result<int> wouldChange(std::optional<qint64> id);

    // Writes go to `writer` when there is one (Library::open sets it); they wait for it.
    void setWriter(LibraryWriter *writer) { m_writer = writer; }

private:
    Result<void> check(const Rule &rule) const;
    Result<int> run(std::optional<qint64> id, bool keep);

    Connection &m_connection;
    RuleRunner &m_runner;
    LibraryWriter *m_writer = nullptr;
};

} // namespace Newsdesk::Storage
