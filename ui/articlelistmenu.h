#pragma once

#include "storage/library.h"

#include <QObject>
#include <QPersistentModelIndex>

class QPoint;

namespace Newsdesk::Ui {

class ArticleListModel;
class ArticleListView;
class ReaderController;

// The article list's context menu: what can be done with a row (Open, Open Original, Bookmark,
// Mark Read/Unread, Mark All Above/Below as Read, Add Label…, Remove Label, Copy Link). A right click opens nothing
// itself; opening and bookmarking are the window's (signals), read state the controller's.
class ArticleListMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListMenu)

public:
    ArticleListMenu(ArticleListView *list, ArticleListModel *model, ReaderController *controller);
    ~ArticleListMenu() override = default;

    // Marks the rows from..to (inclusive, clamped) read and says how many changed.
    void markRowsRead(int from, int to);

Q_SIGNALS:
    void openRequested(Newsdesk::Storage::DocId doc);
    void openOriginalRequested(Newsdesk::Storage::DocId doc);
    void bookmarkToggleRequested(const QPersistentModelIndex &index);
    void readStateChanged();
    void message(const QString &text);

private:
    void popup(const QPoint &pos);
    // A non-modal dialog asking for a label (the existing ones offered), for the tests to find.
    void askLabel(Storage::DocId doc);

    ArticleListView *m_list;
    ArticleListModel *m_model;
    ReaderController *m_controller;
};

} // namespace Newsdesk::Ui
