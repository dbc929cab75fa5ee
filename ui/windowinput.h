#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace Newsdesk::Ui {

// Input the whole window takes, wherever it lands: the mouse's Back and Forward buttons (over the
// web view too, which handles them itself otherwise), and markdown files or folders dropped on it.
class WindowInput final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowInput)

public:
    explicit WindowInput(QWidget *window);
    ~WindowInput() override;

Q_SIGNALS:
    void backRequested();
    void forwardRequested();
    void pathsDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool mouseButton(QObject *watched, QEvent *event);

    QWidget *m_window = nullptr;
};

} // namespace Newsdesk::Ui
