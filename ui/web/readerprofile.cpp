#include "web/readerprofile.h"

#include "core/links.h"
#include "web/appschemehandler.h"
#include "web/requestinterceptor.h"

#include <QLoggingCategory>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

Q_LOGGING_CATEGORY(lcReaderProfile, "newsdesk.ui.web.profile")

namespace Newsdesk::Ui {

namespace {

void lockDown(QWebEngineSettings *settings)
{
    using S = QWebEngineSettings;
    // Off: anything that runs, opens, stores, fetches or reaches outside the page by itself.
    for (const S::WebAttribute attribute :
        {S::JavascriptEnabled, S::JavascriptCanOpenWindows, S::JavascriptCanAccessClipboard, S::JavascriptCanPaste,
            S::AllowWindowActivationFromJavaScript, S::LocalStorageEnabled, S::LocalContentCanAccessRemoteUrls,
            S::LocalContentCanAccessFileUrls, S::PluginsEnabled, S::PdfViewerEnabled, S::HyperlinkAuditingEnabled,
            S::DnsPrefetchEnabled, S::AutoLoadIconsForPage, S::TouchIconsEnabled, S::WebGLEnabled,
            S::Accelerated2dCanvasEnabled, S::ScreenCaptureEnabled, S::FullScreenSupportEnabled,
            S::AllowRunningInsecureContent, S::AllowGeolocationOnInsecureOrigins, S::NavigateOnDropEnabled,
            S::ErrorPageEnabled, S::SpatialNavigationEnabled}) {
        settings->setAttribute(attribute, false);
    }
    settings->setAttribute(S::AutoLoadImages, true); // they come from newsdesk://image/ only
    settings->setAttribute(S::WebRTCPublicInterfacesOnly, true);
    settings->setAttribute(S::PlaybackRequiresUserGesture, true);
    settings->setUnknownUrlSchemePolicy(S::DisallowUnknownUrlSchemes);
}

} // namespace

ReaderProfile::ReaderProfile(QObject *parent)
    : ReaderProfile(Render::PageRenderer::Options{}, parent)
{
}

ReaderProfile::ReaderProfile(Render::PageRenderer::Options options, QObject *parent)
    : QObject(parent)
    // No storage name: off the record, so no cookies, cache or site data ever reach the disk.
    , m_profile(new QWebEngineProfile(this))
    , m_handler(new AppSchemeHandler(std::move(options), this))
    , m_interceptor(new RequestInterceptor(this))
{
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setSpellCheckEnabled(false);
    lockDown(m_profile->settings());
    m_profile->installUrlSchemeHandler(QStringView(Core::AppUrl::scheme).toLatin1(), m_handler);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    connect(m_profile, &QWebEngineProfile::downloadRequested, this, [](QWebEngineDownloadRequest *download) {
        qCWarning(lcReaderProfile) << "refused a download of" << download->url();
        download->cancel();
    });
}

ReaderProfile::~ReaderProfile()
{
    // Pages must go before their profile; the owner deletes views first. The handler's render
    // thread stops with it.
    m_profile->removeAllUrlSchemeHandlers();
}

void ReaderProfile::setLibrary(Storage::Library *library)
{
    m_handler->setLibrary(library);
}

void ReaderProfile::setTheme(Render::PageTheme theme)
{
    m_handler->setTheme(theme);
}

void ReaderProfile::setImageProvider(ImageProvider provider)
{
    m_handler->setImageProvider(std::move(provider));
}

void ReaderProfile::setRemoteImagesAllowed(bool allowed)
{
    m_handler->setRemoteImagesAllowed(allowed);
}

} // namespace Newsdesk::Ui
