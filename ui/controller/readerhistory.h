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
        qreal scroll = 0; // the page's vertical scroll position when it was left
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
    // Remembers where the current page was scrolled to, for coming back to it.
    void setScroll(qreal scroll);
    void clear();

private:
    QList<Entry> m_entries;
    qsizetype m_current = -1;
};

} // namespace Newsdesk::Ui
