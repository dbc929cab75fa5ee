#include "ui/sidebar.h"

#include "controller/fetchtracker.h"
#include "controller/readercontroller.h"
#include "controller/savedsearchlist.h"
#include "controller/watchlistmodel.h"
#include "core/ticker.h"
#include "storage/countrunner.h"
#include "ui/icons.h"
#include "ui/sparklinedelegate.h"
#include "ui/watchlisttree.h"

#include <QCompleter>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QPainter>
#include <QStringListModel>
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

// What a screen reader says for an entry: its name and, when there is one, its unread count.
void setItemAccessibleName(QTreeWidgetItem *item, const QString &name, int unread)
{
    item->setData(
        0, Qt::AccessibleTextRole, unread > 0 ? Sidebar::tr("%1, %n unread", nullptr, unread).arg(name) : name);
}

// The buzz badge beside a watchlist ticker: white on the orange of the ticker view's badge, an
// upward arrow, so it reads in both themes without a word to translate.
QIcon buzzIcon()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd9, 0x48, 0x0f));
    painter.drawRoundedRect(QRectF(2, 4, 28, 24), 6, 6);
    painter.setBrush(Qt::white);
    const QPointF arrow[] = {{16, 8}, {25, 19}, {19.5, 19}, {19.5, 25}, {12.5, 25}, {12.5, 19}, {7, 19}};
    painter.drawPolygon(arrow, int(std::size(arrow)));
    return QIcon(pixmap);
}

} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent)
    , m_watchlistModel(new WatchlistModel(this))
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
    m_tree->setItemDelegateForColumn(0, new SparklineDelegate(WatchlistTree::sparklineRole, m_tree));
    m_addField->setObjectName(QStringLiteral("watchlistAddField"));
    m_addField->setClearButtonEnabled(true);

    m_tree->onMove = [this](const SidebarEntry &entry, int index) {
        if (entry.kind == SidebarEntry::Kind::Saved)
            moveSavedSearch(entry.value.toLongLong(), index);
        else
            moveTicker(entry.value, index);
    };
    m_tree->onRemove = [this](const QString &ticker) {
        removeTicker(ticker);
    };

    build();
    updateIcons();
    retranslate();

    // The entry is the item that became current: a click makes it current before it selects it.
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_reloading || !item || !(item->flags() & Qt::ItemIsSelectable))
            return;
        Q_EMIT entrySelected(entryOf(item));
    });
    connect(m_watchlistModel, &QAbstractItemModel::modelReset, this, &Sidebar::rebuildWatchlist);
    connect(m_watchlistModel, &QAbstractItemModel::rowsMoved, this, &Sidebar::rebuildWatchlist);
    connect(m_watchlistModel, &QAbstractItemModel::dataChanged, this, &Sidebar::rebuildWatchlist);
    connect(m_watchlistModel, &WatchlistModel::changed, this, &Sidebar::watchlistChanged);
    connect(m_watchlistModel, &WatchlistModel::message, this, &Sidebar::message);
    m_completions = new QStringListModel(this);
    auto *completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_addField->setCompleter(completer);
    connect(m_addField, &QLineEdit::textEdited, this, &Sidebar::updateCompletions);
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
    m_saved = makeItem(SidebarEntry::Kind::Saved);
    m_saved->setFlags(Qt::ItemIsEnabled | Qt::ItemIsDropEnabled);
    m_labels = makeItem(SidebarEntry::Kind::Label);
    m_labels->setFlags(Qt::ItemIsEnabled);
    m_sources = makeItem(SidebarEntry::Kind::Source);
    m_sources->setFlags(Qt::ItemIsEnabled);
    // Drops land between the watchlist's tickers, or between the saved searches, only.
    m_watchlist->setFlags(m_watchlist->flags() | Qt::ItemIsDropEnabled);
    m_tree->addTopLevelItems({m_all, m_unread, m_bookmarks, m_watchlist, m_saved, m_labels, m_sources});
    m_labels->setHidden(true);
    m_watchlist->setExpanded(true);
    m_saved->setExpanded(true);
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
    m_saved->setIcon(0, Icons::get(QStringLiteral("search")));
    m_labels->setIcon(0, Icons::get(QStringLiteral("tag")));
    m_sources->setIcon(0, Icons::get(QStringLiteral("feed")));
}

