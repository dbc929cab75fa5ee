#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Newsdesk::Ui {

// What was read in the reader pane, like a browser's history: visiting a new article drops the
// forward part; going back and forward moves through the list without changing it.
class ReaderHistory final
{
public:
    struct Entry
    {
        QString key;
        QString locale;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    static constexpr int limit = 200;

    // Records a visit; a visit to the current entry (a variant switch) replaces it in place.
    void visit(const Entry &entry);
    std::optional<Entry> back();
    std::optional<Entry> forward();
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current >= 0 && m_current + 1 < m_entries.size(); }
    std::optional<Entry> current() const;
    void clear();

private:
    QList<Entry> m_entries;
    qsizetype m_current = -1;
};

} // namespace Newsdesk::Ui
