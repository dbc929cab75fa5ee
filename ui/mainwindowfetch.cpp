// What comes from outside: the fetch service's results, subscriptions, and imports.
#include "mainwindow.h"

#include "articlelistmodel.h"
#include "desktopnotifier.h"
#include "fetchservice.h"
#include "readerpane.h"
#include "readerprofile.h"
#include "settings.h"
#include "sidebar.h"
#include "subscriptionstore.h"
#include "tickerheader.h"

#include <QAction>
#include <QDBusConnection>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProgressBar>
#include <QStandardPaths>

#include <utility>

Q_LOGGING_CATEGORY(lcMainFetch, "newsdesk.ui.fetch")

namespace Newsdesk::Ui {

void MainWindow::connectFetchService()
{
    if (!m_fetch)
        return;
    connect(m_fetch, &Net::FetchService::articleStored, this, &MainWindow::onArticleStored);
    connect(m_fetch, &Net::FetchService::requestFailed, this, &MainWindow::onRequestFailed);
    connect(m_fetch, &Net::FetchService::newArticles, this, &MainWindow::onNewArticles);
    connect(m_fetch, &Net::FetchService::refreshProgress, this, [this](Net::RequestId, int done, int total) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(tr("Refreshing %v of %m"));
        m_progress->setVisible(done < total);
    });
    connect(m_fetch, &Net::FetchService::requestFinished, this,
            [this](Net::RequestId id, const Net::RequestOutcome &outcome) {
                const auto it = m_pending.constFind(id);
                if (it == m_pending.cend())
                    return;
                const PendingFetch pending = *it;
                m_pending.erase(it);
                switch (pending.kind) {
                case PendingFetch::Kind::Refresh:
                    m_progress->setVisible(false);
                    if (outcome.ok)
                        showStatus(tr("Refreshed: %n new article(s)", nullptr, int(outcome.newArticles.size())));
                    reloadSources();
                    break;
                case PendingFetch::Kind::TickerNews:
                case PendingFetch::Kind::Subscribe:
                    if (outcome.ok)
                        showStatus(tr("%1: %n new article(s)", nullptr, int(outcome.newArticles.size())).arg(pending.label));
                    reloadSources();
                    updateTickerHeader();
                    break;
                case PendingFetch::Kind::OfflineCopy:
                    if (outcome.ok)
                        showStatus(tr("Stored for offline reading: %1").arg(pending.label));
                    break;
                case PendingFetch::Kind::Variant:
                case PendingFetch::Kind::Related:
                    // Stored variants were shown as they arrived; a request that stored nothing
                    // useful and did not fail still needs its loading state cleared.
                    if (m_reader->isLoading() && outcome.ok)
                        m_reader->showError(tr("%1 could not be found.").arg(pending.label));
                    break;
                }
                scheduleListRefresh();
            });
    connect(m_fetch, &Net::FetchService::subscriptionChanged, this, [this] { reloadSources(); });
    connect(m_fetch, &Net::FetchService::offlineChanged, this, [this](bool offline) {
        m_offlineLabel->setVisible(offline);
        showStatus(offline ? tr("Offline: nothing is fetched until the network is back")
                           : tr("Online again"));
    });
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

QString MainWindow::describeFetchError(const Error &error, const QString &what) const
{
    switch (error.kind) {
    case Error::Kind::Offline:
        return tr("%1 is not stored, and Newsdesk is offline.").arg(what);
    case Error::Kind::Timeout:
        return tr("%1 could not be fetched: the server did not answer in time.").arg(what);
    case Error::Kind::HttpStatus:
        return tr("%1 could not be fetched: the server answered with an error (%2).").arg(what, error.message);
    case Error::Kind::Network:
        return tr("%1 could not be fetched: %2").arg(what, error.message);
    case Error::Kind::NotMarkdown:
        return tr("%1 could not be fetched: the server did not send an article.").arg(what);
    case Error::Kind::Cancelled:
        return tr("Fetching %1 was cancelled.").arg(what);
    default:
        return tr("%1 could not be fetched: %2").arg(what, error.message);
    }
}

void MainWindow::onArticleStored(Net::RequestId id, Storage::DocId doc, const QString &locale)
{
    scheduleListRefresh();
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return;
    const PendingFetch pending = *it;
    if (pending.kind == PendingFetch::Kind::Variant && pending.doc == doc
        && Core::normalizeLocale(locale) == pending.locale) {
        m_pending.remove(id);
        // Show it only if the user is still on that article.
        if (m_currentDoc == doc)
            showDocument(doc, pending.locale, true, false);
    } else if (pending.kind == PendingFetch::Kind::Related) {
        const auto wanted = m_library->findDocument(pending.locale);
        if (wanted == doc) {
            m_pending.remove(id);
            const QString preferred = m_settings->preferredLocale();
            // The preferred variant may arrive next; show what is here now.
            showDocument(doc, m_library->storedLocales(doc).contains(preferred) ? preferred : locale, true, true);
        }
    }
}

void MainWindow::onRequestFailed(Net::RequestId id, const Error &error)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return;
    const PendingFetch pending = *it;
    qCInfo(lcMainFetch) << "request failed:" << pending.label << error.message;
    switch (pending.kind) {
    case PendingFetch::Kind::Variant:
        if (m_currentDoc == pending.doc) {
            const QString text = describeFetchError(error, pending.label);
            m_reader->showError(text);
            Q_EMIT fetchFailed(text);
        }
        break;
    case PendingFetch::Kind::Related: {
        const QString text = describeFetchError(error, u"“" + pending.label + u"”");
        m_reader->showError(text);
        Q_EMIT fetchFailed(text);
        break;
    }
    case PendingFetch::Kind::Refresh:
    case PendingFetch::Kind::TickerNews:
    case PendingFetch::Kind::Subscribe:
    case PendingFetch::Kind::OfflineCopy:
        showStatus(describeFetchError(error, pending.label), 10000);
        break;
    }
}

