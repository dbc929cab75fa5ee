#include "net/networkaccess.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QPointer>
#include <QThread>

namespace Newsdesk::Net {

namespace {

// Accepts nothing and returns nothing: articles are public, and cookies would be tracking.
class NoCookies final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

} // namespace

QNetworkAccessManager *networkAccessManager()
{
    thread_local QPointer<QNetworkAccessManager> manager;
    if (!manager) {
        QThread *thread = QThread::currentThread();
        QCoreApplication *app = QCoreApplication::instance();
        const bool mainThread = app && app->thread() == thread;
        manager = new QNetworkAccessManager(mainThread ? app : nullptr);
        manager->setCookieJar(new NoCookies(manager));
        manager->setAutoDeleteReplies(false);
        if (!mainThread)
            QObject::connect(thread, &QThread::finished, manager, &QObject::deleteLater);
    }
    return manager;
}

} // namespace Newsdesk::Net
