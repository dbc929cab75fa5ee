#pragma once

#include <QUrl>
#include <QWebEnginePage>

class QWebEngineProfile;

namespace Newsdesk::Ui {

// The reader's page: it shows only the app's own pages (newsdesk://article/… and
// newsdesk://source/…) and only when the app loads them (load(), reload, back/forward). Every
// link the user clicks, in-app or external, is reported as linkClicked() and never followed;
// target=_blank, middle clicks and window.open are caught the same way. Any other navigation
// (redirects, forms, frames, anything the content might attempt) is denied and logged.
// Permission requests are denied.
class ReaderPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderPage)

public:
    explicit ReaderPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // newsdesk://article/… and newsdesk://source/…: the pages this page may show.
    static bool isReaderPageUrl(const QUrl &url);

Q_SIGNALS:
    void linkClicked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(
        JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber, const QString &sourceId) override;
};

} // namespace Newsdesk::Ui
