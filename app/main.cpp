#include "cli/cli.h"
#include "ui/readerapp.h"
#include "ui/readerarguments.h"
#include "web/appurlscheme.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

// The thin executable: the command line headless when the arguments name a command, else the
// reader. The app's URL scheme must be registered before any application object exists.
int main(int argc, char *argv[])
{
    Newsdesk::Ui::registerAppUrlScheme();
    QCoreApplication::setOrganizationName(QStringLiteral("Newsdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Newsdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSDESK_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const Newsdesk::Cli::ReaderFace reader{
        Newsdesk::Ui::ReaderArguments::optionsWithValue(), &Newsdesk::Ui::ReaderArguments::helpText};
    if (Newsdesk::Cli::isCommand(arguments, reader)) {
        QCoreApplication app(argc, argv);
        return Newsdesk::Cli::run(QCoreApplication::arguments(), reader).value_or(0);
    }

    // Read before the QApplication exists, so that a mistyped option needs no display to be told.
    Newsdesk::Ui::ReaderArguments options;
    if (!options.parse(arguments)) {
        std::fprintf(stderr, "newsdesk: %s\nTry 'newsdesk --help'.\n", qPrintable(options.error()));
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("io.github.newsdesk.Newsdesk"));
    return Newsdesk::Ui::runReader(options);
}
