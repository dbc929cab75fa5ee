// What comes from outside: the fetch service's news, subscriptions, URLs and imports.
#include "mainwindow.h"

#include "articlelistmodel.h"
#include "articlelistview.h"
#include "desktopnotifier.h"
#include "importreport.h"
#include "opmltransfer.h"
#include "fetchservice.h"
#include "readerdialogs.h"
#include "readerpane.h"
#include "readerprofile.h"
#include "sidebar.h"
#include "sourcelist.h"
#include "watchlistalerts.h"
#include "tickerheader.h"

#include <QDBusConnection>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>

#include <utility>

namespace Newsdesk::Ui {

void MainWindow::connectFetchService()
{
    connect(m_tracker, &FetchTracker::status, this, [this](const QString &text) { showStatus(text, 10000); });
    connect(m_tracker, &FetchTracker::libraryChanged, this, &MainWindow::scheduleListRefresh);
    connect(m_tracker, &FetchTracker::sourcesChanged, this, &MainWindow::reloadSources);
    connect(m_tracker, &FetchTracker::refreshProgress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(tr("Refreshing %v of %m"));
        m_progress->setVisible(done < total);
    });
    connect(m_tracker, &FetchTracker::refreshFinished, m_progress, &QWidget::hide);
    // The open page shows the images a bookmark (or "Load image") just stored.
    const auto reloadIfShown = [this](Storage::DocId doc) {
        if (m_controller->currentDocument() == doc)
            m_reader->reload();
    };
    connect(m_tracker, &FetchTracker::offlineCopyStored, this, reloadIfShown);
    connect(m_tracker, &FetchTracker::imageStored, this, reloadIfShown);
    if (!m_fetch)
        return;
    connect(m_fetch, &Net::FetchService::newArticles, this, &MainWindow::onNewArticles);
    connect(m_fetch, &Net::FetchService::offlineChanged, m_offlineLabel, &QWidget::setVisible);
}

void MainWindow::installImageProvider()
{
    if (!m_fetch || !m_reader->profile())
        return;
    // Images come from the library (offline copies, the cache) or, when allowed, the network.
    QPointer<Net::FetchService> fetch = m_fetch;
    m_reader->profile()->setImageProvider([fetch](const ImageRequest &request, ImageCallback done) {
        if (!fetch) {
            done(std::nullopt);
            return;
        }
        fetch->provideImage(request.source, request.remoteAllowed, [done](std::optional<Net::ImageBytes> image) {
            done(image ? std::optional(ImageData{image->data, image->mimeType}) : std::nullopt);
        });
    });
}

void MainWindow::onNewArticles(const QList<Net::NewArticle> &articles)
{
    if (!m_settings->watchlistNotifications())
        return;
    const QList<Net::NewArticle> watched = WatchlistAlerts::select(articles);
    if (watched.isEmpty())
        return;
    if (!m_notifier) {
        m_notifier = new DesktopNotifier(QDBusConnection::sessionBus(), this);
        // The user clicked the notification: bring the window up on that article.
        connect(m_notifier, &DesktopNotifier::activated, this, [this](Storage::DocId doc) {
            if (isMinimized())
                setWindowState(windowState() & ~Qt::WindowMinimized);
            raise();
            activateWindow();
            openArticle(doc);
        });
    }
    m_notifier->notify(watched);
    showStatus(WatchlistAlerts::summary(watched), 10000);
}

QUrl MainWindow::tickerNewsPage(const QString &ticker) const
{
    return SourceList(*m_library).tickerNewsPage(ticker, m_settings->preferredLocale(),
                                                 m_fetch ? m_fetch->settings().newsSite : QUrl());
}

void MainWindow::fetchLatestForTicker(const QString &ticker)
{
    const QUrl page = tickerNewsPage(ticker);
    m_tracker->fetchTickerNewsOnce(page, ticker, SourceList(*m_library).isSubscribed(page));
}

