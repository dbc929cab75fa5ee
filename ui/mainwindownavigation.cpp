// Opening articles: the list's selection, the history, variants, links and the reading keys.
#include "mainwindow.h"

#include "articlelistmodel.h"
#include "externallinks.h"
#include "fetchservice.h"
#include "links.h"
#include "readerpane.h"
#include "settings.h"
#include "sidebar.h"

#include <QAction>
#include <QDesktopServices>
#include <QListView>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcNavigation, "newsdesk.ui.navigation")

namespace Newsdesk::Ui {

bool MainWindow::openArticle(Storage::DocId doc, const QString &locale)
{
    return showDocument(doc, locale, true, true);
}

bool MainWindow::openArticleByKey(const QString &key, const QString &locale)
{
    const auto doc = m_library->findDocument(key);
    return doc && openArticle(*doc, locale);
}

// Shows a stored document in `locale` (empty: the preferred reading language if stored).
bool MainWindow::showDocument(Storage::DocId doc, const QString &locale, bool recordHistory, bool markRead)
{
    Result<Core::Article> article = m_library->article(doc, locale, m_settings->preferredLocale());
    if (!article && !locale.isEmpty())
        article = m_library->article(doc, {}, m_settings->preferredLocale());
    if (!article) {
        qCWarning(lcNavigation) << "cannot open document" << doc << article.error().message;
        showStatus(tr("Could not open the article: %1").arg(article.error().message));
        return false;
    }
    m_currentDoc = doc;
    m_article = std::move(article).value();
    m_currentLocale = m_article.locale;

    QStringList available;
    for (const Core::LocaleVariant &v : m_article.variants)
        available.append(Core::normalizeLocale(v.locale));
    const QStringList stored = m_library->storedLocales(doc);
    for (const QString &l : stored) {
        if (!available.contains(l))
            available.append(l);
    }
    m_reader->showArticle(m_article.key, m_currentLocale, available, stored);

    if (recordHistory)
        m_history.visit({m_article.key, m_currentLocale});
    if (markRead) {
        const auto row = m_library->row(doc);
        if (row && !row->read) {
            if (const Result<void> r = m_library->setRead(doc, true); !r)
                showStatus(tr("Could not mark the article read: %1").arg(r.error().message));
            m_model->refreshRow(doc);
            // Counting unread articles takes a few ms on a big library: once reading settles.
            m_countsTimer->start();
        }
    }
    m_settings->setLastArticle(m_article.key, m_currentLocale);
    selectInList(doc);
    if (m_view.kind == SidebarEntry::Kind::Ticker)
        updateTickerHeader(); // the ticker's name in the language now read
    updateActions();
    updateWindowTitle();
    Q_EMIT articleOpened(doc, m_currentLocale);
    return true;
}

void MainWindow::selectInList(Storage::DocId doc)
{
    const int row = m_model->rowOf(doc);
    m_syncingSelection = true;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(index, QAbstractItemView::EnsureVisible);
    } else {
        m_list->selectionModel()->clear();
    }
    m_syncingSelection = false;
}

void MainWindow::onListCurrentChanged(const QModelIndex &current)
{
    if (m_syncingSelection || !current.isValid())
        return;
    const auto doc = current.data(ArticleListModel::DocIdRole).value<Storage::DocId>();
    if (m_currentDoc == doc)
        return;
    showDocument(doc, {}, true, true);
}

void MainWindow::switchVariant(const QString &requested)
{
    if (!m_currentDoc)
        return;
    const QString locale = Core::normalizeLocale(requested);
    if (locale == m_currentLocale && !m_reader->isLoading()) {
        updateActions();
        return;
    }
    const QString name = Core::localeNativeName(locale);
    if (m_library->storedLocales(*m_currentDoc).contains(locale)) {
        showDocument(*m_currentDoc, locale, true, false);
        return;
    }
    if (!m_fetch) {
        m_reader->showError(tr("%1 is not stored, and fetching is not available.").arg(name));
        updateActions();
        return;
    }
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->kind == PendingFetch::Kind::Variant && it->doc == *m_currentDoc && it->locale == locale)
            return; // already on its way
    }
    const Net::RequestId id = m_fetch->fetchVariant(*m_currentDoc, locale);
    m_pending.insert(id, {PendingFetch::Kind::Variant, *m_currentDoc, locale, name});
    m_reader->showLoading(tr("Loading %1…").arg(name));
    updateActions();
}

void MainWindow::handleLink(const QUrl &url)
{
    if (Core::AppUrl::isAppUrl(url)) {
        const Core::AppUrl::Parsed parsed = Core::AppUrl::parse(url);
        switch (parsed.kind) {
        case Core::AppUrl::Parsed::Kind::News:
            openNewsLink(parsed.value);
            return;
        case Core::AppUrl::Parsed::Kind::Ticker:
            showTicker(parsed.value);
            return;
        case Core::AppUrl::Parsed::Kind::ArticlePage:
            if (m_currentDoc && parsed.value == m_article.key)
                switchVariant(parsed.locale);
            else
                openArticleByKey(parsed.value, parsed.locale);
            return;
        case Core::AppUrl::Parsed::Kind::SourcePage:
        case Core::AppUrl::Parsed::Kind::Image:
        case Core::AppUrl::Parsed::Kind::Resource:
        case Core::AppUrl::Parsed::Kind::Invalid:
            qCInfo(lcNavigation) << "ignored app link" << url;
            return;
        }
    }
    // A link written as an article or quote URL of any host still opens in the app.
    const Core::LinkTarget target = Core::classifyLink(url);
    switch (target.kind) {
    case Core::LinkTarget::Kind::News:
        openNewsLink(target.newsId);
        return;
    case Core::LinkTarget::Kind::Ticker:
        showTicker(target.ticker);
        return;
    case Core::LinkTarget::Kind::External:
    case Core::LinkTarget::Kind::Invalid:
        break;
    }
    m_externalLinks->handle(url);
}

