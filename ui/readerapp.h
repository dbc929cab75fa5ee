#pragma once

#include <QStringList>

namespace Newsdesk::Ui {

// Runs the reader: settings, translations, theme, the library (--db FILE, else $NEWSDESK_DB,
// else the platform default), the fetch service and the main window. Needs a QApplication.
// Options for scripts, in the --name=value form (a separate value would read as a command):
// --open=KEY[@LOCALE] opens an article; --screenshot=FILE saves a PNG of the window once the page
// has loaded, then quits; --dialog=rules shows Edit → Rules… over it first.
int runReader(const QStringList &arguments);

} // namespace Newsdesk::Ui
