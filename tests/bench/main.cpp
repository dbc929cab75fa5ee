#include "benchmark.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Newsdesk::Bench;

// newsdesk-bench [SECTION…] [--runs N] [--cache DIR]: runs the named sections (all without a
// name) and prints each figure as the median of N runs. Not a test: nothing here fails a build.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("newsdesk-bench"));
    QLoggingCategory::setFilterRules(QStringLiteral("newsdesk.*.info=false\nnewsdesk.*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Newsdesk benchmarks; see tests/bench/README.md."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("section"), QStringLiteral("Sections to run (default: all)."));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Repetitions per figure."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
        QStringLiteral("Where generated libraries are kept between runs."), QStringLiteral("DIR"),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/newsdesk-bench"));
    const QCommandLineOption listOption(QStringLiteral("list"), QStringLiteral("List the sections."));
    parser.addOptions({runsOption, cacheOption, listOption});
    parser.process(app);

    QTextStream out(stdout);
    if (parser.isSet(listOption)) {
        for (const Section &section : sections())
            out << section.name << "\t" << section.description << Qt::endl;
        return 0;
    }
    QStringList wanted = parser.positionalArguments();
    for (const QString &name : std::as_const(wanted)) {
        const bool known = std::any_of(
            sections().begin(), sections().end(), [&](const Section &s) { return name == QLatin1StringView(s.name); });
        if (!known) {
            QTextStream(stderr) << "newsdesk-bench: no section \"" << name << "\"; try --list" << Qt::endl;
            return 2;
        }
    }
    QTemporaryDir work;
    QDir().mkpath(parser.value(cacheOption));
    const Options options{std::max(1, parser.value(runsOption).toInt()), parser.value(cacheOption), work.path(), out};
    Report report(out);
    for (const Section &section : sections()) {
        if (!wanted.isEmpty() && !wanted.contains(QLatin1StringView(section.name)))
            continue;
        report.heading(
            QStringLiteral("%1: %2").arg(QLatin1StringView(section.name), QLatin1StringView(section.description)));
        section.run(options, report);
    }
    out << '\n'
        << (report.failedTargets() ? QStringLiteral("%1 target(s) missed").arg(report.failedTargets())
                                   : QStringLiteral("all targets met"))
        << Qt::endl;
    return 0;
}
