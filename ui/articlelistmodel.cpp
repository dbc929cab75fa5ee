#include "ui/articlelistmodel.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcListModel, "newsdesk.ui.listmodel")

namespace Newsdesk::Ui {

using Storage::DocId;
using Storage::ListRow;

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ArticleListModel::setLibrary(Storage::Library *library)
{
    m_library = library;
    setFilter(m_filter);
}

void ArticleListModel::setPreferredLocale(const QString &locale)
{
    if (m_preferredLocale == locale)
        return;
    m_preferredLocale = locale;
    refresh();
}

bool ArticleListModel::inFilter(DocId doc) const
{
    const QList<ListRow> probe = m_library->rows(m_filter, 1, doc + 1, m_preferredLocale);
    return !probe.isEmpty() && probe.first().docId == doc;
}

// The newest rows of the filter: at least `atLeast` of them, and down to `keep` when it is in
// the filter and within maxRowsToFind.
QList<ListRow> ArticleListModel::load(int atLeast, std::optional<DocId> keep) const
{
    QList<ListRow> rows;
    if (!m_library || !m_library->isOpen())
        return rows;
    const bool reachKeep = keep && inFilter(*keep);
    std::optional<DocId> before;
    while (true) {
        const int want = qMax(pageSize, qMin(atLeast - int(rows.size()), 5000));
        const QList<ListRow> page = m_library->rows(m_filter, want, before, m_preferredLocale);
        rows.append(page);
        if (page.size() < want)
            break;
        before = page.last().docId;
        const bool enough = rows.size() >= atLeast;
        const bool reached = !reachKeep || page.last().docId <= *keep;
        if ((enough && reached) || rows.size() >= maxRowsToFind)
            break;
    }
    return rows;
}

void ArticleListModel::setFilter(const Storage::ListFilter &filter, std::optional<DocId> keep)
{
    beginResetModel();
    m_filter = filter;
    m_rows = load(pageSize, keep);
    m_atEnd = m_rows.size() < pageSize;
    endResetModel();
    qCDebug(lcListModel) << "filter set," << m_rows.size() << "rows loaded";
    Q_EMIT reloaded();
}

void ArticleListModel::setRows(const Storage::ListFilter &filter, const QList<ListRow> &rows)
{
    beginResetModel();
    m_filter = filter;
    m_rows = rows;
    m_atEnd = m_rows.size() < pageSize;
    endResetModel();
    Q_EMIT reloaded();
}

void ArticleListModel::refresh(std::optional<DocId> keep)
{
    if (!m_library || !m_library->isOpen()) {
        setFilter(m_filter);
        return;
    }
    // Everything down to the oldest loaded row, plus whatever arrived above it.
    QList<ListRow> fresh;
    if (m_rows.isEmpty()) {
        fresh = load(pageSize, keep);
    } else {
        const DocId oldest = m_rows.last().docId;
        std::optional<DocId> before;
        while (true) {
            const QList<ListRow> page = m_library->rows(m_filter, 500, before, m_preferredLocale);
            for (const ListRow &r : page) {
                if (r.docId < oldest)
                    break;
                fresh.append(r);
            }
            if (page.size() < 500 || page.last().docId <= oldest || fresh.size() >= maxRowsToFind)
                break;
            before = page.last().docId;
        }
    }

    // Both lists are sorted by docId descending: merge them, telling the views each change.
    int i = 0; // position in m_rows (which is being edited)
    int j = 0; // position in fresh
    while (i < m_rows.size() || j < fresh.size()) {
        if (j >= fresh.size() || (i < m_rows.size() && m_rows.at(i).docId > fresh.at(j).docId)) {
            int end = i;
            while (end + 1 < m_rows.size() && (j >= fresh.size() || m_rows.at(end + 1).docId > fresh.at(j).docId))
                ++end;
            beginRemoveRows({}, i, end);
            m_rows.remove(i, end - i + 1);
            endRemoveRows();
        } else if (i >= m_rows.size() || fresh.at(j).docId > m_rows.at(i).docId) {
            int end = j;
            while (end + 1 < fresh.size() && (i >= m_rows.size() || fresh.at(end + 1).docId > m_rows.at(i).docId))
                ++end;
            beginInsertRows({}, i, i + (end - j));
            for (int k = j; k <= end; ++k)
                m_rows.insert(i + (k - j), fresh.at(k));
            endInsertRows();
            i += end - j + 1;
            j = end + 1;
        } else {
            m_rows[i] = fresh.at(j);
            ++i;
            ++j;
        }
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    if (m_rows.size() < pageSize)
        m_atEnd = true;
    Q_EMIT reloaded();
}

void ArticleListModel::refreshRow(DocId doc)
{
    const int r = rowOf(doc);
    if (r < 0 || !m_library)
        return;
    if (const auto fresh = m_library->row(doc, m_preferredLocale)) {
        m_rows[r] = *fresh;
        Q_EMIT dataChanged(index(r), index(r));
    }
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const ListRow *ArticleListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int ArticleListModel::rowOf(DocId doc) const
{
    // Sorted by docId descending: binary search.
    int lo = 0;
    int hi = int(m_rows.size()) - 1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        const DocId id = m_rows.at(mid).docId;
        if (id == doc)
            return mid;
        if (id > doc)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    const ListRow *row = rowAt(index.row());
    if (!row || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return row->title;
    case Qt::ToolTipRole:
        return row->summary.isEmpty() ? row->title : row->title + u"\n\n" + row->summary;
    case Qt::AccessibleTextRole: {
        // What a screen reader says for the row: all a sighted user sees in it.
        QStringList parts{row->title, QLocale().toString(row->published.toLocalTime(), QLocale::ShortFormat)};
        if (!row->tickers.isEmpty())
            parts.append(row->tickers.join(u' '));
        parts.append(row->read ? tr("read") : tr("unread"));
        if (row->bookmarked)
            parts.append(tr("bookmarked"));
        if (row->excerpt)
            parts.append(tr("feed excerpt"));
        return parts.join(QStringLiteral(", "));
    }
    case DocIdRole:
        return row->docId;
    case KeyRole:
        return row->key;
    case LocaleRole:
        return row->locale;
    case PublishedRole:
        return row->published;
    case TickersRole:
        return row->tickers;
    case LocalesRole:
        return row->locales;
    case ReadRole:
        return row->read;
    case BookmarkedRole:
        return row->bookmarked;
    case SummaryRole:
        return row->summary;
    case UrlRole:
        return row->url;
    case ExcerptRole:
        return row->excerpt;
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DocIdRole, "docId");
    names.insert(KeyRole, "key");
    names.insert(PublishedRole, "published");
    names.insert(ReadRole, "read");
    names.insert(BookmarkedRole, "bookmarked");
    return names;
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_library;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const std::optional<DocId> before = m_rows.isEmpty() ? std::nullopt : std::optional(m_rows.last().docId);
    const QList<ListRow> page = m_library->rows(m_filter, pageSize, before, m_preferredLocale);
    m_atEnd = page.size() < pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

} // namespace Newsdesk::Ui
