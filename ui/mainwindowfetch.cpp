// What comes from outside: the fetch service's news, subscriptions and imports, wired to the view.
#include "controller/sourcelist.h"
#include "ui/articlelistmodel.h"
#include "ui/articlelistview.h"
#include "ui/mainwindow.h"
#include "ui/newsalerts.h"
#include "ui/sidebar.h"
#include "ui/statusarea.h"
#include "ui/subscriptionactions.h"
#include "ui/tickerheader.h"

namespace Newsdesk::Ui {

void MainWindow::connectFetchService()
{
    m_status->follow(m_tracker);
    connect(m_tracker, &FetchTracker::sourcesChanged, this, &MainWindow::reloadSources);
    connect(m_subscriptions, &SubscriptionActions::message, m_status, &StatusArea::showMessage);
    connect(m_subscriptions, &SubscriptionActions::sourcesChanged, this, &MainWindow::reloadSources);
    m_status->relay(m_imports, &ImportFlow::message);
    connect(m_imports, &ImportFlow::finished, this, &MainWindow::onImportFinished);
    m_status->relay(m_alerts, &NewsAlerts::message, 10000);
    m_alerts->follow(m_controller, m_fetch, this);
}

void MainWindow::reloadSources()
{
    const SourceList sources(*m_library);
    m_sidebar->setSources(sources.items());
    if (m_controller->view().kind == SidebarEntry::Kind::Ticker)
        tickerHeader()->setSubscribed(sources.isTickerSubscribed(m_controller->view().value));
}

void MainWindow::onImportFinished(const ImportSummary &summary, bool showFirst)
{
    refreshList();
    m_alerts->onRuleAlerts(summary.ruleAlerts);
    if (showFirst && !summary.documents.isEmpty()) {
        const Storage::DocId doc = summary.documents.first();
        m_controller->revealInView(doc);
        openArticle(doc);
    }
    if (!m_controller->currentDocument() && listModel()->rowCount() > 0)
        m_list->setCurrentIndex(listModel()->index(0));
    Q_EMIT importFinished(summary);
}

} // namespace Newsdesk::Ui