void MainWindow::onNewArticles(const QList<Net::NewArticle> &articles)
{
    scheduleListRefresh();
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
        connect(m_notifier, &DesktopNotifier::activated, this, &MainWindow::showNotifiedArticle);
    }
    m_notifier->notify(watched);
    const Net::NewArticle &first = watched.constFirst();
    showStatus(tr("%n new article(s) on your watchlist", nullptr, int(watched.size())) + u": "
                   + (first.tickers.isEmpty() ? first.title : first.tickers.first() + u": " + first.title),
               10000);
}

void MainWindow::showNotifiedArticle(Storage::DocId doc)
{
    // The user clicked the desktop notification: bring the window up on that article. (Closing
    // the window quits, so it is on screen, if perhaps minimised.)
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    raise();
    activateWindow();
    openArticle(doc);
}

void MainWindow::fetchLatestForTicker(const QString &ticker)
{
    if (!m_fetch)
        return;
    // One ticker's news page (FORMAT.md §4.2), refreshed once as a subscription would be.
    const QString locale = m_settings->preferredLocale();
    QUrl url = m_fetch->settings().newsSite;
    url.setPath(u'/' + locale + u"/quote/" + ticker + u"/news.md");
    const bool subscribed = m_library->subscriptions().find(url).has_value();
    const Net::RequestId id = subscribed ? m_fetch->refresh({url}) : m_fetch->subscribe(url);
    m_pending.insert(id, {PendingFetch::Kind::TickerNews, 0, {}, ticker});
    showStatus(tr("Fetching the latest news on %1…").arg(ticker));
}

void MainWindow::subscribeToTicker(const QString &ticker)
{
    if (!m_fetch)
        return;
    QUrl url = m_fetch->settings().newsSite;
    url.setPath(u'/' + m_settings->preferredLocale() + u"/quote/" + ticker + u"/news.md");
    m_pending.insert(m_fetch->subscribe(url), {PendingFetch::Kind::Subscribe, 0, {}, ticker});
    m_tickerHeader->setSubscribed(true);
    showStatus(tr("Subscribed to the news on %1").arg(ticker));
}

