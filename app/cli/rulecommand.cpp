#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"
#include "storage/rules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Newsdesk::Cli {

namespace {

const QString usage = u"rule add NAME QUERY [--label L]… [--mark-read] [--bookmark] [--notify] [--mute] [--stop] | "
                      u"remove NAME | list [--json] | apply NAME|--all"_qs;

// The actions as the options that give them: "--label Macro --mark-read".
QString actionsText(const Storage::Rule &rule)
{
    QStringList parts;
    for (const QString &label : rule.labels)
        parts.append(u"--label " + label);
    if (rule.markRead)
        parts.append(u"--mark-read"_qs);
    if (rule.bookmark)
        parts.append(u"--bookmark"_qs);
    if (rule.notify)
        parts.append(u"--notify"_qs);
    if (rule.mute)
        parts.append(u"--mute"_qs);
    if (rule.stop)
        parts.append(u"--stop"_qs);
    return parts.join(u' ');
}

int list(Context &context, Storage::Library &library, bool json)
{
    const QList<Storage::Rule> rules = library.rules().all();
    QJsonArray array;
    for (const Storage::Rule &rule : rules) {
        if (json) {
            array.append(QJsonObject{{u"name"_qs, rule.name}, {u"query"_qs, rule.query},
                {u"labels"_qs, QJsonArray::fromStringList(rule.labels)}, {u"mark_read"_qs, rule.markRead},
                {u"bookmark"_qs, rule.bookmark}, {u"notify"_qs, rule.notify}, {u"mute"_qs, rule.mute},
                {u"stop"_qs, rule.stop}});
        } else { // NAME<TAB>QUERY<TAB>ACTIONS, in the order they run
            context.out << rule.name << '\t' << rule.query << '\t' << actionsText(rule) << '\n';
        }
    }
    if (json)
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    context.out.flush();
    return Success;
}

} // namespace

int ruleCommand(Context &context)
{
    Arguments arguments(context.args);
    const bool json = arguments.takeFlag(u"--json"_qs);
    const bool all = arguments.takeFlag(u"--all"_qs);
    Storage::Rule rule;
    rule.labels = arguments.takeValues(u"--label"_qs);
    rule.markRead = arguments.takeFlag(u"--mark-read"_qs);
    rule.bookmark = arguments.takeFlag(u"--bookmark"_qs);
    rule.notify = arguments.takeFlag(u"--notify"_qs);
    rule.mute = arguments.takeFlag(u"--mute"_qs);
    rule.stop = arguments.takeFlag(u"--stop"_qs);
    const QStringList words = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"rule"_qs, arguments.error(), usage);
    const QString action = words.value(0);
    if (action != u"add" && action != u"remove" && action != u"list" && action != u"apply")
        return usageError(context, u"rule"_qs, u"say add, remove, list or apply"_qs, usage);
    if (all && action != u"apply")
        return usageError(context, u"rule"_qs, u"--all goes with apply"_qs, usage);
    if (action != u"add" && rule.hasAction())
        return usageError(context, u"rule"_qs, u"actions are options of rule add"_qs, usage);
    if (action == u"add" && words.size() < 3)
        return usageError(context, u"rule"_qs, u"add needs a name and a query"_qs, usage);
    if (action == u"remove" && words.size() != 2)
        return usageError(context, u"rule"_qs, u"remove needs a rule's name"_qs, usage);
    if (action == u"list" && words.size() != 1)
        return usageError(context, u"rule"_qs, u"list takes nothing more"_qs, usage);
    if (action == u"apply" && (all ? words.size() != 1 : words.size() != 2))
        return usageError(context, u"rule"_qs, u"apply needs a rule's name or --all"_qs, usage);

    Storage::Library library;
    if (action == u"list" ? !openExistingLibrary(context, library) : !openLibrary(context, library))
        return Failure;
    Storage::RuleStore &rules = library.rules();
    if (action == u"list")
        return list(context, library, json);
    if (action == u"add") {
        rule.name = words.at(1);
        rule.query = words.mid(2).join(u' ');
        const Result<qint64> added = rules.add(rule);
        if (!added)
            return failure(context, added.error().message);
        context.out << "added rule " << rule.name.trimmed() << Qt::endl;
        return Success;
    }
    std::optional<qint64> id;
    if (!all) {
        const std::optional<Storage::Rule> found = rules.findByName(words.at(1));
        if (!found)
            return failure(context, u"no rule named \""_qs + words.at(1) + u'"');
        id = found->id;
    }
    if (action == u"remove") {
        if (const Result<void> removed = rules.remove(*id); !removed)
            return failure(context, removed.error().message);
        context.out << "removed rule " << words.at(1) << Qt::endl;
        return Success;
    }
    const Result<int> changed = rules.apply(id);
    if (!changed)
        return failure(context, changed.error().message);
    context.out << "changed " << *changed << (*changed == 1 ? " article" : " articles") << Qt::endl;
    return Success;
}

} // namespace Newsdesk::Cli
