#pragma once

#include "core/result.h"
#include "storage/library.h"
#include "storage/listplan.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace Newsdesk::Storage {

class Connection;
class LabelStore;
class ListQuery;
struct Rule;

// What running rules did: the documents they changed, and for each matched document the rules
// that asked for a notification.
struct RuleEffects
{
    QSet<DocId> changed;
    QHash<DocId, QStringList> notify;
};

// Runs rules inside the caller's write transaction. A rule's documents are found by the list's
// own query for its search (ListPlan), restricted to the documents in question, so a rule
// matches exactly what the same search lists.
class RuleRunner final
{
public:
    RuleRunner(Connection &connection, ListQuery &list, LabelStore &labels)
        : m_connection(connection)
        , m_list(list)
        , m_labels(labels)
    {
    }
    Q_DISABLE_COPY_MOVE(RuleRunner)

    // The library's rules in order (read once per call of run()).
    QList<Rule> rules() const;
    // Runs `rules` in order on `among` (arriving documents), or on every document with none.
    Result<RuleEffects> run(const QList<Rule> &rules, const std::optional<QList<DocId>> &among);
    // Runs the library's rules on newly stored documents and notes the notifications in the
    // outcomes; on failure nothing of theirs is kept.
    Result<void> runOnArrivals(QList<Result<StoreOutcome>> &outcomes);

private:
    // What the rules of one run share: the documents, what is known of them, and the documents of
    // the queries no rule's action can change (several rules with one query run it once).
    struct Batch
    {
        std::optional<QList<DocId>> among;
        TickerNames names; // the company names a search's words may name
        std::optional<QSet<QString>> keys; // the tickers of `among` (all of them)
        QDateTime now;
        QHash<QString, QList<DocId>> found; // by query
    };

    Result<void> readBatch(Batch &batch) const;
    Result<QList<DocId>> matching(const Rule &rule, Batch &batch) const;
    Result<QList<DocId>> update(const QString &sql, const QList<DocId> &docs, const QVariantList &before = {});

    Connection &m_connection;
    ListQuery &m_list;
    LabelStore &m_labels;
};

} // namespace Newsdesk::Storage
