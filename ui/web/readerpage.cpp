#include "web/readerpage.h"

#include "core/links.h"

#include <QLoggingCategory>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineNewWindowRequest>

Q_LOGGING_CATEGORY(lcReaderPage, "newsdesk.ui.web.page")

namespace Newsdesk::Ui {

ReaderPage::ReaderPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    // target=_blank, middle click, window.open: report the link; opening nothing (createWindow
    // returns no page) drops the request.
    connect(this, &QWebEnginePage::newWindowRequested, this, [this](QWebEngineNewWindowRequest &request) {
        qCDebug(lcReaderPage) << "new window for" << request.requestedUrl() << "reported as a click";
        if (request.requestedUrl().isValid())
            Q_EMIT linkClicked(request.requestedUrl());
    });
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
        [this](const QUrl &origin, QWebEnginePage::Feature feature) {
            qCInfo(lcReaderPage) << "denied permission" << feature << "to" << origin;
            setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
        });
    connect(this, &QWebEnginePage::fullScreenRequested, this,
        [](QWebEngineFullScreenRequest request) { request.reject(); });
}

bool ReaderPage::isReaderPageUrl(const QUrl &url)
{
    const auto kind = Core::AppUrl::parse(url).kind;
    return kind == Core::AppUrl::Parsed::Kind::ArticlePage || kind == Core::AppUrl::Parsed::Kind::SourcePage;
}

bool ReaderPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type == NavigationTypeLinkClicked) {
        if (isMainFrame && url.isValid())
            Q_EMIT linkClicked(url);
        return false;
    }
    // Typed (the app's load()), reload and history: navigations only the app starts.
    const bool appInitiated
        = type == NavigationTypeTyped || type == NavigationTypeReload || type == NavigationTypeBackForward;
    if (isMainFrame && appInitiated && isReaderPageUrl(url))
        return true;
    qCWarning(lcReaderPage) << "denied navigation to" << url << type << (isMainFrame ? "main frame" : "subframe");
    return false;
}

QWebEnginePage *ReaderPage::createWindow(WebWindowType type)
{
    qCDebug(lcReaderPage) << "refused to open a window of type" << type;
    return nullptr;
}

void ReaderPage::javaScriptConsoleMessage(
    JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber, const QString &sourceId)
{
    // With JavaScript off this carries only Chromium's own reports (CSP violations and the like).
    qCInfo(lcReaderPage).noquote() << "console" << level << sourceId << lineNumber << message;
}

} // namespace Newsdesk::Ui