void Sidebar::retranslate()
{
    m_all->setText(0, tr("All Articles"));
    m_unread->setText(0, tr("Unread"));
    m_bookmarks->setText(0, tr("Bookmarks"));
    m_watchlist->setText(0, tr("Watchlist"));
    m_saved->setText(0, tr("Saved Searches"));
    m_saved->setToolTip(0, tr("Searches kept by name: Edit → Save Search; drag them to reorder"));
    m_labels->setText(0, tr("Labels"));
    m_labels->setToolTip(0, tr("Labels on articles: right-click an article to add one"));
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
    m_watchlistModel->setLibrary(library);
    delete m_savedCounts;
    m_savedCounts = nullptr;
    m_savedUnread.clear();
    delete m_labelCounts;
    m_labelCounts = nullptr;
    m_labelUnread.clear();
    if (library && library->isOpen()) {
        m_savedCounts = new Storage::CountRunner(library->path(), this);
        connect(m_savedCounts, &Storage::CountRunner::counted, this,
            [this](quint64, const QList<int> &counts) { showSavedCounts(counts); });
        m_labelCounts = new Storage::CountRunner(library->path(), this);
        connect(m_labelCounts, &Storage::CountRunner::counted, this,
            [this](quint64, const QList<int> &counts) { showLabelCounts(counts); });
    }
    reload();
}

void Sidebar::updateCompletions(const QString &text)
{
    m_completions->setStringList(
        m_library && text.trimmed().size() >= 1 ? m_library->knownTickers(text, 12) : QStringList());
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
            item->setData(
                1, Qt::AccessibleTextRole, tr("Failing: %n attempts in a row", nullptr, source.consecutiveFailures));
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
    const int unreadCount = m_library->count(unread);
    m_unread->setText(1, countText(unreadCount));
    Storage::ListFilter bookmarks;
    bookmarks.view = Storage::ListFilter::View::Bookmarked;
    const int bookmarkCount = m_library->count(bookmarks);
    m_bookmarks->setText(1, countText(bookmarkCount));
    setItemAccessibleName(m_unread, m_unread->text(0), unreadCount);
    m_bookmarks->setData(0, Qt::AccessibleTextRole,
        bookmarkCount > 0 ? tr("%1, %n article(s)", nullptr, bookmarkCount).arg(m_bookmarks->text(0))
                          : m_bookmarks->text(0));
    m_watchlistModel->reload();
    const QStringList tickers = m_watchlistModel->tickers();
    int watchedUnread = 0;
    if (!tickers.isEmpty()) {
        Storage::ListFilter watched;
        watched.view = Storage::ListFilter::View::Unread;
        watched.tickers = tickers;
        watchedUnread = m_library->count(watched);
    }
    m_watchlist->setText(1, countText(watchedUnread));
    setItemAccessibleName(m_watchlist, m_watchlist->text(0), watchedUnread);
    m_watchlist->setExpanded(true);
    rebuildSavedSearches();
    rebuildLabels();
    m_reloading = false;
    select(selected);
}

