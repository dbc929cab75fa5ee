#include "sidebar.h"

#include "icons.h"
#include "ticker.h"
#include "watchlisttree.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QStyle>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcSidebar, "newsdesk.ui.sidebar")

namespace Newsdesk::Ui {

namespace {

constexpr int kindRole = WatchlistTree::kindRole;
constexpr int valueRole = WatchlistTree::valueRole;

QTreeWidgetItem *makeItem(SidebarEntry::Kind kind, const QString &value = {})
{
    auto *item = new QTreeWidgetItem;
    item->setData(0, kindRole, int(kind));
    item->setData(0, valueRole, value);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    // Roomier rows than the style's default (a style sheet would stop following palette changes).
    item->setSizeHint(0, QSize(20, 26));
    return item;
}

QString countText(int n)
{
    return n > 0 ? QString::number(n) : QString();
}

} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent)
    , m_tree(new WatchlistTree(this))
    , m_addField(new QLineEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_addField);

    m_tree->setObjectName(QStringLiteral("sidebarTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(14);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_addField->setObjectName(QStringLiteral("watchlistAddField"));
    m_addField->setClearButtonEnabled(true);

    m_tree->onMove = [this](const QString &ticker, int index) { moveTicker(ticker, index); };
    m_tree->onRemove = [this](const QString &ticker) { removeTicker(ticker); };

    build();
    updateIcons();
    retranslate();

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_reloading || !item)
            return;
        Q_EMIT entrySelected(current());
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &Sidebar::showContextMenu);
    connect(m_addField, &QLineEdit::returnPressed, this, [this] {
        if (addTicker(m_addField->text()))
            m_addField->clear();
    });
}

QTreeWidget *Sidebar::tree() const
{
    return m_tree;
}

void Sidebar::build()
{
    m_all = makeItem(SidebarEntry::Kind::All);
    m_unread = makeItem(SidebarEntry::Kind::Unread);
    m_bookmarks = makeItem(SidebarEntry::Kind::Bookmarks);
    m_watchlist = makeItem(SidebarEntry::Kind::Watchlist);
    m_sources = makeItem(SidebarEntry::Kind::Source);
    m_sources->setFlags(Qt::ItemIsEnabled);
    // Drops land between the watchlist's tickers only.
    m_watchlist->setFlags(m_watchlist->flags() | Qt::ItemIsDropEnabled);
    m_tree->addTopLevelItems({m_all, m_unread, m_bookmarks, m_watchlist, m_sources});
    m_watchlist->setExpanded(true);
    m_sources->setExpanded(true);
    m_sources->setHidden(true);
    m_tree->setCurrentItem(m_all);
}

void Sidebar::updateIcons()
{
    m_all->setIcon(0, Icons::get(QStringLiteral("inbox")));
    m_unread->setIcon(0, Icons::get(QStringLiteral("mark-unread")));
    m_bookmarks->setIcon(0, Icons::get(QStringLiteral("bookmark")));
    m_watchlist->setIcon(0, Icons::get(QStringLiteral("watchlist")));
    m_sources->setIcon(0, Icons::get(QStringLiteral("feed")));
}

void Sidebar::retranslate()
{
    m_all->setText(0, tr("All Articles"));
    m_unread->setText(0, tr("Unread"));
    m_bookmarks->setText(0, tr("Bookmarks"));
    m_watchlist->setText(0, tr("Watchlist"));
    m_sources->setText(0, tr("Sources"));
    m_addField->setPlaceholderText(tr("Add ticker to watchlist…"));
    m_addField->setToolTip(tr("Type a ticker such as AAPL.US or 700.HK and press Enter"));
    m_watchlist->setToolTip(0, tr("Articles on any ticker of the watchlist; drag tickers to reorder"));
}

void Sidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QWidget::changeEvent(event);
}

void Sidebar::setLibrary(Storage::Library *library)
{
    m_library = library;
    reload();
}

