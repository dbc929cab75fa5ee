// What comes from outside: the fetch service's news, subscriptions, URLs and imports.
#include "mainwindow.h"

#include "articlelistmodel.h"
#include "articlelistview.h"
#include "desktopnotifier.h"
#include "fetchservice.h"
#include "readerpane.h"
#include "readerprofile.h"
#include "sidebar.h"
#include "subscriptionstore.h"
#include "tickerheader.h"

#include <QDBusConnection>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QSet>
#include <QStandardPaths>

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
    // The open page shows the images a bookmark just stored.
    connect(m_tracker, &FetchTracker::offlineCopyStored, this, [this](Storage::DocId doc) {
        if (m_controller->currentDocument() == doc)
            m_reader->reload();
    });
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
    QList<Net::NewArticle> watched;
    for (const Net::NewArticle &a : articles) {
        if (a.watchlisted && !a.updated)
            watched.append(a);
    }
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
    const Net::NewArticle &first = watched.constFirst();
    showStatus(tr("%n new article(s) on your watchlist", nullptr, int(watched.size())) + u": "
                   + (first.tickers.isEmpty() ? first.title : first.tickers.first() + u": " + first.title),
               10000);
}

// A ticker's news page on the site its stored articles came from (else the configured news site).
QUrl MainWindow::tickerNewsPage(const QString &ticker) const
{
    Storage::ListFilter filter;
    filter.tickers = QStringList{ticker};
    const QList<Storage::ListRow> newest = m_library->rows(filter, 1);
    QUrl url = m_fetch ? m_fetch->settings().newsSite : QUrl();
    if (!newest.isEmpty() && newest.first().url.isValid() && !newest.first().url.host().isEmpty()) {
        url = QUrl();
        url.setScheme(newest.first().url.scheme());
        url.setHost(newest.first().url.host());
        url.setPort(newest.first().url.port());
    }
    url.setPath(u'/' + m_settings->preferredLocale() + u"/quote/" + ticker + u"/news.md");
    return url;
}

void MainWindow::fetchLatestForTicker(const QString &ticker)
{
    const QUrl page = tickerNewsPage(ticker);
    m_tracker->fetchTickerNewsOnce(page, ticker, Storage::SubscriptionStore(*m_library).find(page).has_value());
}

void MainWindow::subscribeToTicker(const QString &ticker)
{
    m_tracker->subscribe(tickerNewsPage(ticker), ticker);
    m_tickerHeader->setSubscribed(true);
    showStatus(tr("Subscribed to the news on %1").arg(ticker));
}

void MainWindow::subscribe()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("subscribeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Subscribe"));
    dialog->setLabelText(tr("Address of a news page, a ticker's news page or a feed:\n"
                            "for example https://longbridge.com/en/news.md or …/quote/AAPL.US/news.md"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QUrl url = QUrl::fromUserInput(text.trimmed());
        if (text.trimmed().isEmpty())
            return;
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")) {
            showStatus(tr("Not a web address: %1").arg(text.trimmed()));
            return;
        }
        m_tracker->subscribe(url, url.toDisplayString());
        showStatus(tr("Subscribed to %1").arg(url.toDisplayString()));
    });
    dialog->open();
}

void MainWindow::openUrl()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("openUrlDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open URL"));
    dialog->setLabelText(tr("Address of an article (it is fetched, stored and shown):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            openFiles({text.trimmed()});
    });
    dialog->open();
}

void MainWindow::reloadSources()
{
    if (!m_library->isOpen())
        return;
    QList<Sidebar::Source> sources;
    bool tickerSubscribed = false;
    const SidebarEntry view = m_controller->view();
    const QList<Storage::Subscription> all = Storage::SubscriptionStore(*m_library).all();
    for (const Storage::Subscription &s : all) {
        Sidebar::Source source;
        source.title = !s.title.isEmpty() ? s.title : s.ticker.isEmpty() ? s.url.host() + s.url.path() : s.ticker;
        source.url = s.url.toString();
        QStringList tip{s.lastSuccess.isValid()
                            ? tr("Last updated: %1").arg(QLocale().toString(s.lastSuccess.toLocalTime(), QLocale::ShortFormat))
                            : tr("Not updated yet")};
        if (!s.lastError.isEmpty()) {
            tip.append(tr("Last error: %1").arg(s.lastError));
            source.failing = true;
        }
        if (s.consecutiveFailures > 0) {
            tip.append(tr("Failed %n time(s) in a row", nullptr, s.consecutiveFailures));
            if (s.nextAttempt.isValid())
                tip.append(tr("Next attempt: %1").arg(QLocale().toString(s.nextAttempt.toLocalTime(), QLocale::ShortFormat)));
        }
        source.consecutiveFailures = s.consecutiveFailures;
        source.toolTip = tip.join(u'\n');
        sources.append(source);
        tickerSubscribed = tickerSubscribed
            || (view.kind == SidebarEntry::Kind::Ticker && s.kind == Storage::Subscription::Kind::TickerNews
                && s.ticker == view.value);
    }
    m_sidebar->setSources(sources);
    if (view.kind == SidebarEntry::Kind::Ticker)
        m_tickerHeader->setSubscribed(tickerSubscribed);
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
    // Counted as the list shows them: documents, not their language versions.
    const int stored = int(QSet<qint64>(summary.documents.cbegin(), summary.documents.cend()).size());
    QString text = tr("Imported %n article(s)", nullptr, stored);
    if (summary.unchanged > 0)
        text += u"; " + tr("%n file(s) unchanged", nullptr, summary.unchanged);
    showStatus(text);
    if (!summary.failures.isEmpty()) {
        QStringList lines;
        for (const ImportFailure &f : summary.failures)
            lines.append(f.file + u": " + f.reason);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"),
                                    text + u"\n" + tr("%n file(s) could not be imported.", nullptr, int(summary.failures.size())),
                                    QMessageBox::Ok, this);
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
    auto *dialog = new QFileDialog(this, tr("Import Articles"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("Markdown articles (*.md *.markdown);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, &MainWindow::importPaths);
    dialog->open();
}

void MainWindow::chooseImportFolder()
{
    auto *dialog = new QFileDialog(this, tr("Import a Folder of Articles"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) { importPaths({folder}); });
    dialog->open();
}

} // namespace Newsdesk::Ui
