#include "ui/articlelistintents.h"

#include "controller/readercontroller.h"
#include "ui/articlelistdelegate.h"
#include "ui/articlelistmenu.h"
#include "ui/articlelistmodel.h"
#include "ui/articlelistview.h"
#include "ui/readerpane.h"

namespace Newsdesk::Ui {

ArticleListIntents::ArticleListIntents(ArticleListView *list, ArticleListModel *model, ReaderController *controller)
    : QObject(list)
    , m_list(list)
    , m_controller(controller)
    , m_menu(new ArticleListMenu(list, model, controller))
{
    connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ArticleListIntents::onCurrentChanged);
    connect(list, &QAbstractItemView::clicked, this, &ArticleListIntents::onExplicitOpen);
    connect(list, &QAbstractItemView::activated, this, &ArticleListIntents::onExplicitOpen);
    connect(list, &ArticleListView::tickerClicked, this, &ArticleListIntents::tickerRequested);
    connect(list->delegate(), &ArticleListDelegate::bookmarkClicked, this, &ArticleListIntents::toggleBookmark);
    connect(m_menu, &ArticleListMenu::openRequested, this,
        [this](Storage::DocId doc) { m_controller->open(doc, {}, ReaderController::Reason::Explicit); });
    connect(m_menu, &ArticleListMenu::openOriginalRequested, this, [this](Storage::DocId doc) {
        if (m_controller->open(doc, {}, ReaderController::Reason::Explicit))
            Q_EMIT openOriginalRequested(doc);
    });
    connect(m_menu, &ArticleListMenu::bookmarkToggleRequested, this, &ArticleListIntents::toggleBookmark);
    connect(m_menu, &ArticleListMenu::readStateChanged, this, &ArticleListIntents::readStateChanged);
    connect(m_menu, &ArticleListMenu::message, this, &ArticleListIntents::message);
    connect(controller, &ReaderController::readStateChanged, model, &ArticleListModel::refreshRow);
    connect(controller, &ReaderController::bookmarkChanged, model, &ArticleListModel::refreshRow);
}

bool ArticleListIntents::nextUnread()
{
    if (m_list->selectNextUnread())
        return true;
    Q_EMIT message(tr("No more unread articles in this list"));
    return false;
}

void ArticleListIntents::scrollOrNextUnread(ReaderPane *reader)
{
    const auto current = m_controller->currentDocument();
    if (!current || !reader->hasView()) {
        nextUnread();
        return;
    }
    // With Space held down, answers about a page already left must not skip further articles.
    reader->scrollPageDown([this, doc = *current](bool atEnd) {
        if (atEnd && m_controller->currentDocument() == doc)
            nextUnread();
    });
}

void ArticleListIntents::onCurrentChanged(const QModelIndex &current)
{
    if (m_list->isSelecting() || !current.isValid())
        return;
    const auto doc = current.data(ArticleListModel::DocIdRole).value<Storage::DocId>();
    // A search hit opens in the language that matched.
    const QString locale
        = m_controller->search().isEmpty() ? QString() : current.data(ArticleListModel::LocaleRole).toString();
    if (m_controller->currentDocument() != doc)
        m_controller->open(doc, locale, ReaderController::Reason::Browse);
}

void ArticleListIntents::onExplicitOpen(const QModelIndex &index)
{
    if (index.isValid()
        && index.data(ArticleListModel::DocIdRole).value<Storage::DocId>() == m_controller->currentDocument())
        m_controller->markReadNow();
}

void ArticleListIntents::toggleBookmark(const QModelIndex &index)
{
    if (index.isValid())
        m_controller->setBookmarked(index.data(ArticleListModel::DocIdRole).value<Storage::DocId>(),
            !index.data(ArticleListModel::BookmarkedRole).toBool(), index.data().toString());
}

} // namespace Newsdesk::Ui
