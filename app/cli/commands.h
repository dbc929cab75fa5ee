#pragma once

#include "clicontext.h"

namespace Newsdesk::Cli {

// One function per command, each in its own file; cli.cpp maps names to them.
// Each returns an ExitStatus.
int versionCommand(Context &context);
int helpCommand(Context &context);

} // namespace Newsdesk::Cli
