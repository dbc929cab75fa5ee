#include "ui/listcolumn.h"

#include "controller/fetchtracker.h"
#include "controller/readercontroller.h"
#include "controller/retentionschedule.h"
#include "controller/viewcaption.h"
#include "ui/articlelistmodel.h"
#include "ui/articlelistview.h"
#include "ui/listfeed.h"
#include "ui/settings.h"
#include "ui/tickerpanel.h"

#include <QTimer>
#include <QVBoxLayout>

namespace Newsdesk::Ui {

ListColumn::ListColumn(Storage::Library *library, ReaderController *controller, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_controller(controller)
    , m_tickerPanel(new TickerPanel(library, this))
    , m_list(new ArticleListView(this))
    , m_model(new ArticleListModel(this))
    , m_reloadTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_tickerPanel->setVisible(false);
    m_list->setObjectName(QStringLiteral("articleList"));
    m_list->setArticleModel(m_model);
    m_list->setMinimumWidth(240);
    layout->addWidget(m_tickerPanel);
    layout->addWidget(m_list, 1);
    m_feed = new ListFeed(library, m_model, this);
    m_model->setLibrary(library);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);

    connect(m_feed, &ListFeed::shown, this, &ListColumn::onShown);
    connect(m_reloadTimer, &QTimer::timeout, this, &ListColumn::reload);
    connect(m_tickerPanel, &TickerPanel::listFilterChanged, controller, &ReaderController::setTickerListFilter);
}

void ListColumn::follow(FetchTracker *tracker, RetentionSchedule *retention)
{
    ReaderController *c = m_controller;
    connect(c, &ReaderController::filterChanged, this, &ListColumn::applyFilter);
    connect(c, &ReaderController::labelsChanged, this, [this] {
        if (m_controller->view().kind == SidebarEntry::Kind::Label)
            applyFilter();
    });
    connect(c, &ReaderController::articleShown, this, [this](Storage::DocId doc) {
        m_list->selectDocument(doc);
        if (m_controller->view().kind == SidebarEntry::Kind::Ticker)
            showTickerPanel(); // the ticker's name in the language now read
    });
    connect(tracker, &FetchTracker::libraryChanged, this, &ListColumn::scheduleReload);
    connect(retention, &RetentionSchedule::finished, this, [this](const Storage::PruneOutcome &outcome) {
        if (outcome.documents > 0)
            reload();
    });
}

void ListColumn::applySettings(const Settings &settings, bool dark)
{
    m_tickerPanel->setDark(dark);
    m_tickerPanel->insight()->setBuzzRule({settings.buzzFactor(), settings.buzzMinimumArticles()});
    setPreferredLocale(settings.preferredLocale());
    m_list->viewport()->update();
}

void ListColumn::setPreferredLocale(const QString &locale)
{
    m_preferredLocale = locale;
    m_model->setPreferredLocale(locale);
}

void ListColumn::setWatchlistEmpty(bool empty)
{
    m_watchlistEmpty = empty;
    showTickerPanel(); // its watch toggle
    if (m_controller->view().kind == SidebarEntry::Kind::Watchlist)
        applyFilter();
    else
        updatePlaceholder();
}

void ListColumn::applyFilter()
{
    m_feed->apply(m_controller->filter(), m_controller->currentDocument(), m_preferredLocale);
}

void ListColumn::reload()
{
    m_reloadTimer->stop();
    m_list->refreshKeeping(m_controller->currentDocument());
    recount();
    updatePlaceholder();
    Q_EMIT reloaded();
}

void ListColumn::scheduleReload()
{
    if (!m_reloadTimer->isActive())
        m_reloadTimer->start();
}

void ListColumn::recount()
{
    if (m_tickerPanel->isVisible())
        m_tickerPanel->refresh();
    Q_EMIT counted(m_library->isOpen() ? m_library->count(m_model->filter()) : 0);
}

void ListColumn::updatePlaceholder()
{
    m_list->setPlaceholderText(ViewCaption::emptyList(m_controller->view(), m_controller->search(), m_watchlistEmpty));
}

void ListColumn::onShown(int count)
{
    if (const auto keep = m_controller->currentDocument())
        m_list->selectDocument(*keep);
    showTickerPanel();
    Q_EMIT counted(count);
    updatePlaceholder();
}

void ListColumn::showTickerPanel()
{
    m_tickerPanel->showView(m_controller->view(), m_controller->article());
}

} // namespace Newsdesk::Ui
