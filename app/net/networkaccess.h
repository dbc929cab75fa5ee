#pragma once

class QNetworkAccessManager;

namespace Newsdesk::Net {

// The one QNetworkAccessManager of the calling thread, created on first use: Qt shares
// connections, DNS and TLS sessions inside one manager, and a manager may only be used from its
// thread. It is deleted with the application (main thread) or when its thread finishes.
// Cookies are never stored or sent, and no disk cache is attached.
QNetworkAccessManager *networkAccessManager();

} // namespace Newsdesk::Net
