// The window's state across runs (geometry, splitter, view, last article), its first start (the
// sample library), and the events it handles itself: show, close, palette and language changes,
// dropped files, the mouse's back and forward buttons.
#include "mainwindow.h"

#include "articlelistmodel.h"
#include "importer.h"
#include "readeractions.h"
#include "readerpane.h"
#include "samplelibrary.h"
#include "settings.h"
#include "theme.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QSplitter>
#include <QTimer>

namespace Newsdesk::Ui {

void MainWindow::restoreState()
{
    if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = m_settings->windowState(); !state.isEmpty())
        QMainWindow::restoreState(state);
    if (const QList<int> sizes = m_settings->splitterSizes(); sizes.size() == 3)
        m_splitter->setSizes(sizes);
    const SidebarEntry entry = SidebarEntry::fromString(m_settings->sidebarSelection());
    if (entry != m_controller->view())
        selectView(entry);
    if (const QString key = m_settings->lastArticleKey(); !key.isEmpty())
        m_controller->openByKey(key, m_settings->lastArticleLocale(), ReaderController::Reason::Restore);
}

void MainWindow::saveState()
{
    m_settings->saveWindow(saveGeometry(), QMainWindow::saveState(), m_splitter->sizes());
    m_settings->setSidebarSelection(m_controller->view().toString());
    if (m_controller->currentDocument())
        m_settings->setLastArticle(m_controller->article().key, m_controller->currentLocale());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (m_importer->isRunning()) {
        m_importer->cancel();
        m_importer->waitForFinished();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // WebEngine starts a process and takes a while: only once the window with its list is on screen.
    QTimer::singleShot(30, this, [this] {
        m_reader->ensureView(); // loads the article already chosen, if any
        offerSampleLibrary();
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        m_reader->setDarkTheme(Theme::isDark());
        m_actions->retintIcons();
        updateActions();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::offerSampleLibrary()
{
    if (m_library->documentCount() > 0 || m_settings->sampleOffered() || m_openAfterImport)
        return;
    m_settings->setSampleOffered(true);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Welcome to Newsdesk"),
                                tr("Your library is empty. Load the sample library (a few articles in English, "
                                   "简体中文 and 繁體中文) to see how Newsdesk works?"),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("sampleLibraryOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Yes);
    connect(box, &QMessageBox::accepted, this, &MainWindow::loadSampleLibrary);
    box->open();
}

void MainWindow::loadSampleLibrary()
{
    importPaths({SampleLibrary::path()});
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        const QFileInfo info(url.toLocalFile());
        if (url.isLocalFile() && (info.isDir() || info.suffix().compare(u"md", Qt::CaseInsensitive) == 0
                                  || info.suffix().compare(u"markdown", Qt::CaseInsensitive) == 0)) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importPaths(paths);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The mouse's back and forward buttons anywhere in the window, the web view included.
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonRelease) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (widget && widget->window() == this
            && (mouse->button() == Qt::BackButton || mouse->button() == Qt::ForwardButton)) {
            if (event->type() == QEvent::MouseButtonPress) {
                if (mouse->button() == Qt::BackButton)
                    goBack();
                else
                    goForward();
            }
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace Newsdesk::Ui
