#include "storage/rules.h"

#include "core/searchsyntax.h"
#include "storage/articlecodec.h"
#include "storage/connection.h"
#include "storage/librarywriter.h"
#include "storage/rulerunner.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace Newsdesk::Storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsdesk::Storage::RuleStore", text);
}

Error notFound(qint64 id)
{
    return Error::make(Error::Kind::NotFound, tr("There is no rule %1.").arg(id));
}

QString labelsJson(const QStringList &labels)
{
    QStringList names;
    for (const QString &label : labels) {
        const QString name = Core::labelName(label);
        if (!names.contains(name, Qt::CaseInsensitive))
            names.append(name);
    }
    return Codec::stringsToJson(names);
}

} // namespace

ListFilter previewFilter(const QString &query, const QDateTime &now)
{
    ListFilter filter;
    filter.search = u"within:30d " + query;
    filter.now = now;
    return filter;
}

QList<Rule> RuleStore::all() const
{
    return m_runner.rules();
}

std::optional<Rule> RuleStore::find(qint64 id) const
{
    const QList<Rule> rules = all();
    const auto it = std::find_if(rules.begin(), rules.end(), [id](const Rule &r) { return r.id == id; });
    return it == rules.end() ? std::nullopt : std::optional<Rule>(*it);
}

std::optional<Rule> RuleStore::findByName(const QString &name) const
{
    const QList<Rule> rules = all();
    const QString wanted = name.trimmed();
    const auto it = std::find_if(
        rules.begin(), rules.end(), [&](const Rule &r) { return r.name.compare(wanted, Qt::CaseInsensitive) == 0; });
    return it == rules.end() ? std::nullopt : std::optional<Rule>(*it);
}

Result<void> RuleStore::check(const Rule &rule) const
{
    if (rule.name.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("A rule needs a name."));
    const std::optional<Rule> same = findByName(rule.name);
    if (same && same->id != rule.id)
        return Error::make(
            Error::Kind::InvalidInput, tr("There is already a rule named “%1”.").arg(rule.name.trimmed()));
    if (rule.query.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("A rule needs something to search for."));
    if (!rule.hasAction())
        return Error::make(Error::Kind::InvalidInput,
            tr("A rule needs something to do: add a label, mark read, bookmark, notify, mute or stop."));
    for (const QString &label : rule.labels) {
        if (Core::labelName(label).isEmpty())
            return Error::make(Error::Kind::InvalidInput,
                tr("“%1” cannot be a label: a label is one word of at most %2 characters, with a letter "
                   "or digit and no quotes.")
                    .arg(label.trimmed().left(80))
                    .arg(Core::maxLabelLength));
    }
    return {};
}

Result<qint64> RuleStore::add(const Rule &rule)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.rules().add(rule); });
    Rule fresh = rule;
    fresh.id = 0;
    if (Result<void> ok = check(fresh); !ok)
        return ok.error();
    if (Result<void> done = m_connection.run(
            QStringLiteral(
                "INSERT INTO rules (name, query, labels, mark_read, bookmark, notify, mute, stop, position, "
                "added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM rules), ?)"),
            {rule.name.trimmed(), rule.query.trimmed(), labelsJson(rule.labels), rule.markRead, rule.bookmark,
                rule.notify, rule.mute, rule.stop, QDateTime::currentMSecsSinceEpoch()});
        !done) {
        return done.error();
    }
    return m_connection.lastInsertId();
}

Result<void> RuleStore::update(const Rule &rule)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.rules().update(rule); });
    if (Result<void> ok = check(rule); !ok)
        return ok;
    if (Result<void> done = m_connection.run(
            QStringLiteral("UPDATE rules SET name = ?, query = ?, labels = ?, mark_read = ?, bookmark = ?, notify = ?, "
                           "mute = ?, stop = ? WHERE id = ?"),
            {rule.name.trimmed(), rule.query.trimmed(), labelsJson(rule.labels), rule.markRead, rule.bookmark,
                rule.notify, rule.mute, rule.stop, rule.id});
        !done) {
        return done;
    }
    return m_connection.changes() == 0 ? Result<void>(notFound(rule.id)) : Result<void>();
}

Result<void> RuleStore::remove(qint64 id)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.rules().remove(id); });
    if (Result<void> done = m_connection.run(QStringLiteral("DELETE FROM rules WHERE id = ?"), {id}); !done)
        return done;
    return m_connection.changes() == 0 ? Result<void>(notFound(id)) : Result<void>();
}

Result<void> RuleStore::move(qint64 id, int newIndex)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.rules().move(id, newIndex); });
    QList<Rule> rules = all();
    const auto it = std::find_if(rules.begin(), rules.end(), [id](const Rule &r) { return r.id == id; });
    if (it == rules.end())
        return notFound(id);
    const Rule moved = *it;
    rules.erase(it);
    rules.insert(qBound(0, newIndex, int(rules.size())), moved);
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    for (int i = 0; i < rules.size(); ++i) {
        if (Result<void> done
            = m_connection.run(QStringLiteral("UPDATE rules SET position = ? WHERE id = ?"), {i, rules.at(i).id});
            !done) {
            return done;
        }
    }
    return transaction.commit();
}

Result<int> RuleStore::apply(std::optional<qint64> id)
{
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.rules().apply(id); });
    return run(id, true);
}

Result<int> RuleStore::wouldChange(std::optional<qint64> id)
{
    // On the writer too: the rollback must not race the writer's own transaction.
    if (m_writer)
        return m_writer->call([&](Library &writer) { return writer.rules().wouldChange(id); });
    return run(id, false);
}

Result<int> RuleStore::run(std::optional<qint64> id, bool keep)
{
    QList<Rule> rules = all();
    if (id) {
        const std::optional<Rule> rule = find(*id);
        if (!rule)
            return notFound(*id);
        rules = {*rule};
    }
    WriteTransaction transaction(m_connection);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    const Result<RuleEffects> effects = m_runner.run(rules, std::nullopt);
    if (!effects)
        return effects.error();
    if (!keep) {
        transaction.rollback();
        return int(effects->changed.size());
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return int(effects->changed.size());
}

} // namespace Newsdesk::Storage
