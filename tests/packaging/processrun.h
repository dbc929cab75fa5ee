#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs real programs for the packaging tests: cmake --install, cpack, the installed reader.
struct ProcessRun
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    bool succeeded() const { return finished && exitCode == 0; }
    // One line for a failure message: the exit status and the tail of stderr.
    QByteArray describe() const;
};

ProcessRun runProcess(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 120000);
