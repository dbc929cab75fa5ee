#include "ui/singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSingleInstance, "newsdesk.ui.singleinstance")

namespace Newsdesk::Ui {

namespace {

constexpr int timeoutMs = 2000;

} // namespace

SingleInstance::SingleInstance(const QString &libraryPath, QObject *parent)
    : QObject(parent)
{
    const QString canonical = QFileInfo(libraryPath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    m_name = u"newsdesk-" + QString::fromLatin1(hash);
}

bool SingleInstance::handOver(const QStringList &arguments)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << arguments;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The reader answers once it has taken the arguments.
    const bool answered = socket.waitForReadyRead(timeoutMs);
    socket.disconnectFromServer();
    qCInfo(lcSingleInstance) << "handed over to the running reader:" << arguments << answered;
    return true;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A reader that crashed leaves its socket file behind; nobody answered on it.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            qCWarning(lcSingleInstance) << "cannot listen on" << m_name << m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                QDataStream stream(socket->readAll());
                QStringList arguments;
                stream >> arguments;
                if (stream.status() != QDataStream::Ok)
                    return;
                socket->write("ok");
                Q_EMIT argumentsReceived(arguments);
            });
        }
    });
    return true;
}

} // namespace Newsdesk::Ui