void Sidebar::setSources(const QList<Source> &sources)
{
    const SidebarEntry selected = current();
    m_reloading = true;
    qDeleteAll(m_sources->takeChildren());
    for (const Source &source : sources) {
        QTreeWidgetItem *item = makeItem(SidebarEntry::Kind::Source, source.url);
        item->setText(0, source.title.isEmpty() ? source.url : source.title);
        item->setToolTip(0, source.toolTip.isEmpty() ? source.url : source.url + u'\n' + source.toolTip);
        if (source.failing)
            item->setForeground(0, QColor(0xC6, 0x28, 0x28));
        if (source.consecutiveFailures >= 3) {
            item->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setData(1, Qt::AccessibleTextRole, tr("Failing: %n attempts in a row", nullptr, source.consecutiveFailures));
        }
        m_sources->addChild(item);
    }
    m_sources->setHidden(sources.isEmpty());
    m_reloading = false;
    select(selected);
}

void Sidebar::reload()
{
    if (!m_library || !m_library->isOpen())
        return;
    const SidebarEntry selected = current();
    m_reloading = true;
    Storage::ListFilter unread;
    unread.view = Storage::ListFilter::View::Unread;
    m_unread->setText(1, countText(m_library->count(unread)));
    Storage::ListFilter bookmarks;
    bookmarks.view = Storage::ListFilter::View::Bookmarked;
    m_bookmarks->setText(1, countText(m_library->count(bookmarks)));

    qDeleteAll(m_watchlist->takeChildren());
    const QList<Storage::WatchItem> items = m_library->watchlist();
    QStringList tickers;
    for (const Storage::WatchItem &w : items) {
        QTreeWidgetItem *item = makeItem(SidebarEntry::Kind::Ticker, w.ticker);
        item->setFlags(item->flags() | Qt::ItemIsDragEnabled);
        item->setText(0, w.ticker);
        item->setToolTip(0, w.name.isEmpty() ? w.ticker : w.name + u" (" + w.ticker + u')');
        item->setText(1, countText(w.unread));
        m_watchlist->addChild(item);
        tickers.append(w.ticker);
    }
    if (!tickers.isEmpty()) {
        Storage::ListFilter watched;
        watched.view = Storage::ListFilter::View::Unread;
        watched.tickers = tickers;
        m_watchlist->setText(1, countText(m_library->count(watched)));
    } else {
        m_watchlist->setText(1, {});
    }
    m_watchlist->setExpanded(true);
    m_reloading = false;
    select(selected);
}

QStringList Sidebar::watchlistTickers() const
{
    QStringList tickers;
    for (int i = 0; i < m_watchlist->childCount(); ++i)
        tickers.append(m_watchlist->child(i)->data(0, valueRole).toString());
    return tickers;
}

SidebarEntry Sidebar::current() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->isSelected())
        return {SidebarEntry::Kind::All, {}};
    return {SidebarEntry::Kind(item->data(0, kindRole).toInt()), item->data(0, valueRole).toString()};
}

QTreeWidgetItem *Sidebar::itemFor(const SidebarEntry &entry) const
{
    switch (entry.kind) {
    case SidebarEntry::Kind::All:
        return m_all;
    case SidebarEntry::Kind::Unread:
        return m_unread;
    case SidebarEntry::Kind::Bookmarks:
        return m_bookmarks;
    case SidebarEntry::Kind::Watchlist:
        return m_watchlist;
    case SidebarEntry::Kind::Ticker: {
        const QString key = Core::Ticker::keyFor(entry.value);
        for (int i = 0; i < m_watchlist->childCount(); ++i) {
            if (Core::Ticker::keyFor(m_watchlist->child(i)->data(0, valueRole).toString()) == key)
                return m_watchlist->child(i);
        }
        return nullptr;
    }
    case SidebarEntry::Kind::Source:
        for (int i = 0; i < m_sources->childCount(); ++i) {
            if (m_sources->child(i)->data(0, valueRole).toString() == entry.value)
                return m_sources->child(i);
        }
        return nullptr;
    }
    return nullptr;
}