void MainWindow::subscribeToTicker(const QString &ticker)
{
    m_tracker->subscribe(tickerNewsPage(ticker), ticker);
    tickerHeader()->setSubscribed(true);
    showStatus(tr("Subscribed to the news on %1").arg(ticker));
}

void MainWindow::subscribe()
{
    ReaderDialogs::askSubscription(this, [this](const QString &text) {
        const QUrl url = QUrl::fromUserInput(text);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")) {
            showStatus(tr("Not a web address: %1").arg(text));
            return;
        }
        m_tracker->subscribe(url, url.toDisplayString());
        showStatus(tr("Subscribed to %1").arg(url.toDisplayString()));
    });
}

void MainWindow::importSubscriptions()
{
    ReaderDialogs::chooseOpmlToImport(this, [this](const QString &path) {
        const Result<Core::OpmlDocument> opml = Storage::readOpmlFile(path);
        if (!opml) {
            showStatus(tr("Could not import subscriptions: %1").arg(opml.error().message));
            return;
        }
        const Storage::OpmlImportResult result = Storage::importOpml(*m_library, *opml);
        reloadSources();
        QString text = tr("Subscribed to %n new feed(s) of %1", nullptr, result.added).arg(opml->feeds.size());
        if (!result.problems.isEmpty())
            text += u"; " + tr("%n skipped: %1", nullptr, int(result.problems.size())).arg(result.problems.constFirst());
        showStatus(text, 15000);
    });
}

void MainWindow::exportSubscriptions()
{
    ReaderDialogs::chooseOpmlToExport(this, [this](const QString &path) {
        const QList<Core::OpmlOutline> outlines
            = Storage::opmlOutlines(*m_library, m_fetch ? m_fetch->settings().newsSite : Net::FetchSettings().newsSite);
        if (const Result<void> written = Storage::writeOpmlFile(path, outlines); !written) {
            showStatus(tr("Could not export subscriptions: %1").arg(written.error().message));
            return;
        }
        showStatus(tr("Exported %n subscription(s) to %1", nullptr, int(outlines.size())).arg(path), 15000);
    });
}

void MainWindow::openUrl()
{
    ReaderDialogs::askArticleUrl(this, [this](const QString &text) { openFiles({text}); });
}

void MainWindow::reloadSources()
{
    const SourceList sources(*m_library);
    m_sidebar->setSources(sources.items());
    if (m_controller->view().kind == SidebarEntry::Kind::Ticker)
        tickerHeader()->setSubscribed(sources.isTickerSubscribed(m_controller->view().value));
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (m_importer->isRunning()) {
        showStatus(tr("An import is already running"));
        return;
    }
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Importing…"));
    m_progress->setVisible(true);
    m_importer->start(paths);
}

void MainWindow::openFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QUrl url(path);
        if (url.scheme() == u"https" || url.scheme() == u"http")
            m_tracker->fetchUrl(url); // shown when stored
        else
            files.append(path);
    }
    if (files.isEmpty())
        return;
    m_openAfterImport = true;
    importPaths(files);
}

void MainWindow::onImportFinished(const ImportSummary &summary)
{
    m_progress->setVisible(false);
    refreshList();
    if (std::exchange(m_openAfterImport, false) && !summary.documents.isEmpty()) {
        const Storage::DocId doc = summary.documents.first();
        m_controller->revealInView(doc);
        openArticle(doc);
    }
    if (!m_controller->currentDocument() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    const ImportReport report(summary);
    showStatus(report.statusText());
    if (report.hasFailures()) {
        const QStringList lines = report.failureLines();
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"), report.failureText(), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importSummary"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setDetailedText(lines.join(u'\n'));
        box->setInformativeText(lines.mid(0, 5).join(u'\n'));
        box->open();
    }
    Q_EMIT importFinished(summary);
}

void MainWindow::chooseImportFiles()
{
    ReaderDialogs::chooseImportFiles(this, [this](const QStringList &files) { importPaths(files); });
}

void MainWindow::chooseImportFolder()
{
    ReaderDialogs::chooseImportFolder(this, [this](const QString &folder) { importPaths({folder}); });
}

} // namespace Newsdesk::Ui
