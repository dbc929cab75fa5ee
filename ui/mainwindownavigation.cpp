// The reading keys on the list, marking unread, the original in a browser, a row's bookmark.
#include "mainwindow.h"

#include "articlelistmodel.h"
#include "articlelistview.h"
#include "externallinks.h"
#include "readerpane.h"
#include "sidebar.h"

#include <QAction>
#include <QDesktopServices>
#include <QStatusBar>

namespace Newsdesk::Ui {

void MainWindow::nextArticle()
{
    m_list->moveCurrent(1);
}

void MainWindow::previousArticle()
{
    m_list->moveCurrent(-1);
}

bool MainWindow::nextUnread()
{
    if (m_list->selectNextUnread())
        return true;
    showStatus(tr("No more unread articles in this list"));
    return false;
}

void MainWindow::scrollOrNextUnread()
{
    const auto current = m_controller->currentDocument();
    if (!current || !m_reader->hasView()) {
        nextUnread();
        return;
    }
    // With Space held down, answers about a page already left must not skip further articles.
    m_reader->scrollPageDown([this, doc = *current](bool atEnd) {
        if (atEnd && m_controller->currentDocument() == doc)
            nextUnread();
    });
}

void MainWindow::markUnread()
{
    if (const auto doc = m_controller->currentDocument(); doc && m_controller->setRead(*doc, false))
        m_sidebar->reload();
}

void MainWindow::openOriginal()
{
    if (m_controller->currentDocument())
        openInBrowser(m_controller->article().url);
}

void MainWindow::openInBrowser(QUrl url)
{
    if (!url.isValid())
        return;
    // The canonical URL of a markdown twin ends in .md; people want the page.
    if (QString path = url.path(); path.endsWith(u".md")) {
        path.chop(3);
        url.setPath(path);
    }
    if (!ExternalLinks::isAllowedScheme(url) || !QDesktopServices::openUrl(url))
        showStatus(tr("Could not open %1 in a web browser").arg(url.toDisplayString()));
}

void MainWindow::toggleRowBookmark(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto doc = index.data(ArticleListModel::DocIdRole).value<Storage::DocId>();
    if (doc == m_controller->currentDocument()) {
        m_controller->toggleBookmark();
        return;
    }
    const bool bookmarked = !index.data(ArticleListModel::BookmarkedRole).toBool();
    m_library->submit([doc, bookmarked](Storage::Library &library) { return library.setBookmarked(doc, bookmarked); },
        this, [this, doc, bookmarked, title = index.data().toString()](const Result<void> &r) {
            if (!r) {
                showStatus(tr("Could not change the bookmark: %1").arg(r.error().message));
                return;
            }
            if (bookmarked)
                m_tracker->makeOfflineCopy(doc, title);
            m_model->refreshRow(doc);
            m_sidebar->reload();
        });
}

} // namespace Newsdesk::Ui
