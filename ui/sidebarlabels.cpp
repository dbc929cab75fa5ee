// The sidebar's labels: one entry per label some article carries, with its unread count (counted
// off the GUI thread); the section is hidden while there is none.
#include "storage/countrunner.h"
#include "storage/labelstore.h"
#include "ui/sidebar.h"
#include "ui/watchlisttree.h"

#include <QTreeWidgetItem>

namespace Newsdesk::Ui {

void Sidebar::rebuildLabels()
{
    if (!m_library || !m_library->isOpen())
        return;
    const SidebarEntry selected = current();
    const bool wasReloading = std::exchange(m_reloading, true);
    qDeleteAll(m_labels->takeChildren());
    const QStringList names = m_library->labels().names();
    QList<Storage::ListFilter> unread;
    for (const QString &name : names) {
        auto *item = new QTreeWidgetItem;
        item->setData(0, WatchlistTree::kindRole, int(SidebarEntry::Kind::Label));
        item->setData(0, WatchlistTree::valueRole, name);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setSizeHint(0, QSize(20, 26));
        item->setText(0, name);
        item->setToolTip(0, u"label:" + name);
        const int known = m_labelUnread.value(name);
        item->setText(1, known > 0 ? QString::number(known) : QString());
        item->setData(0, Qt::AccessibleTextRole, known > 0 ? tr("%1, %n unread", nullptr, known).arg(name) : name);
        m_labels->addChild(item);
        Storage::ListFilter filter;
        filter.view = Storage::ListFilter::View::Unread;
        filter.labels = {name};
        unread.append(filter);
    }
    m_labels->setHidden(names.isEmpty());
    m_labels->setExpanded(true);
    m_reloading = wasReloading;
    select(selected);
    if (m_labelCounts)
        m_labelCounts->count(unread);
}

void Sidebar::showLabelCounts(const QList<int> &counts)
{
    // The answer is for the entries as they were when asked; a rebuild since then asks again.
    if (counts.size() != m_labels->childCount())
        return;
    for (int i = 0; i < counts.size(); ++i) {
        QTreeWidgetItem *item = m_labels->child(i);
        const QString name = item->data(0, WatchlistTree::valueRole).toString();
        m_labelUnread.insert(name, counts.at(i));
        item->setText(1, counts.at(i) > 0 ? QString::number(counts.at(i)) : QString());
        item->setData(
            0, Qt::AccessibleTextRole, counts.at(i) > 0 ? tr("%1, %n unread", nullptr, counts.at(i)).arg(name) : name);
    }
}

} // namespace Newsdesk::Ui
