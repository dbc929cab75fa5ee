#include "controller/readerhistory.h"

namespace Newsdesk::Ui {

void ReaderHistory::visit(const Entry &entry)
{
    if (m_current >= 0 && m_entries.at(m_current).key == entry.key) {
        m_entries[m_current].locale = entry.locale;
        return;
    }
    m_entries.resize(m_current + 1);
    m_entries.append(entry);
    if (m_entries.size() > limit)
        m_entries.removeFirst();
    m_current = m_entries.size() - 1;
}

std::optional<ReaderHistory::Entry> ReaderHistory::back()
{
    if (!canGoBack())
        return std::nullopt;
    return m_entries.at(--m_current);
}

std::optional<ReaderHistory::Entry> ReaderHistory::forward()
{
    if (!canGoForward())
        return std::nullopt;
    return m_entries.at(++m_current);
}

std::optional<ReaderHistory::Entry> ReaderHistory::current() const
{
    if (m_current < 0)
        return std::nullopt;
    return m_entries.at(m_current);
}

void ReaderHistory::setScroll(qreal scroll)
{
    if (m_current >= 0)
        m_entries[m_current].scroll = scroll;
}

void ReaderHistory::clear()
{
    m_entries.clear();
    m_current = -1;
}

} // namespace Newsdesk::Ui
