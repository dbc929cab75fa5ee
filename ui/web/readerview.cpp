#include "readerview.h"

#include "links.h"
#include "readerpage.h"
#include "readerprofile.h"

#include <QContextMenuEvent>
#include <QLoggingCategory>
#include <QMenu>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineLoadingInfo>

Q_LOGGING_CATEGORY(lcReaderView, "newsdesk.ui.web.view")

namespace Newsdesk::Ui {

ReaderView::ReaderView(ReaderProfile *profile, QWidget *parent)
    : QWebEngineView(parent)
    , m_page(new ReaderPage(profile->profile(), this))
{
    setPage(m_page);
    setAcceptDrops(false);
    connect(m_page, &ReaderPage::linkClicked, this, &ReaderView::sortClick);
    connect(m_page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
        if (!ReaderPage::isReaderPageUrl(info.url()))
            return; // a refused navigation (a click), not a page
        if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus) {
            m_page->setZoomFactor(m_zoom); // Chromium may reset it for a new document
            Q_EMIT pageLoaded(info.url(), true);
        } else if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus) {
            Q_EMIT pageLoaded(info.url(), false);
        }
    });
}

ReaderView::~ReaderView() = default;

void ReaderView::showArticle(const QString &documentKey, const QString &locale)
{
    showPage(Core::AppUrl::articlePage(documentKey, locale));
}

void ReaderView::showSource(const QString &documentKey, const QString &locale)
{
    showPage(Core::AppUrl::sourcePage(documentKey, locale));
}

void ReaderView::showPage(const QUrl &url)
{
    if (!ReaderPage::isReaderPageUrl(url)) {
        qCWarning(lcReaderView) << "not a reader page:" << url;
        return;
    }
    m_page->load(url);
}

void ReaderView::reload()
{
    m_page->triggerAction(QWebEnginePage::ReloadAndBypassCache);
}

void ReaderView::setZoom(qreal factor)
{
    m_zoom = qBound(0.25, factor, 5.0);
    m_page->setZoomFactor(m_zoom);
}

void ReaderView::sortClick(const QUrl &url)
{
    Q_EMIT linkClicked(url);
    if (Core::AppUrl::isAppUrl(url)) {
        const Core::AppUrl::Parsed parsed = Core::AppUrl::parse(url);
        switch (parsed.kind) {
        case Core::AppUrl::Parsed::Kind::News:
            Q_EMIT newsLinkClicked(parsed.value);
            return;
        case Core::AppUrl::Parsed::Kind::Ticker:
            Q_EMIT tickerLinkClicked(parsed.value);
            return;
        case Core::AppUrl::Parsed::Kind::ArticlePage:
            Q_EMIT pageLinkClicked(parsed.value, parsed.locale);
            return;
        default:
            qCDebug(lcReaderView) << "ignored a click on" << url;
            return;
        }
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
        Q_EMIT externalLinkClicked(url);
    else
        qCInfo(lcReaderView) << "ignored a click on" << url;
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    const QWebEngineContextMenuRequest *request = lastContextMenuRequest();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (request && !request->selectedText().isEmpty())
        menu->addAction(pageAction(QWebEnginePage::Copy));
    if (request && request->linkUrl().isValid())
        menu->addAction(pageAction(QWebEnginePage::CopyLinkToClipboard));
    menu->addAction(pageAction(QWebEnginePage::SelectAll));
    menu->popup(event->globalPos());
}

} // namespace Newsdesk::Ui
