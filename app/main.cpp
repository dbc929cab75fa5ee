#include "appurlscheme.h"
#include "cli.h"
#include "readerapp.h"

#include <QApplication>
#include <QCoreApplication>

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

    if (Newsdesk::Cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        return Newsdesk::Cli::run(QCoreApplication::arguments()).value_or(0);
    }

    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("io.github.newsdesk.Newsdesk"));
    return Newsdesk::Ui::runReader(QApplication::arguments());
}
