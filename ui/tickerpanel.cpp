#include "ui/tickerpanel.h"

#include "controller/viewcaption.h"
#include "ui/aliasdialog.h"
#include "ui/tickerheader.h"
#include "ui/tickerlistfilter.h"
#include "ui/tickertimeline.h"
#include "ui/tickertogether.h"

#include <QVBoxLayout>

namespace Newsdesk::Ui {

TickerPanel::TickerPanel(Storage::Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_insight(new TickerInsight(library, this))
    , m_header(new TickerHeader(this))
    , m_together(new TickerTogether(this))
    , m_timeline(new TickerTimeline(this))
    , m_listFilter(new TickerListFilter(this))
{
    setObjectName(QStringLiteral("tickerPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_together);
    layout->addWidget(m_timeline);
    layout->addWidget(m_listFilter);
    m_together->setVisible(false);

    connect(m_insight, &TickerInsight::summaryChanged, this, &TickerPanel::showSummary);
    connect(m_insight, &TickerInsight::aliasesChanged, this, [this] { m_header->setAliases(m_insight->aliases()); });
    connect(m_header, &TickerHeader::aliasesEditRequested, this, &TickerPanel::editAliases);
    connect(m_listFilter, &TickerListFilter::changed, this, &TickerPanel::listFilterChanged);
    connect(m_together, &TickerTogether::tickerClicked, this, &TickerPanel::tickerRequested);
    connect(m_timeline, &TickerTimeline::barClicked, this,
        [this](const TimelineBar &bar) { Q_EMIT searchRequested(TickerInsight::barSearch(bar)); });
}

void TickerPanel::showView(const SidebarEntry &view, const Core::Article &reading)
{
    const bool watchlist = view.kind == SidebarEntry::Kind::Watchlist;
    if (view.kind != SidebarEntry::Kind::Ticker && !watchlist) {
        m_shownKind = view.kind;
        setVisible(false);
        return;
    }
    // The controller clears its role and language with the view: so do the boxes.
    const bool anotherKind = view.kind != m_shownKind;
    if (anotherKind)
        m_listFilter->reset();
    // The watchlist's articles narrow by role and language as one ticker's do; one ticker's
    // numbers, names and days have no meaning for the list of several.
    m_header->setVisible(!watchlist);
    m_timeline->setVisible(!watchlist);
    if (watchlist) {
        m_together->setVisible(false);
    } else {
        showTicker(
            view.value, ViewCaption::tickerName(*m_library, reading, view.value), m_library->isWatched(view.value));
        if (anotherKind)
            showSummary(); // its often-together row, hidden in the watchlist, from the numbers in hand
    }
    m_shownKind = view.kind;
    setVisible(true);
}

void TickerPanel::showTicker(const QString &ticker, const QString &name, bool watched)
{
    m_header->setTicker(ticker, name, watched);
    if (ticker != m_insight->ticker()) {
        m_listFilter->reset(); // the controller clears its filter with the view
        if (m_aliasDialog)
            m_aliasDialog->close();
    }
    m_insight->setTicker(ticker);
}

void TickerPanel::refresh()
{
    m_insight->refresh();
}

void TickerPanel::setDark(bool dark)
{
    m_timeline->setDark(dark);
}

void TickerPanel::showSummary()
{
    if (!m_insight->ready()) {
        // Another ticker's numbers are not shown under this one's name while it is counted.
        m_header->setNumbers(std::nullopt);
        m_together->setTogether({});
        m_timeline->setBars({});
        return;
    }
    const Storage::TickerSummary &s = m_insight->summary();
    m_header->setNumbers(
        TickerHeader::Numbers{s.total, s.unread, s.last7Days, s.buzz.today, s.buzz.mean, s.buzz.active});
    m_together->setTogether(s.together);
    m_timeline->setBars(TickerInsight::timeline(s, m_insight->now().toUTC().date()));
}

AliasDialog *TickerPanel::aliasDialog() const
{
    return m_aliasDialog;
}

void TickerPanel::editAliases()
{
    if (!m_aliasDialog) {
        m_aliasDialog = new AliasDialog(m_insight, this);
        m_aliasDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_aliasDialog->show();
    m_aliasDialog->raise();
    m_aliasDialog->activateWindow();
}

} // namespace Newsdesk::Ui
