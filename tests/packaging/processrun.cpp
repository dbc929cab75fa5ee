#include "processrun.h"

#include <QProcess>

QByteArray ProcessRun::describe() const
{
    if (!finished)
        return QByteArrayLiteral("did not finish: ") + err.right(2000);
    return "exit " + QByteArray::number(exitCode) + ", stderr: " + err.right(2000) + ", stdout: " + out.right(500);
}

ProcessRun runProcess(
    const QString &program, const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    ProcessRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = process.readAllStandardError();
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
