#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Newsdesk::Cli {

// A command's own arguments, taken option by option; what is left are the positional ones.
// Options may appear anywhere; "--name value" and "--name=value" are both accepted.
// Not QCommandLineParser (which reads the reader's options): the search language's words start
// with '-' (`search chips -zeppelin`, `saved add NAME -rate`), and it would take each for an unknown
// option; here only "--name" is an option and "-word" stays a positional argument.
class Arguments final
{
public:
    explicit Arguments(QStringList arguments)
        : m_arguments(std::move(arguments))
    {
    }

    bool takeFlag(const QString &name);
    // The option's value; sets error() when the option is present without a value.
    std::optional<QString> takeValue(const QString &name);
    QStringList takeValues(const QString &name);
    // A positive number option; sets error() when it is not one.
    std::optional<int> takeCount(const QString &name);

    // Call after taking every option: an option nobody took is an error too.
    QStringList positional();
    QString error() const { return m_error; }

private:
    QStringList m_arguments;
    QString m_error;
};

} // namespace Newsdesk::Cli