void Sidebar::select(const SidebarEntry &entry)
{
    const bool wasReloading = m_reloading;
    m_reloading = true;
    QTreeWidgetItem *item = itemFor(entry);
    if (item) {
        m_tree->setCurrentItem(item);
    } else {
        m_tree->clearSelection();
    }
    m_reloading = wasReloading;
}

bool Sidebar::addTicker(const QString &text)
{
    if (!m_library)
        return false;
    const auto ticker = Core::Ticker::parse(text.trimmed());
    if (!ticker) {
        Q_EMIT message(tr("“%1” is not a ticker: write CODE.MARKET, for example AAPL.US or 700.HK").arg(text.trimmed()));
        return false;
    }
    if (m_library->isWatched(ticker->text())) {
        Q_EMIT message(tr("%1 is already on the watchlist").arg(ticker->text()));
        return true;
    }
    const Result<void> result = m_library->addToWatchlist(ticker->text().toUpper(), m_library->tickerName(ticker->text()));
    if (!result) {
        qCWarning(lcSidebar) << "add to watchlist failed:" << result.error().message;
        Q_EMIT message(tr("Could not add %1 to the watchlist: %2").arg(ticker->text(), result.error().message));
        return false;
    }
    reload();
    Q_EMIT watchlistChanged();
    Q_EMIT message(tr("Added %1 to the watchlist").arg(ticker->text().toUpper()));
    return true;
}

bool Sidebar::removeTicker(const QString &ticker)
{
    if (!m_library)
        return false;
    const bool wasSelected = current().kind == SidebarEntry::Kind::Ticker
                             && Core::Ticker::keyFor(current().value) == Core::Ticker::keyFor(ticker);
    const Result<void> result = m_library->removeFromWatchlist(ticker);
    if (!result) {
        qCWarning(lcSidebar) << "remove from watchlist failed:" << result.error().message;
        Q_EMIT message(tr("Could not remove %1 from the watchlist: %2").arg(ticker, result.error().message));
        return false;
    }
    reload();
    Q_EMIT watchlistChanged();
    Q_EMIT message(tr("Removed %1 from the watchlist").arg(ticker));
    if (wasSelected)
        Q_EMIT entrySelected({SidebarEntry::Kind::Ticker, ticker});
    return true;
}

bool Sidebar::moveTicker(const QString &ticker, int newIndex)
{
    if (!m_library)
        return false;
    const Result<void> result = m_library->moveInWatchlist(ticker, newIndex);
    if (!result) {
        Q_EMIT message(tr("Could not move %1: %2").arg(ticker, result.error().message));
        return false;
    }
    reload();
    Q_EMIT watchlistChanged();
    return true;
}

void Sidebar::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    QMenu menu(this);
    if (item && item->data(0, kindRole).toInt() == int(SidebarEntry::Kind::Ticker)) {
        const QString ticker = item->data(0, valueRole).toString();
        const int index = m_watchlist->indexOfChild(item);
        menu.addAction(tr("Remove %1 from Watchlist").arg(ticker), this, [this, ticker] { removeTicker(ticker); });
        QAction *up = menu.addAction(tr("Move Up"), this, [this, ticker, index] { moveTicker(ticker, index - 1); });
        up->setEnabled(index > 0);
        QAction *down = menu.addAction(tr("Move Down"), this, [this, ticker, index] { moveTicker(ticker, index + 1); });
        down->setEnabled(index + 1 < m_watchlist->childCount());
        menu.addSeparator();
    }
    if (item && item->data(0, kindRole).toInt() == int(SidebarEntry::Kind::Source) && item->parent()) {
        const QString url = item->data(0, valueRole).toString();
        menu.addAction(tr("Refresh This Source"), this, [this, url] { Q_EMIT sourceRefreshRequested(url); });
        menu.addAction(tr("Unsubscribe"), this, [this, url] { Q_EMIT sourceRemoveRequested(url); });
        menu.addSeparator();
    }
    menu.addAction(tr("Add Ticker to Watchlist…"), this, [this] {
        m_addField->setFocus(Qt::OtherFocusReason);
        m_addField->selectAll();
    });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace Newsdesk::Ui
