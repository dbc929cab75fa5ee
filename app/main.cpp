#include "cli.h"

#include <QCoreApplication>

// Scaffolding: the command line only, until the reader (ui/) lands and takes over here.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Newsdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Newsdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSDESK_VERSION));
    const auto status = Newsdesk::Cli::run(QCoreApplication::arguments());
    return status.value_or(0);
}
