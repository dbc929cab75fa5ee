#include "web/appurlscheme.h"

#include "core/links.h"

#include <QWebEngineUrlScheme>

namespace Newsdesk::Ui {

void registerAppUrlScheme()
{
    QWebEngineUrlScheme scheme(QStringView(Core::AppUrl::scheme).toLatin1());
    // Host syntax, so relative references resolve within newsdesk://{host}/ (with Path syntax
    // "img/1" on "app:article/x" became "app:article/img/1").
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Flags, the fewest that work (tst_readerweb shows the page's stylesheets and images load):
    // SecureScheme only. It grants nothing but features that need JavaScript, which is off, and
    // makes Chromium refuse active mixed content (http:) in our pages, one more wall. Not
    // LocalScheme: a local page may load its scheme's other hosts (newsdesk://resource/…) only
    // with LocalAccessAllowed, which would also open other local schemes such as file:. Not
    // CorsEnabled, ServiceWorkersAllowed or ViewSourceAllowed (nothing needs them), and never
    // ContentSecurityPolicyIgnored: the page's CSP must hold.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

} // namespace Newsdesk::Ui
