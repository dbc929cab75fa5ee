#pragma once

#include "core/result.h"

#include <QString>

#include <span>

namespace Newsdesk::Storage {

class Connection;

// One step of the schema: the statements that take a library from version - 1 to version, run
// in one transaction together with `PRAGMA user_version = version`.
struct MigrationStep
{
    int version = 0;
    const char *description = "";
    std::span<const char *const> statements;
};

// Every step, oldest first. To change the schema, append a step; never edit a published one.
std::span<const MigrationStep> migrationSteps();
int latestSchemaVersion();

// The file's schema version without changing anything.
Result<int> readSchemaVersion(Connection &connection);

// Refuses a file that a newer Newsdesk wrote (SchemaTooNew) or that is not a Newsdesk library,
// before anything is written; otherwise applies the missing steps, each in its own transaction.
Result<int> migrate(Connection &connection);

} // namespace Newsdesk::Storage
