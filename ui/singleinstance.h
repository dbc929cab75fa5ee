#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Newsdesk::Ui {

// One reader per library: the first instance listens on a local socket named after the library
// file; a second one hands its arguments (files, URLs, --open=KEY) over and exits, and the first
// shows them and comes to the front.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &libraryPath, QObject *parent = nullptr);
    ~SingleInstance() override = default;

    // True when a reader of this library is running and took `arguments`.
    bool handOver(const QStringList &arguments);
    // Becomes the reader of this library; false if the socket cannot be made (then it runs alone).
    bool listen();
    QString serverName() const { return m_name; }

Q_SIGNALS:
    void argumentsReceived(const QStringList &arguments);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Newsdesk::Ui
