#pragma once

#include <QString>
#include <QStringList>

namespace Newsdesk::Ui {

// The reader's command line (`newsdesk [--db FILE] [--open KEY[@LOCALE]] [--offline]
// [--screenshot FILE [--now DATETIME] [--dialog NAME]] [FILE.md|URL…]`), read by QCommandLineParser. It reads the
// arguments as given to the process, before the QApplication exists, so that a mistyped option is reported without a
// display; Qt's own GUI options (-platform, -style …) are known to it, hidden from the help, and left to Qt.
class ReaderArguments final
{
public:
    // False with error() set on an unknown option or a missing value; what could be read is kept.
    bool parse(const QStringList &arguments);
    QString error() const { return m_error; }

    QString db() const { return m_db; }
    QString open() const { return m_open; } // KEY or KEY@LOCALE
    QString screenshot() const { return m_screenshot; }
    QString now() const { return m_now; } // ISO 8601; only the screenshot reads it
    QString dialog() const { return m_dialog; } // "rules"; only the screenshot reads it
    bool offline() const { return m_offline; }
    // "Open With Newsdesk": files as absolute paths (a running reader elsewhere may take them), URLs as given.
    QStringList documents() const { return m_documents; }

    // The same arguments in the form a running reader takes over (SingleInstance::handOver).
    QStringList handOverArguments() const;

    // Every option before a command that takes a separate value, its own and Qt's, as written on a
    // command line ("--open", "-style", "--style" …): the command line skips their values.
    static QStringList optionsWithValue();
    // The usage, the options and the documents, as `newsdesk --help` prints them.
    static QString helpText();

private:
    QString m_error;
    QString m_db;
    QString m_open;
    QString m_screenshot;
    QString m_now;
    QString m_dialog;
    bool m_offline = false;
    QStringList m_documents;
};

} // namespace Newsdesk::Ui