void MainWindow::openNewsLink(const QString &newsId)
{
    if (const auto doc = m_library->findDocument(newsId)) {
        showDocument(*doc, {}, true, true);
        return;
    }
    QString title;
    QUrl source;
    for (const Core::RelatedNews &related : m_article.relatedNews) {
        if (related.id == newsId) {
            title = related.title;
            source = related.url;
            break;
        }
    }
    const QString label = title.isEmpty() ? tr("article %1").arg(newsId) : title;
    if (!m_fetch) {
        m_reader->showError(tr("“%1” is not stored, and fetching is not available.").arg(label));
        return;
    }
    const Net::RequestId id = source.isValid() ? m_fetch->fetchArticle(source)
                                               : m_fetch->fetchNews(newsId, m_settings->preferredLocale());
    m_pending.insert(id, {PendingFetch::Kind::Related, 0, newsId, label});
    m_reader->showLoading(tr("Fetching “%1”…").arg(label));
}

void MainWindow::goBack()
{
    if (const auto entry = m_history.back()) {
        if (const auto doc = m_library->findDocument(entry->key))
            showDocument(*doc, entry->locale, false, false);
    }
    updateActions();
}

void MainWindow::goForward()
{
    if (const auto entry = m_history.forward()) {
        if (const auto doc = m_library->findDocument(entry->key))
            showDocument(*doc, entry->locale, false, false);
    }
    updateActions();
}

void MainWindow::moveInList(int delta)
{
    const QModelIndex current = m_list->currentIndex();
    int row = current.isValid() ? current.row() + delta : 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_list->setCurrentIndex(m_model->index(row));
}

void MainWindow::nextArticle()
{
    moveInList(1);
}

void MainWindow::previousArticle()
{
    moveInList(-1);
}

bool MainWindow::nextUnread()
{
    const QModelIndex current = m_list->currentIndex();
    int row = current.isValid() ? current.row() + 1 : 0;
    // Look through what is loaded, then page on (bounded, so a read library does not load it all).
    for (int pages = 0; pages < 50; ++pages) {
        for (; row < m_model->rowCount(); ++row) {
            if (!m_model->index(row).data(ArticleListModel::ReadRole).toBool()) {
                m_list->setCurrentIndex(m_model->index(row));
                return true;
            }
        }
        if (!m_model->canFetchMore({}))
            break;
        m_model->fetchMore({});
    }
    showStatus(tr("No more unread articles in this list"));
    return false;
}

void MainWindow::scrollOrNextUnread()
{
    if (!m_currentDoc || !m_reader->hasView()) {
        nextUnread();
        return;
    }
    // With Space held down, answers about a page already left must not skip further articles.
    const Storage::DocId doc = *m_currentDoc;
    m_reader->scrollPageDown([this, doc](bool atEnd) {
        if (atEnd && m_currentDoc == doc)
            nextUnread();
    });
}

void MainWindow::toggleBookmark()
{
    if (!m_currentDoc)
        return;
    const auto row = m_library->row(*m_currentDoc);
    const bool bookmark = !(row && row->bookmarked);
    if (const Result<void> r = m_library->setBookmarked(*m_currentDoc, bookmark); !r) {
        showStatus(tr("Could not change the bookmark: %1").arg(r.error().message));
        updateActions();
        return;
    }
    if (bookmark && m_fetch) {
        const Net::RequestId id = m_fetch->makeOfflineCopy(*m_currentDoc);
        m_pending.insert(id, {PendingFetch::Kind::OfflineCopy, *m_currentDoc, {}, m_article.title});
    }
    showStatus(bookmark ? tr("Bookmarked: %1").arg(m_article.title) : tr("Bookmark removed: %1").arg(m_article.title));
    m_model->refreshRow(*m_currentDoc);
    m_sidebar->reload();
    updateActions();
}

void MainWindow::markUnread()
{
    if (!m_currentDoc)
        return;
    if (const Result<void> r = m_library->setRead(*m_currentDoc, false); !r) {
        showStatus(tr("Could not mark the article unread: %1").arg(r.error().message));
        return;
    }
    m_model->refreshRow(*m_currentDoc);
    m_sidebar->reload();
    updateActions();
}

void MainWindow::openOriginal()
{
    if (!m_currentDoc || !m_article.url.isValid())
        return;
    QUrl url = m_article.url;
    // The canonical URL of a markdown twin ends in .md; people want the page.
    QString path = url.path();
    if (path.endsWith(u".md")) {
        path.chop(3);
        url.setPath(path);
    }
    if (!ExternalLinks::isAllowedScheme(url) || !QDesktopServices::openUrl(url))
        showStatus(tr("Could not open %1 in a web browser").arg(url.toDisplayString()));
}

} // namespace Newsdesk::Ui
