#pragma once

#include "ui/readerarguments.h"

namespace Newsdesk::Ui {

// Runs the reader: settings, translations, theme, the library (--db FILE, else $NEWSDESK_DB,
// else the platform default), the fetch service and the main window. Needs a QApplication.
// --open KEY[@LOCALE] opens an article; --screenshot FILE saves a PNG of the window once the page
// has loaded, then quits (for scripts and tests); --dialog rules shows Edit → Rules… over
// it first.
int runReader(const ReaderArguments &arguments);

} // namespace Newsdesk::Ui
