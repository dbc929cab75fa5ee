#pragma once

namespace Newsdesk::Ui {

// Registers the app's URL scheme, newsdesk: (see Core::AppUrl), with WebEngine. Call it at the very
// top of main(), before the application object exists; WebEngine reads registrations only once.
void registerAppUrlScheme();

} // namespace Newsdesk::Ui
