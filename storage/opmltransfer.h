#pragma once

#include "core/opml.h"
#include "core/result.h"

#include <QStringList>
#include <QUrl>

namespace Newsdesk::Storage {

class Library;

// Subscriptions in and out of OPML, the format other readers trade them in; one implementation
// for the command line and the reader.
struct OpmlImportResult
{
    int added = 0; // new subscriptions
    int alreadySubscribed = 0;
    QStringList problems; // outlines skipped or refused, one line each
};

// Subscribes to every feed of `opml` (an existing subscription stays as it is).
OpmlImportResult importOpml(Library &library, const Core::OpmlDocument &opml);

// The subscriptions, then the watchlist's tickers as their news pages on `newsSite` (in the
// outline category "Watchlist", so a reader that knows no tickers still gets their news).
QList<Core::OpmlOutline> opmlOutlines(Library &library, const QUrl &newsSite);

// Reads and parses an OPML file (at most 16 MB), with the file's name in the error.
Result<Core::OpmlDocument> readOpmlFile(const QString &path);
// Writes the outlines as an OPML document, atomically (the old file stays if writing fails).
Result<void> writeOpmlFile(const QString &path, const QList<Core::OpmlOutline> &outlines);

} // namespace Newsdesk::Storage
