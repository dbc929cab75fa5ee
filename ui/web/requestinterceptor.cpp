#include "web/requestinterceptor.h"

#include "core/links.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcInterceptor, "newsdesk.ui.web.interceptor")

namespace Newsdesk::Ui {

RequestInterceptor::RequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (Core::AppUrl::isAppUrl(url))
        return;
    info.block(true);
    ++m_blocked;
    qCInfo(lcInterceptor).noquote() << "blocked" << url.toDisplayString() << "resource type" << info.resourceType()
                                    << "from" << info.firstPartyUrl().toDisplayString();
    Q_EMIT requestBlocked(url);
}

} // namespace Newsdesk::Ui
