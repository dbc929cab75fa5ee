#include "ui/listfeed.h"

#include "storage/searchrunner.h"
#include "ui/articlelistmodel.h"

namespace Newsdesk::Ui {

ListFeed::ListFeed(Storage::Library *library, ArticleListModel *model, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_model(model)
    , m_runner(new Storage::SearchRunner(library->path(), this))
{
    connect(m_runner, &Storage::SearchRunner::finished, this, &ListFeed::onSearched);
}

void ListFeed::apply(
    const Storage::ListFilter &filter, std::optional<Storage::DocId> keep, const QString &preferredLocale)
{
    if (filter.typing && m_library->isOpen()) {
        m_wanted = m_runner->search(filter, ArticleListModel::pageSize, preferredLocale);
        return;
    }
    m_wanted = 0;
    m_model->setFilter(filter, keep);
    Q_EMIT shown(m_library->isOpen() ? m_library->count(m_model->filter()) : 0);
}

void ListFeed::onSearched(
    quint64 request, const Storage::ListFilter &filter, const QList<Storage::ListRow> &rows, int count)
{
    if (request != m_wanted)
        return;
    m_wanted = 0;
    m_model->setRows(filter, rows);
    Q_EMIT shown(count);
}

} // namespace Newsdesk::Ui