void MainWindow::subscribe()
{
    if (!m_fetch)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Subscribe"),
        tr("Address of a news page, a ticker's news page or a feed:\n"
           "for example https://longbridge.com/en/news.md or …/quote/AAPL.US/news.md"),
        QLineEdit::Normal, {}, &ok);
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!ok || text.trimmed().isEmpty())
        return;
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")) {
        showStatus(tr("Not a web address: %1").arg(text.trimmed()));
        return;
    }
    m_pending.insert(m_fetch->subscribe(url), {PendingFetch::Kind::Subscribe, 0, {}, url.toDisplayString()});
    showStatus(tr("Subscribed to %1").arg(url.toDisplayString()));
}

void MainWindow::unsubscribe(const QString &url)
{
    if (!m_fetch)
        return;
    m_pending.insert(m_fetch->unsubscribe(QUrl(url)), {PendingFetch::Kind::Subscribe, 0, {}, url});
}

void MainWindow::refreshSource(const QString &url)
{
    if (!m_fetch)
        return;
    m_pending.insert(m_fetch->refresh({QUrl(url)}), {PendingFetch::Kind::Refresh, 0, {}, url});
}

void MainWindow::refreshSubscriptions()
{
    if (!m_fetch)
        return;
    m_pending.insert(m_fetch->refresh(), {PendingFetch::Kind::Refresh, 0, {}, tr("Refresh")});
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Refreshing…"));
    m_progress->setVisible(true);
}

void MainWindow::reloadSources()
{
    if (!m_library->isOpen())
        return;
    QList<Sidebar::Source> sources;
    const QList<Storage::Subscription> all = m_library->subscriptions().all();
    for (const Storage::Subscription &s : all) {
        Sidebar::Source source;
        source.title = s.title;
        if (source.title.isEmpty())
            source.title = s.ticker.isEmpty() ? s.url.host() + s.url.path() : s.ticker;
        source.url = s.url.toString();
        QStringList tip;
        tip.append(s.lastSuccess.isValid() ? tr("Last updated: %1").arg(QLocale().toString(s.lastSuccess.toLocalTime(), QLocale::ShortFormat))
                                           : tr("Not updated yet"));
        if (!s.lastError.isEmpty()) {
            tip.append(tr("Last error: %1").arg(s.lastError));
            source.failing = true;
        }
        source.toolTip = tip.join(u'\n');
        sources.append(source);
    }
    m_sidebar->setSources(sources);
    if (m_view.kind == SidebarEntry::Kind::Ticker) {
        QUrl url = m_fetch ? m_fetch->settings().newsSite : QUrl();
        bool subscribed = false;
        for (const Storage::Subscription &s : all)
            subscribed = subscribed || (s.kind == Storage::Subscription::Kind::TickerNews && s.ticker == m_view.value);
        m_tickerHeader->setSubscribed(subscribed);
    }
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
    m_openAfterImport = true;
    importPaths(paths);
}

void MainWindow::onImportFinished(const ImportSummary &summary)
{
    m_progress->setVisible(false);
    const int stored = summary.inserted + summary.updated;
    refreshList();
    if (std::exchange(m_openAfterImport, false) && !summary.documents.isEmpty())
        openArticle(summary.documents.first());
    if (!m_currentDoc && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    QString text = tr("Imported %n article(s)", nullptr, stored);
    if (summary.unchanged > 0)
        text += u"; " + tr("%n already stored", nullptr, summary.unchanged);
    if (summary.failures.isEmpty()) {
        showStatus(text);
    } else {
        QStringList lines;
        for (const ImportFailure &f : summary.failures)
            lines.append(f.file + u": " + f.reason);
        QMessageBox box(QMessageBox::Warning, tr("Import"),
                        text + u"\n" + tr("%n file(s) could not be imported.", nullptr, int(summary.failures.size())),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("importSummary"));
        box.setDetailedText(lines.join(u'\n'));
        box.setInformativeText(lines.mid(0, 5).join(u'\n'));
        if (QApplication::platformName() != u"offscreen")
            box.exec();
        showStatus(text);
    }
    Q_EMIT importFinished(summary);
}

void MainWindow::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Markdown articles (*.md *.markdown);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::chooseImportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import a Folder of Articles"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        importPaths({folder});
}

} // namespace Newsdesk::Ui
