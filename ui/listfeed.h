#pragma once

#include "storage/library.h"

#include <QObject>

#include <optional>

namespace Newsdesk::Storage {
class SearchRunner;
}

namespace Newsdesk::Ui {

class ArticleListModel;

// Puts a filter on the article list: a view at once, a search while it is typed off the GUI
// thread, where only the newest query's answer is shown (an older one, or one overtaken by Enter,
// Esc or another view, is dropped). `shown` says the rows changed and how many articles match.
class ListFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListFeed)

public:
    ListFeed(Storage::Library *library, ArticleListModel *model, QObject *parent);

    // `keep`: the document to keep selected where the new rows still hold it.
    void apply(const Storage::ListFilter &filter, std::optional<Storage::DocId> keep, const QString &preferredLocale);

Q_SIGNALS:
    void shown(int count);

private:
    void onSearched(quint64 request, const Storage::ListFilter &filter, const QList<Storage::ListRow> &rows, int count);

    Storage::Library *m_library = nullptr;
    ArticleListModel *m_model = nullptr;
    Storage::SearchRunner *m_runner = nullptr;
    quint64 m_wanted = 0; // the typed search whose answer is awaited; 0: none
};

} // namespace Newsdesk::Ui
