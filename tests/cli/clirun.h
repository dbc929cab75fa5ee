#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

// The real executable run as a script runs it, against a library file of the test's.
namespace Newsdesk::Tests {

inline const QString newsdeskExecutable = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk");

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

inline CliRun runCli(const QString &library, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("NEWSDESK_DB"));
    process.setProcessEnvironment(environment);
    process.start(newsdeskExecutable, QStringList{QStringLiteral("--db"), library} + arguments);
    CliRun result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// A markdown news document as Longbridge publishes it.
inline QByteArray newsDocument(const QString &id, const QString &title, const QString &datetime,
    const QString &body = {}, const QString &locale = QStringLiteral("en"))
{
    return QStringLiteral(
        "---\ntitle: \"%1\"\ntype: \"News\"\nlocale: \"%5\"\nurl: \"https://longbridge.com/%5/news/%2.md\"\n"
        "datetime: \"%3\"\n---\n\n# %1\n\n%4\n")
        .arg(title, id, datetime, body, locale)
        .toUtf8();
}

inline QString writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

} // namespace Newsdesk::Tests
