#pragma once

#include <QObject>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace Newsdesk::Ui {

// Blocks every request of the reader's profile that is not for the app's own scheme, and logs it.
// Pages never need anything else: images, even remote ones the user allows, come through
// newsdesk://image/ and the app's image provider, so the user's setting lives there and nothing
// here ever lets a remote request through. (The page's CSP says the same; this is the second wall.)
class RequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestInterceptor)

public:
    explicit RequestInterceptor(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    int blockedCount() const { return m_blocked; }

Q_SIGNALS:
    // Emitted on the GUI thread (Qt 6 runs interceptors there).
    void requestBlocked(const QUrl &url);

private:
    int m_blocked = 0;
};

} // namespace Newsdesk::Ui
