#pragma once

#include "storage/library.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace Newsdesk::Ui {

// The article list, newest first, over Library::rows with keyset pagination: it holds only the
// rows the view has scrolled to (fetchMore adds a page), never the whole library.
class ArticleListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    enum Role {
        DocIdRole = Qt::UserRole + 1,
        KeyRole,
        LocaleRole,
        PublishedRole,
        TickersRole,
        LocalesRole,
        ReadRole,
        BookmarkedRole,
        SummaryRole,
        UrlRole,
        ExcerptRole, // a feed's excerpt: the list marks it
    };

    static constexpr int pageSize = 100;
    // How far a refresh or a filter change reads to find the current article again.
    static constexpr int maxRowsToFind = 20000;

    explicit ArticleListModel(QObject *parent = nullptr);
    ~ArticleListModel() override = default;

    // The library belongs to the caller and must outlive the model.
    void setLibrary(Storage::Library *library);
    void setPreferredLocale(const QString &locale);

    const Storage::ListFilter &filter() const { return m_filter; }
    // Replaces the list; when `keep` is in the new list it is loaded (so a view can select it).
    void setFilter(const Storage::ListFilter &filter, std::optional<Storage::DocId> keep = {});
    // Replaces the list with the first page of `filter`, read elsewhere (a search off the GUI thread).
    void setRows(const Storage::ListFilter &filter, const QList<Storage::ListRow> &rows);
    // Re-reads the loaded range in place (new articles appear at the top, changed rows update,
    // rows that left the filter go) without a reset, so selections and scroll anchors survive.
    void refresh(std::optional<Storage::DocId> keep = {});
    // Re-reads one row (after read/bookmark changes).
    void refreshRow(Storage::DocId doc);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowOf(Storage::DocId doc) const;
    const Storage::ListRow *rowAt(int row) const;

Q_SIGNALS:
    // After setFilter or refresh finished.
    void reloaded();

private:
    QList<Storage::ListRow> load(int atLeast, std::optional<Storage::DocId> keep) const;
    bool inFilter(Storage::DocId doc) const;

    Storage::Library *m_library = nullptr;
    Storage::ListFilter m_filter;
    QString m_preferredLocale;
    QList<Storage::ListRow> m_rows;
    bool m_atEnd = true;
};

} // namespace Newsdesk::Ui
