// The window's state across runs (geometry, splitter, view, last article), and the events it
// handles itself: show (its first start), close, palette and language changes.
#include "ui/mainwindow.h"
#include "ui/readeractions.h"
#include "ui/readerpane.h"
#include "ui/settings.h"
#include "ui/theme.h"

#include <QCloseEvent>
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
    m_imports->cancelAndWait();
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
        m_imports->offerSampleLibrary();
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

} // namespace Newsdesk::Ui
