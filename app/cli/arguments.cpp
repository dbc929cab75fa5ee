#include "cli/arguments.h"

namespace Newsdesk::Cli {

bool Arguments::takeFlag(const QString &name)
{
    return m_arguments.removeAll(name) > 0;
}

std::optional<QString> Arguments::takeValue(const QString &name)
{
    const QStringList values = takeValues(name);
    if (values.isEmpty())
        return std::nullopt;
    return values.last();
}

QStringList Arguments::takeValues(const QString &name)
{
    QStringList values;
    const QString prefix = name + u'=';
    for (qsizetype i = 0; i < m_arguments.size();) {
        const QString &argument = m_arguments.at(i);
        if (argument == name) {
            if (i + 1 >= m_arguments.size()) {
                m_error = name + u" needs a value";
                m_arguments.removeAt(i);
                continue;
            }
            values.append(m_arguments.at(i + 1));
            m_arguments.remove(i, 2);
        } else if (argument.startsWith(prefix)) {
            values.append(argument.sliced(prefix.size()));
            m_arguments.removeAt(i);
        } else {
            ++i;
        }
    }
    return values;
}

std::optional<int> Arguments::takeCount(const QString &name)
{
    const std::optional<QString> value = takeValue(name);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const int count = value->toInt(&ok);
    if (!ok || count <= 0) {
        m_error = name + u" needs a positive number, not \"" + *value + u'"';
        return std::nullopt;
    }
    return count;
}

QStringList Arguments::positional()
{
    QStringList result;
    bool onlyPositional = false;
    for (const QString &argument : std::as_const(m_arguments)) {
        if (!onlyPositional && argument == u"--") {
            onlyPositional = true;
        } else if (!onlyPositional && argument.startsWith(u"--")) {
            if (m_error.isEmpty())
                m_error = u"unknown option "_qs + argument;
        } else {
            result.append(argument);
        }
    }
    return result;
}

} // namespace Newsdesk::Cli