void Sidebar::rebuildSavedSearches()
{
    if (!m_library || !m_library->isOpen())
        return;
    const SidebarEntry selected = current();
    const bool wasReloading = std::exchange(m_reloading, true);
    qDeleteAll(m_saved->takeChildren());
    const QList<SavedSearchItem> items = SavedSearchList(*m_library).items();
    QList<Storage::ListFilter> unread;
    for (const SavedSearchItem &saved : items) {
        const QString id = QString::number(saved.id);
        QTreeWidgetItem *item = makeItem(SidebarEntry::Kind::Saved, id);
        item->setFlags(item->flags() | Qt::ItemIsDragEnabled);
        item->setText(0, saved.label);
        item->setToolTip(0, saved.query);
        const int known = m_savedUnread.value(id);
        item->setText(1, countText(known));
        setItemAccessibleName(item, saved.label, known);
        m_saved->addChild(item);
        unread.append(Storage::unreadFilter(saved.query));
    }
    m_saved->setExpanded(true);
    m_reloading = wasReloading;
    select(selected);
    if (m_savedCounts)
        m_savedCounts->count(unread);
}

void Sidebar::showSavedCounts(const QList<int> &counts)
{
    // The answer is for the entries as they were when asked; a rebuild since then asks again.
    if (counts.size() != m_saved->childCount())
        return;
    for (int i = 0; i < counts.size(); ++i) {
        QTreeWidgetItem *item = m_saved->child(i);
        m_savedUnread.insert(item->data(0, valueRole).toString(), counts.at(i));
        item->setText(1, countText(counts.at(i)));
        setItemAccessibleName(item, item->text(0), counts.at(i));
    }
}

void Sidebar::rebuildWatchlist()
{
    const SidebarEntry selected = current();
    const bool wasReloading = std::exchange(m_reloading, true);
    qDeleteAll(m_watchlist->takeChildren());
    for (int row = 0; row < m_watchlistModel->rowCount(); ++row) {
        const QModelIndex index = m_watchlistModel->index(row);
        const QString ticker = index.data(WatchlistModel::TickerRole).toString();
        const int unread = index.data(WatchlistModel::UnreadRole).toInt();
        QTreeWidgetItem *item = makeItem(SidebarEntry::Kind::Ticker, ticker);
        item->setFlags(item->flags() | Qt::ItemIsDragEnabled);
        item->setText(0, ticker);
        item->setToolTip(0, index.data(Qt::ToolTipRole).toString());
        item->setText(1, countText(unread));
        item->setData(0, WatchlistTree::sparklineRole, index.data(WatchlistModel::SparklineRole));
        // "NVDA.US, 3 unread, buzz, 14 articles in the last 14 days": what the row shows, in words.
        QString spoken = unread > 0 ? tr("%1, %n unread", nullptr, unread).arg(ticker) : ticker;
        const bool buzz = index.data(WatchlistModel::BuzzRole).toBool();
        if (buzz)
            spoken = tr("%1, buzz").arg(spoken);
        if (const QVariant recent = index.data(WatchlistModel::RecentRole); recent.isValid())
            spoken = tr("%1, %2").arg(spoken, WatchlistModel::recentText(recent.toInt()));
        item->setData(0, Qt::AccessibleTextRole, spoken);
        if (buzz) {
            static const QIcon icon = buzzIcon();
            item->setIcon(1, icon);
        }
        m_watchlist->addChild(item);
    }
    m_watchlist->setExpanded(true);
    m_reloading = wasReloading;
    select(selected);
}

QStringList Sidebar::watchlistTickers() const
{
    return m_watchlistModel->tickers();
}

SidebarEntry Sidebar::entryOf(const QTreeWidgetItem *item)
{
    if (!item)
        return {SidebarEntry::Kind::All, {}};
    return {SidebarEntry::Kind(item->data(0, kindRole).toInt()), item->data(0, valueRole).toString()};
}

SidebarEntry Sidebar::current() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->isSelected())
        return {SidebarEntry::Kind::All, {}};
    return entryOf(item);
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
    case SidebarEntry::Kind::Saved:
        for (int i = 0; i < m_saved->childCount(); ++i) {
            if (m_saved->child(i)->data(0, valueRole).toString() == entry.value)
                return m_saved->child(i);
        }
        return nullptr;
    case SidebarEntry::Kind::Label:
        for (int i = 0; i < m_labels->childCount(); ++i) {
            if (m_labels->child(i)->data(0, valueRole).toString().compare(entry.value, Qt::CaseInsensitive) == 0)
                return m_labels->child(i);
        }
        return nullptr;
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
        // No entry shows this view (a ticker just removed from the watchlist): no entry is
        // current either, or a click on the one Qt moved to would change nothing.
        m_tree->setCurrentItem(nullptr);
        m_tree->clearSelection();
    }
    m_reloading = wasReloading;
}

