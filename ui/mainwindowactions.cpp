// What the window's actions do (ReaderActions holds them, their menus and the toolbar).
#include "ui/articlelistintents.h"
#include "ui/articlelistview.h"
#include "ui/externallinks.h"
#include "ui/listcolumn.h"
#include "ui/mainwindow.h"
#include "ui/readeractions.h"
#include "ui/readerdialogs.h"
#include "ui/readerpane.h"
#include "ui/settings.h"
#include "ui/sidebar.h"
#include "ui/statusarea.h"
#include "ui/subscriptionactions.h"

#include <QAction>
#include <QMenuBar>
#include <QToolBar>

namespace Newsdesk::Ui {

QAction *MainWindow::action(const QString &name) const
{
    return m_actions->action(name);
}

void MainWindow::connectActions()
{
    m_actions->bind(m_controller, m_settings, m_fetch != nullptr);
    const auto on = [this](const char *name, auto &&slot) {
        connect(action(QLatin1StringView(name)), &QAction::triggered, this, std::forward<decltype(slot)>(slot));
    };
    on("importFiles", [this] { m_imports->chooseFiles(); });
    on("importFolder", [this] { m_imports->chooseFolder(); });
    on("openUrl", [this] { ReaderDialogs::askArticleUrl(this, [this](const QString &url) { openFiles({url}); }); });
    on("importOpml", [this] { m_subscriptions->importOpml(); });
    on("exportOpml", [this] { m_subscriptions->exportOpml(); });
    on("loadSample", [this] { m_imports->loadSampleLibrary(); });
    on("refresh", [this] {
        if (m_fetch)
            m_status->showBusy(tr("Refreshing…"));
        m_tracker->refresh();
    });
    on("subscribe", [this] { m_subscriptions->subscribe(); });
    on("quit", &QWidget::close);
    on("find", [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    on("saveSearch", [this] {
        const QString query = m_controller->currentQuery();
        if (query.isEmpty())
            m_status->showMessage(tr("Type a search or pick a view to save first."));
        else
            m_sidebar->saveSearch(query);
    });
    on("nextMatch", [this] { m_reader->stepMatch(1); });
    on("previousMatch", [this] { m_reader->stepMatch(-1); });
    on("settings", [this] { ReaderDialogs::openSettings(this, m_settings); });
    on("rules", [this] {
        ReaderDialogs::openRules(this, *m_library, [this] {
            m_sidebar->reload();
            m_column->applyFilter();
        });
    });
    connect(action(QStringLiteral("viewSource")), &QAction::toggled, m_reader, &ReaderPane::setViewSource);
    on("nextArticle", [this] { m_list->moveCurrent(1); });
    on("previousArticle", [this] { m_list->moveCurrent(-1); });
    on("nextUnread", [this] { m_listIntents->nextUnread(); });
    on("scrollOrNext", [this] { m_listIntents->scrollOrNextUnread(m_reader); });
    on("markUnread", [this] {
        if (const auto doc = m_controller->currentDocument(); doc && m_controller->setRead(*doc, false))
            m_sidebar->reload(); // at once, not once reading settles
    });
    on("openOriginal", [this] { m_externalLinks->openOriginal(); });
    on("about", [this] { ReaderDialogs::showAbout(this); });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->setIconSize(QSize(20, 20));
    m_actions->fillToolBar(bar, m_search);
}

void MainWindow::retranslate()
{
    m_actions->retranslate();
    m_column->updatePlaceholder();
    m_actions->fillMenuBar(menuBar());
    if (QToolBar *bar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        bar->setWindowTitle(tr("Main Toolbar"));
    updateWindowTitle();
    updateActions();
}

void MainWindow::updateActions()
{
    m_actions->update();
}

} // namespace Newsdesk::Ui
