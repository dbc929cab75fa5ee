// What the window's actions do (ReaderActions holds them, their menus and the toolbar).
#include "mainwindow.h"

#include "readeractions.h"
#include "readerpane.h"
#include "settings.h"
#include "settingsdialog.h"
#include "sidebar.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QToolBar>

namespace Newsdesk::Ui {

QAction *MainWindow::action(const QString &name) const
{
    return m_actions->action(name);
}

void MainWindow::connectActions()
{
    const auto on = [this](const char *name, auto &&slot) {
        connect(action(QLatin1StringView(name)), &QAction::triggered, this, std::forward<decltype(slot)>(slot));
    };
    on("importFiles", &MainWindow::chooseImportFiles);
    on("importFolder", &MainWindow::chooseImportFolder);
    on("openUrl", &MainWindow::openUrl);
    on("importOpml", &MainWindow::importSubscriptions);
    on("exportOpml", &MainWindow::exportSubscriptions);
    on("loadSample", &MainWindow::loadSampleLibrary);
    on("refresh", [this] {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Refreshing…"));
        m_progress->setVisible(m_fetch != nullptr);
        m_tracker->refresh();
    });
    on("subscribe", &MainWindow::subscribe);
    connect(action(QStringLiteral("offline")), &QAction::toggled, this, [this](bool offline) { m_settings->setOffline(offline); });
    on("quit", &QWidget::close);
    on("find", [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    on("saveSearch", [this] {
        const QString query = m_controller->currentQuery();
        if (query.isEmpty())
            showStatus(tr("Type a search or pick a view to save first."), 6000);
        else
            m_sidebar->saveSearch(query);
    });
    on("nextMatch", [this] { m_reader->stepMatch(1); });
    on("previousMatch", [this] { m_reader->stepMatch(-1); });
    on("settings", [this] {
        auto *dialog = new SettingsDialog(m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    on("zoomIn", [this] { m_settings->setZoom(m_settings->zoom() + 0.1); });
    on("zoomOut", [this] { m_settings->setZoom(m_settings->zoom() - 0.1); });
    on("zoomReset", [this] { m_settings->setZoom(1.0); });
    connect(action(QStringLiteral("viewSource")), &QAction::toggled, m_reader, &ReaderPane::setViewSource);
    on("nextArticle", &MainWindow::nextArticle);
    on("previousArticle", &MainWindow::previousArticle);
    on("nextUnread", [this] { nextUnread(); });
    on("back", [this] { m_controller->goBack(); });
    on("forward", [this] { m_controller->goForward(); });
    on("bookmark", [this] {
        m_controller->toggleBookmark();
        updateActions(); // the check follows the article, not the click
    });
    on("scrollOrNext", &MainWindow::scrollOrNextUnread);
    on("markUnread", &MainWindow::markUnread);
    on("openOriginal", &MainWindow::openOriginal);
    on("fetchFullArticle", [this] { m_controller->fetchFullArticle(); });
    for (QAction *language : m_actions->languageActions()) {
        connect(language, &QAction::triggered, this, [this, language] {
            m_controller->switchVariant(language->data().toString());
            updateActions();
        });
    }
    on("about", [this] {
        QMessageBox::about(this, tr("About Newsdesk"),
                           tr("<h3>Newsdesk %1</h3><p>A desktop reader for market news.</p>"
                              "<p>Articles are stored on this computer; nothing in an article runs as a "
                              "program, and nothing is loaded from the network unless you allow it.</p>")
                               .arg(QStringLiteral(NEWSDESK_VERSION)));
    });
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
    m_search->setPlaceholderText(tr("Search: words \"phrase\" -word ticker:NVDA.US lang:zh-CN is:unread"));
    m_search->setToolTip(tr("Words and \"phrases\" all match; -word leaves out; a ticker or company name finds its "
                            "articles; ticker:NVDA.US, lang:zh-CN, after:2026-04-01, before:2026-05-01, is:unread, "
                            "is:bookmarked narrow the list. Esc clears. (Ctrl+F or /)"));
    updatePlaceholder();
    m_actions->fillMenuBar(menuBar());
    if (QToolBar *bar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        bar->setWindowTitle(tr("Main Toolbar"));
    updateWindowTitle();
    updateActions();
}

void MainWindow::updateActions()
{
    m_actions->update(*m_controller, m_fetch != nullptr);
}

} // namespace Newsdesk::Ui
