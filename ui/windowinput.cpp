#include "ui/windowinput.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QMouseEvent>
#include <QWidget>

#include <algorithm>

namespace Newsdesk::Ui {

namespace {

bool isMarkdownOrFolder(const QUrl &url)
{
    const QFileInfo info(url.toLocalFile());
    return url.isLocalFile()
        && (info.isDir() || info.suffix().compare(u"md", Qt::CaseInsensitive) == 0
            || info.suffix().compare(u"markdown", Qt::CaseInsensitive) == 0);
}

} // namespace

WindowInput::WindowInput(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->setAcceptDrops(true);
    qApp->installEventFilter(this);
}

WindowInput::~WindowInput()
{
    qApp->removeEventFilter(this);
}

bool WindowInput::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
        return mouseButton(watched, event);
    case QEvent::DragEnter:
        if (watched == m_window) {
            auto *drag = static_cast<QDragEnterEvent *>(event);
            const QList<QUrl> urls = drag->mimeData()->hasUrls() ? drag->mimeData()->urls() : QList<QUrl>();
            if (std::any_of(urls.cbegin(), urls.cend(), isMarkdownOrFolder))
                drag->acceptProposedAction();
            return true;
        }
        break;
    case QEvent::Drop:
        if (watched == m_window) {
            auto *drop = static_cast<QDropEvent *>(event);
            QStringList paths;
            for (const QUrl &url : drop->mimeData()->urls()) {
                if (url.isLocalFile())
                    paths.append(url.toLocalFile());
            }
            if (!paths.isEmpty()) {
                drop->acceptProposedAction();
                Q_EMIT pathsDropped(paths);
            }
            return true;
        }
        break;
    default:
        break;
    }
    return false;
}

bool WindowInput::mouseButton(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (!widget || widget->window() != m_window
        || (mouse->button() != Qt::BackButton && mouse->button() != Qt::ForwardButton))
        return false;
    if (event->type() == QEvent::MouseButtonPress) {
        if (mouse->button() == Qt::BackButton)
            Q_EMIT backRequested();
        else
            Q_EMIT forwardRequested();
    }
    return true; // the release too, so the web view does not go back on its own
}

} // namespace Newsdesk::Ui
