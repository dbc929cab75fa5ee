// The sidebar's saved searches: saving one under a name, renaming, editing its query, removing
// and reordering, each through a non-modal dialog or the context menu.
#include "controller/savedsearchlist.h"
#include "ui/sidebar.h"
#include "ui/watchlisttree.h"

#include <QInputDialog>
#include <QMenu>
#include <QTreeWidgetItem>

namespace Newsdesk::Ui {

void Sidebar::askText(
    const QString &title, const QString &label, const QString &text, std::function<void(const QString &)> apply)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("savedSearchDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(text);
    dialog->resize(qMax(dialog->sizeHint().width(), 420), dialog->sizeHint().height());
    connect(dialog, &QInputDialog::textValueSelected, this, std::move(apply));
    dialog->open();
}

void Sidebar::saveSearch(const QString &query)
{
    if (!m_library || query.trimmed().isEmpty())
        return;
    askText(tr("Save Search"), tr("Name for the search “%1”:").arg(query), query.left(40),
        [this, query](const QString &name) {
            QString error;
            const std::optional<qint64> id = SavedSearchList(*m_library).add(name, query, &error);
            if (!id) {
                Q_EMIT message(error);
                return;
            }
            rebuildSavedSearches();
            const SidebarEntry entry{SidebarEntry::Kind::Saved, QString::number(*id)};
            select(entry);
            Q_EMIT entrySelected(entry);
        });
}

bool Sidebar::moveSavedSearch(qint64 id, int newIndex)
{
    QString error;
    if (!m_library || !SavedSearchList(*m_library).move(id, newIndex, &error)) {
        Q_EMIT message(error);
        return false;
    }
    rebuildSavedSearches();
    return true;
}

void Sidebar::addSavedSearchActions(QMenu *menu, QTreeWidgetItem *item)
{
    const qint64 id = item->data(0, WatchlistTree::valueRole).toLongLong();
    const QString label = item->text(0);
    const QString query = item->toolTip(0);
    const int index = m_saved->indexOfChild(item);
    const SidebarEntry entry{SidebarEntry::Kind::Saved, QString::number(id)};
    menu->addAction(tr("Rename…"), this, [this, id, label] {
        askText(tr("Rename Saved Search"), tr("New name:"), label, [this, id](const QString &name) {
            QString error;
            if (!SavedSearchList(*m_library).rename(id, name, &error))
                Q_EMIT message(error);
            rebuildSavedSearches();
        });
    });
    menu->addAction(tr("Edit Search…"), this, [this, id, label, query, entry] {
        askText(
            tr("Edit Saved Search"), tr("Search for “%1”:").arg(label), query, [this, id, entry](const QString &text) {
                QString error;
                if (!SavedSearchList(*m_library).setQuery(id, text, &error))
                    Q_EMIT message(error);
                rebuildSavedSearches();
                if (current() == entry)
                    Q_EMIT entrySelected(entry); // the list follows the new query
            });
    });
    menu->addAction(tr("Remove “%1”").arg(label), this, [this, id, entry] {
        const bool wasSelected = current() == entry;
        QString error;
        if (!SavedSearchList(*m_library).remove(id, &error))
            Q_EMIT message(error);
        rebuildSavedSearches();
        if (wasSelected) {
            select({SidebarEntry::Kind::All, {}});
            Q_EMIT entrySelected({SidebarEntry::Kind::All, {}});
        }
    });
    QAction *up = menu->addAction(tr("Move Up"), this, [this, id, index] { moveSavedSearch(id, index - 1); });
    up->setEnabled(index > 0);
    QAction *down = menu->addAction(tr("Move Down"), this, [this, id, index] { moveSavedSearch(id, index + 1); });
    down->setEnabled(index + 1 < m_saved->childCount());
    menu->addSeparator();
}

} // namespace Newsdesk::Ui
