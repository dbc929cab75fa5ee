#include "web/readerview.h"

#include "core/links.h"
#include "render/matchmarker.h"
#include "web/readerpage.h"
#include "web/readerprofile.h"

#include <QContextMenuEvent>
#include <QLoggingCategory>
#include <QMenu>
#include <QPointer>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineLoadingInfo>
#include <QWebEngineScript>

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

void ReaderView::showArticle(const QString &documentKey, const QString &locale, const QString &find)
{
    QUrl url = Core::AppUrl::articlePage(documentKey, locale, find);
    // The first match scrolled into view by the page's own fragment: no script.
    if (!find.trimmed().isEmpty())
        url.setFragment(Render::matchAnchor(1));
    m_match = find.trimmed().isEmpty() ? 0 : 1;
    showPage(url);
}

void ReaderView::stepMatch(int delta)
{
    const int wanted = m_match + delta;
    const QString script
        = QStringLiteral("(function(n){var m=document.querySelectorAll('mark.search-match');if(!m.length)return 0;"
                         "n=((n-1)%m.length+m.length)%m.length;"
                         "for(var k=0;k<m.length;k++)m[k].classList.toggle('current',k==n);"
                         "m[n].scrollIntoView({block:'center'});return n+1;})(%1)")
              .arg(wanted);
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [view = QPointer(this)](const QVariant &result) {
        if (view)
            view->m_match = result.toInt();
    });
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
