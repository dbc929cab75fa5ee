#pragma once

// What the network sections share: the test HTTP server on a thread of its own and CPU clocks.

#include "support/testhttpserver.h"

#include <QHash>
#include <QThread>

#include <ctime>

namespace Newsdesk::Bench {

inline double cpuMs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The test server on a thread of its own, so that serving costs the measured threads nothing.
class ServerThread final
{
public:
    ServerThread()
    {
        m_server = new Test::TestHttpServer;
        m_server->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_server, [this] { m_server->start(); }, Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(ServerThread)

    QUrl url(const QString &path) const { return m_server->url(path); }
    void setRoutes(const QHash<QString, Test::Route> &routes)
    {
        QMetaObject::invokeMethod(
            m_server,
            [this, &routes] {
                for (auto it = routes.begin(); it != routes.end(); ++it)
                    m_server->setRoute(it.key(), it.value());
            },
            Qt::BlockingQueuedConnection);
    }
    double cpuMs()
    {
        double ms = 0;
        QMetaObject::invokeMethod(
            m_server, [&ms] { ms = Bench::cpuMs(CLOCK_THREAD_CPUTIME_ID); }, Qt::BlockingQueuedConnection);
        return ms;
    }
    int requests()
    {
        int n = 0;
        QMetaObject::invokeMethod(
            m_server,
            [this, &n] {
                n = int(m_server->requests().size());
                m_server->clearLog();
            },
            Qt::BlockingQueuedConnection);
        return n;
    }

private:
    QThread m_thread;
    Test::TestHttpServer *m_server = nullptr;
};

} // namespace Newsdesk::Bench
