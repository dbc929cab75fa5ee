#pragma once

#include "core/result.h"

#include <QString>

namespace Newsdesk::Storage {

class Connection;

// A consistent copy of the library through SQLite's online backup API: the whole copy is one read
// transaction on `source`, so a reader or an import writing meanwhile (WAL) neither waits nor
// shows half in the copy. Written to `destination` + ".partial" and renamed when complete, so an
// interrupted backup never replaces a good one.
Result<void> backUp(Connection &source, const QString &destination);

} // namespace Newsdesk::Storage