bool Sidebar::addTicker(const QString &text)
{
    return m_watchlistModel->add(text);
}

bool Sidebar::removeTicker(const QString &ticker)
{
    const bool wasSelected = current().kind == SidebarEntry::Kind::Ticker
        && Core::Ticker::keyFor(current().value) == Core::Ticker::keyFor(ticker);
    if (!m_watchlistModel->remove(ticker))
        return false;
    if (wasSelected)
        Q_EMIT entrySelected({SidebarEntry::Kind::Ticker, ticker});
    return true;
}

void Sidebar::follow(ReaderController *controller, FetchTracker *tracker)
{
    connect(this, &Sidebar::entrySelected, controller, &ReaderController::setView);
    connect(controller, &ReaderController::viewChanged, this, [this](const SidebarEntry &entry) {
        if (current() != entry)
            select(entry);
    });
    connect(controller, &ReaderController::bookmarkChanged, this, &Sidebar::reload);
    connect(controller, &ReaderController::labelsChanged, this, &Sidebar::reload);
    connect(this, &Sidebar::sourceRefreshRequested, tracker,
        [tracker](const QString &url) { tracker->refresh({QUrl(url)}); });
    connect(this, &Sidebar::sourceRemoveRequested, tracker,
        [tracker](const QString &url) { tracker->unsubscribe(QUrl(url)); });
}

void Sidebar::setWatched(const QString &ticker, bool watched)
{
    const SidebarEntry selected = current();
    if (watched)
        addTicker(ticker);
    else
        removeTicker(ticker);
    select(selected);
}

bool Sidebar::moveTicker(const QString &ticker, int newIndex)
{
    return m_watchlistModel->move(ticker, newIndex);
}

void Sidebar::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    // A popup, not exec(): the reader keeps running, and tests find the menu by its name.
    delete findChild<QMenu *>(QStringLiteral("sidebarMenu"));
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("sidebarMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (item && item->data(0, kindRole).toInt() == int(SidebarEntry::Kind::Ticker)) {
        const QString ticker = item->data(0, valueRole).toString();
        const int index = m_watchlist->indexOfChild(item);
        menu->addAction(tr("Remove %1 from Watchlist").arg(ticker), this, [this, ticker] { removeTicker(ticker); });
        QAction *up = menu->addAction(tr("Move Up"), this, [this, ticker, index] { moveTicker(ticker, index - 1); });
        up->setEnabled(index > 0);
        QAction *down
            = menu->addAction(tr("Move Down"), this, [this, ticker, index] { moveTicker(ticker, index + 1); });
        down->setEnabled(index + 1 < m_watchlist->childCount());
        menu->addSeparator();
    }
    if (item && item->data(0, kindRole).toInt() == int(SidebarEntry::Kind::Saved) && item->parent())
        addSavedSearchActions(menu, item);
    if (item && item->data(0, kindRole).toInt() == int(SidebarEntry::Kind::Source) && item->parent()) {
        const QString url = item->data(0, valueRole).toString();
        menu->addAction(tr("Refresh This Source"), this, [this, url] { Q_EMIT sourceRefreshRequested(url); });
        menu->addAction(tr("Unsubscribe"), this, [this, url] { Q_EMIT sourceRemoveRequested(url); });
        menu->addSeparator();
    }
    menu->addAction(tr("Add Ticker to Watchlist…"), this, [this] {
        m_addField->setFocus(Qt::OtherFocusReason);
        m_addField->selectAll();
    });
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace Newsdesk::Ui
