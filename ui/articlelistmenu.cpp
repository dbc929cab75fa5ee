#include "ui/articlelistmenu.h"

#include "controller/readercontroller.h"
#include "ui/articlelistmodel.h"
#include "ui/articlelistview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenu>

namespace Newsdesk::Ui {

ArticleListMenu::ArticleListMenu(ArticleListView *list, ArticleListModel *model, ReaderController *controller)
    : QObject(list)
    , m_list(list)
    , m_model(model)
    , m_controller(controller)
{
    connect(m_list, &QWidget::customContextMenuRequested, this, &ArticleListMenu::popup);
}

void ArticleListMenu::markRowsRead(int from, int to)
{
    int marked = 0;
    for (int row = qMax(0, from); row <= to && row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (!index.data(ArticleListModel::ReadRole).toBool()
            && m_controller->setRead(index.data(ArticleListModel::DocIdRole).value<Storage::DocId>(), true))
            ++marked;
    }
    Q_EMIT message(tr("Marked %n article(s) read", nullptr, marked));
}

void ArticleListMenu::popup(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    const auto doc = index.data(ArticleListModel::DocIdRole).value<Storage::DocId>();
    const bool read = index.data(ArticleListModel::ReadRole).toBool();
    const QUrl url = index.data(ArticleListModel::UrlRole).toUrl();
    const int row = index.row();
    auto *menu = new QMenu(m_list);
    menu->setObjectName(QStringLiteral("articleListMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Open"), this, [this, doc] { Q_EMIT openRequested(doc); });
    menu->addAction(tr("Open Original in Browser"), this, [this, doc] { Q_EMIT openOriginalRequested(doc); });
    menu->addAction(index.data(ArticleListModel::BookmarkedRole).toBool() ? tr("Remove Bookmark") : tr("Bookmark"),
        this, [this, index = QPersistentModelIndex(index)] { Q_EMIT bookmarkToggleRequested(index); });
    menu->addAction(read ? tr("Mark as Unread") : tr("Mark as Read"), this, [this, doc, read] {
        if (m_controller->setRead(doc, !read))
            Q_EMIT readStateChanged();
    });
    menu->addAction(tr("Mark All Above as Read"), this, [this, row] { markRowsRead(0, row - 1); });
    menu->addAction(tr("Mark All Below as Read"), this, [this, row] {
        while (m_model->canFetchMore({}))
            m_model->fetchMore({});
        markRowsRead(row + 1, m_model->rowCount() - 1);
    });
    menu->addSeparator();
    menu->addAction(tr("Add Label…"), this, [this, doc] { askLabel(doc); });
    const QStringList labels = m_controller->labelsOf(doc);
    for (const QString &label : labels)
        menu->addAction(
            tr("Remove Label “%1”").arg(label), this, [this, doc, label] { m_controller->removeLabel(doc, label); });
    menu->addSeparator();
    menu->addAction(tr("Copy Link"), this, [url] { QGuiApplication::clipboard()->setText(url.toString()); })
        ->setEnabled(url.isValid());
    menu->popup(m_list->viewport()->mapToGlobal(pos));
}

void ArticleListMenu::askLabel(Storage::DocId doc)
{
    auto *dialog = new QInputDialog(m_list);
    dialog->setObjectName(QStringLiteral("labelDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Label"));
    dialog->setLabelText(tr("Label (one word, such as macro or 财报):"));
    dialog->setComboBoxItems(m_controller->labelNames());
    dialog->setComboBoxEditable(true);
    dialog->setTextValue(QString());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, doc](const QString &label) {
        if (!label.trimmed().isEmpty())
            m_controller->addLabel(doc, label);
    });
    dialog->open();
}

} // namespace Newsdesk::Ui
