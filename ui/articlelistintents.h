#pragma once

#include "storage/library.h"

#include <QObject>

class QModelIndex;

namespace Newsdesk::Ui {

class ArticleListMenu;
class ArticleListModel;
class ArticleListView;
class ReaderController;
class ReaderPane;

// What the user does on the article list, turned into the reader controller's intents: moving the
// current row opens its article (read after a moment), a click or Enter opens it for reading (read
// at once), the star and the row menu bookmark, open, mark read and label. What leaves the list
// (a ticker chip, the original page) is a signal for the window. Rows follow the controller's
// read and bookmark changes.
class ArticleListIntents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListIntents)

public:
    ArticleListIntents(ArticleListView *list, ArticleListModel *model, ReaderController *controller);

    ArticleListMenu *menu() const { return m_menu; }
    // The next unread row below the current one, opened; a message when there is none.
    bool nextUnread();
    // Space: the reader's page scrolls down a screen; from its end, the next unread article.
    void scrollOrNextUnread(ReaderPane *reader);

Q_SIGNALS:
    void tickerRequested(const QString &ticker);
    void openOriginalRequested(Newsdesk::Storage::DocId doc);
    void readStateChanged();
    void message(const QString &text);

private:
    void onCurrentChanged(const QModelIndex &current);
    void onExplicitOpen(const QModelIndex &index);
    void toggleBookmark(const QModelIndex &index);

    ArticleListView *m_list;
    ReaderController *m_controller;
    ArticleListMenu *m_menu;
};

} // namespace Newsdesk::Ui
