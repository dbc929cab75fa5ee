#include "controller/rulelist.h"

#include <QRegularExpression>

namespace Newsdesk::Ui {

namespace {

template<typename T> bool succeeded(const Result<T> &result, QString *error)
{
    if (result)
        return true;
    if (error)
        *error = result.error().message;
    return false;
}

} // namespace

QString RuleList::summary(const Storage::Rule &rule)
{
    QStringList parts;
    for (const QString &label : rule.labels)
        parts.append(tr("label %1").arg(label));
    if (rule.markRead)
        parts.append(tr("mark read"));
    if (rule.bookmark)
        parts.append(tr("bookmark"));
    if (rule.notify)
        parts.append(tr("notify"));
    if (rule.mute)
        parts.append(tr("mute"));
    if (rule.stop)
        parts.append(tr("stop"));
    return parts.join(tr(", "));
}

QStringList RuleList::labelsFromText(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

std::optional<qint64> RuleList::add(const Storage::Rule &rule, QString *error) const
{
    const Result<qint64> added = m_library.rules().add(rule);
    if (!succeeded(added, error))
        return std::nullopt;
    return *added;
}

bool RuleList::update(const Storage::Rule &rule, QString *error) const
{
    return succeeded(m_library.rules().update(rule), error);
}

bool RuleList::remove(qint64 id, QString *error) const
{
    return succeeded(m_library.rules().remove(id), error);
}

bool RuleList::move(qint64 id, int newIndex, QString *error) const
{
    return succeeded(m_library.rules().move(id, newIndex), error);
}

RulePreview RuleList::preview(const QString &query, const QDateTime &now) const
{
    RulePreview preview;
    if (query.trimmed().isEmpty())
        return preview;
    const Storage::ListFilter filter = Storage::previewFilter(query, now);
    const Result<QList<Storage::ListRow>> rows = m_library.page(filter, previewTitles);
    if (!rows) {
        preview.error = rows.error().message;
        return preview;
    }
    for (const Storage::ListRow &row : *rows)
        preview.titles.append(row.title);
    preview.count = m_library.count(filter);
    return preview;
}

std::optional<int> RuleList::wouldChange(qint64 id, QString *error) const
{
    const Result<int> count = m_library.rules().wouldChange(id);
    if (!succeeded(count, error))
        return std::nullopt;
    return *count;
}

std::optional<int> RuleList::apply(qint64 id, QString *error) const
{
    const Result<int> count = m_library.rules().apply(id);
    if (!succeeded(count, error))
        return std::nullopt;
    return *count;
}

} // namespace Newsdesk::Ui
