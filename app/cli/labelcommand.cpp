#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/commandsupport.h"
#include "storage/labelstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Newsdesk::Cli {

namespace {

const QString usage = u"label add KEY LABEL | remove KEY LABEL | list [--json]"_qs;

int list(Context &context, Storage::Library &library, bool json)
{
    const QList<Storage::LabelCount> labels = library.labels().all();
    QJsonArray array;
    for (const Storage::LabelCount &label : labels) {
        if (json)
            array.append(
                QJsonObject{{u"name"_qs, label.name}, {u"count"_qs, label.count}, {u"unread"_qs, label.unread}});
        else // NAME<TAB>COUNT
            context.out << label.name << '\t' << label.count << '\n';
    }
    if (json)
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    context.out.flush();
    return Success;
}

} // namespace

int labelCommand(Context &context)
{
    Arguments arguments(context.args);
    const bool json = arguments.takeFlag(u"--json"_qs);
    const QStringList words = arguments.positional();
    if (!arguments.error().isEmpty())
        return usageError(context, u"label"_qs, arguments.error(), usage);
    const QString action = words.value(0);
    if (action != u"list" && action != u"add" && action != u"remove")
        return usageError(context, u"label"_qs, u"say add, remove or list"_qs, usage);
    const qsizetype needed = action == u"list" ? 1 : 3;
    if (words.size() != needed)
        return usageError(context, u"label"_qs,
            action == u"list" ? u"list takes nothing more"_qs : action + u" needs an article and a label", usage);

    Storage::Library library;
    if (action == u"list" ? !openExistingLibrary(context, library) : !openLibrary(context, library))
        return Failure;
    if (action == u"list")
        return list(context, library, json);
    const QString key = words.at(1);
    const QString label = words.at(2);
    const std::optional<NamedArticle> named = findArticle(library, key);
    if (!named)
        return failure(context, key + u": no such article in the library");
    const Result<int> changed
        = action == u"add" ? library.labels().add({named->doc}, label) : library.labels().remove({named->doc}, label);
    if (!changed)
        return failure(context, key + u": " + changed.error().message);
    if (action == u"add")
        context.out << (*changed > 0 ? "labelled " : "already labelled ") << key << ' ' << label.trimmed() << Qt::endl;
    else if (*changed > 0)
        context.out << "unlabelled " << key << ' ' << label.trimmed() << Qt::endl;
    else
        return failure(context, key + u": has no label \"" + label.trimmed() + u'"');
    return Success;
}

} // namespace Newsdesk::Cli
