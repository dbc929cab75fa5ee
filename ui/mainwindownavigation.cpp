// The reading keys on the list, marking unread, a row's bookmark.
#include "articlelistintents.h"
#include "articlelistview.h"
#include "mainwindow.h"
#include "readerpane.h"
#include "sidebar.h"

#include <QAction>

namespace Newsdesk::Ui {

void MainWindow::scrollOrNextUnread()
{
    const auto current = m_controller->currentDocument();
    if (!current || !m_reader->hasView()) {
        m_listIntents->nextUnread();
        return;
    }
    // With Space held down, answers about a page already left must not skip further articles.
    m_reader->scrollPageDown([this, doc = *current](bool atEnd) {
        if (atEnd && m_controller->currentDocument() == doc)
            m_listIntents->nextUnread();
    });
}

void MainWindow::markUnread()
{
    if (const auto doc = m_controller->currentDocument(); doc && m_controller->setRead(*doc, false))
        m_sidebar->reload();
}

} // namespace Newsdesk::Ui
