#include "ui/readerpane.h"

#include "controller/fetchtracker.h"
#include "controller/readercontroller.h"
#include "core/article.h"
#include "core/links.h"
#include "net/fetchservice.h"
#include "render/pagetheme.h"
#include "ui/articlelabelsbar.h"
#include "ui/settings.h"
#include "web/readerprofile.h"
#include "web/readerview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QQuickWidget>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <utility>

Q_LOGGING_CATEGORY(lcReaderPane, "newsdesk.ui.readerpane")

namespace Newsdesk::Ui {

namespace {

// Loaded (hidden) as soon as the view exists, before any article is chosen: a page of the reader's
// own origin (the "not in the library" page) that starts WebEngine's renderer process, so the
// first article opens as fast as the ones after it. No document has this key.
const QString warmUpKey = QStringLiteral("newsdesk-warm-up");

// Images come from the library (offline copies, the cache) or, when allowed, the network.
ImageProvider imagesFrom(QPointer<Net::FetchService> fetch)
{
    return [fetch](const ImageRequest &request, ImageCallback done) {
        if (!fetch) {
            done(std::nullopt);
            return;
        }
        fetch->provideImage(request.source, request.remoteAllowed, [done](std::optional<Net::ImageBytes> image) {
            done(image ? std::optional(ImageData{image->data, image->mimeType}) : std::nullopt);
        });
    };
}

} // namespace

ReaderPane::ReaderPane(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QWidget(this))
    , m_labels(new ArticleLabelsBar(this))
    , m_status(new QLabel(m_bar))
    , m_busy(new QProgressBar(m_bar))
    , m_retry(new QPushButton(m_bar))
    , m_dismiss(new QPushButton(m_bar))
    , m_browse(new QPushButton(m_bar))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_stack))
    , m_viewHost(new QWidget(m_stack))
{
    setObjectName(QStringLiteral("readerPane"));
    m_bar->setObjectName(QStringLiteral("readerStatusBar"));
    m_status->setObjectName(QStringLiteral("readerStatus"));
    auto *barLayout = new QHBoxLayout(m_bar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    barLayout->setSpacing(4);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(10);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    barLayout->addWidget(m_busy);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    barLayout->addWidget(m_status, 1);
    m_retry->setObjectName(QStringLiteral("readerRetry"));
    m_dismiss->setObjectName(QStringLiteral("readerDismiss"));
    m_browse->setObjectName(QStringLiteral("readerBrowse"));
    m_retry->setVisible(false);
    m_dismiss->setVisible(false);
    m_browse->setVisible(false);
    barLayout->addWidget(m_browse, 0, Qt::AlignTop);
    barLayout->addWidget(m_retry, 0, Qt::AlignTop);
    barLayout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_retry, &QPushButton::clicked, this, &ReaderPane::retryRequested);
    connect(m_browse, &QPushButton::clicked, this, [this] { Q_EMIT browseRequested(m_browseUrl); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        clearStatus();
        Q_EMIT dismissRequested();
    });

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    // WebEngine paints through a QQuickWidget. A window that gets its first such child after it is
    // on screen may need another surface type (where the platform composes widgets with OpenGL),
    // and is then destroyed and created again: the whole window flickers when the first article
    // opens. A hidden QQuickWidget made with the pane, deciding as WebEngine's will, gives the
    // window its surface type from the start; it never paints.
    auto *surface = new QQuickWidget(m_viewHost);
    surface->setObjectName(QStringLiteral("readerSurface"));
    surface->hide();
    auto *hostLayout = new QVBoxLayout(m_viewHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_viewHost);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_labels);
    layout->addWidget(m_stack, 1);

    m_bar->setVisible(false);
    retranslate();
}

ReaderPane::~ReaderPane() = default;

void ReaderPane::setLibrary(Storage::Library *library)
{
    m_library = library;
    if (m_profile)
        m_profile->setLibrary(library);
}

void ReaderPane::ensureView()
{
    if (m_view)
        return;
    m_profile = new ReaderProfile(this);
    m_profile->setLibrary(m_library);
    m_profile->setTheme(m_dark ? Render::PageTheme::Dark : Render::PageTheme::Light);
    m_profile->setRemoteImagesAllowed(m_remoteImages);
    m_view = new ReaderView(m_profile, m_viewHost);
    m_view->setObjectName(QStringLiteral("readerView"));
    m_viewHost->layout()->addWidget(m_view);
    connect(m_view, &ReaderView::linkClicked, this, &ReaderPane::linkClicked);
    connect(m_view, &ReaderView::pageLoaded, this, [this](const QUrl &url, bool ok) {
        if (Core::AppUrl::parse(url).value == warmUpKey)
            return;
        // Shown from its first article on: the warm-up page is never seen.
        if (!std::exchange(m_viewHasPage, true) && !m_key.isEmpty())
            m_stack->setCurrentWidget(m_viewHost);
        m_pageLoading = false;
        if (m_pendingScroll > 0) {
            m_view->page()->runJavaScript(
                QStringLiteral("window.scrollTo(0, %1)").arg(m_pendingScroll), QWebEngineScript::ApplicationWorld);
            m_pendingScroll = 0;
        }
        Q_EMIT pageLoaded(ok);
    });
    connect(m_view->page(), &QWebEnginePage::scrollPositionChanged, this, [this](const QPointF &position) {
        if (!m_pageLoading)
            Q_EMIT scrolled(position.y());
    });
    connect(m_view->page(), &QWebEnginePage::linkHovered, this,
        [this](const QString &url) { Q_EMIT linkHovered(QUrl(url)); });
    m_view->setZoom(m_zoom);
    qCDebug(lcReaderPane) << "web view created";
    Q_EMIT viewCreated();
    if (!m_key.isEmpty())
        load();
    else
        m_view->showArticle(warmUpKey, {});
}

bool ReaderPane::hasView() const
{
    return m_view != nullptr;
}

ReaderView *ReaderPane::view() const
{
    return m_view;
}

ReaderProfile *ReaderPane::profile() const
{
    return m_profile;
}

QUrl ReaderPane::currentPageUrl() const
{
    if (m_key.isEmpty())
        return {};
    return m_source ? Core::AppUrl::sourcePage(m_key, m_locale) : Core::AppUrl::articlePage(m_key, m_locale);
}

void ReaderPane::load()
{
    if (!m_view || m_key.isEmpty())
        return;
    if (m_viewHasPage)
        m_stack->setCurrentWidget(m_viewHost);
    m_pageLoading = true;
    if (m_source)
        m_view->showSource(m_key, m_locale);
    else
        m_view->showArticle(m_key, m_locale, m_find);
}

void ReaderPane::stepMatch(int delta)
{
    if (m_view && !m_source)
        m_view->stepMatch(delta);
}

void ReaderPane::reload()
{
    load();
}

void ReaderPane::showArticle(
    const QString &key, const QString &locale, const QStringList &available, const QStringList &stored, qreal scroll)
{
    m_pendingScroll = scroll;
    m_key = key;
    m_locale = locale;
    m_available = available;
    m_stored = stored;
    clearStatus();
    if (m_view)
        load();
    else
        m_stack->setCurrentWidget(m_placeholder);
}

void ReaderPane::showEmpty(const QString &message)
{
    m_key.clear();
    m_locale.clear();
    m_emptyMessage = message;
    m_placeholder->setText(message);
    m_stack->setCurrentWidget(m_placeholder);
    m_bar->setVisible(false);
    m_labels->setVisible(false);
}

void ReaderPane::showLoading(const QString &message)
{
    m_loading = true;
    m_busy->setVisible(true);
    m_status->setText(message);
    m_status->setStyleSheet(QString());
    m_retry->setVisible(false);
    m_dismiss->setVisible(false);
    m_browse->setVisible(false);
    m_bar->setVisible(true);
}

void ReaderPane::showError(const QString &message, bool retryable, const QUrl &browse)
{
    m_browseUrl = browse;
    m_browse->setVisible(browse.isValid());
    m_loading = false;
    m_busy->setVisible(false);
    m_status->setText(message);
    m_status->setToolTip(message);
    m_status->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_retry->setVisible(retryable);
    m_dismiss->setVisible(true);
    m_bar->setVisible(true);
}

void ReaderPane::clearStatus()
{
    m_loading = false;
    m_busy->setVisible(false);
    m_status->clear();
    m_status->setToolTip({});
    m_status->setStyleSheet(QString());
    m_retry->setVisible(false);
    m_dismiss->setVisible(false);
    m_browse->setVisible(false);
    m_browseUrl.clear();
    m_bar->setVisible(false);
}

QString ReaderPane::statusText() const
{
    return m_status->text();
}

bool ReaderPane::isLoading() const
{
    return m_loading;
}

void ReaderPane::setDarkTheme(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    if (m_profile) {
        m_profile->setTheme(dark ? Render::PageTheme::Dark : Render::PageTheme::Light);
        load();
    }
}

void ReaderPane::setZoom(qreal factor)
{
    m_zoom = factor;
    if (m_view)
        m_view->setZoom(factor);
}

void ReaderPane::setRemoteImages(bool allowed)
{
    if (m_remoteImages == allowed)
        return;
    m_remoteImages = allowed;
    if (m_profile) {
        m_profile->setRemoteImagesAllowed(allowed);
        load();
    }
}

void ReaderPane::setViewSource(bool source)
{
    if (m_source == source)
        return;
    m_source = source;
    load();
}

void ReaderPane::scrollPageDown(const std::function<void(bool atEnd)> &atEnd)
{
    if (!m_view) {
        atEnd(true);
        return;
    }
    // runJavaScript works with JavaScript disabled for the page (it runs in the app's world).
    m_view->page()->runJavaScript(
        QStringLiteral("(function(){var e=document.scrollingElement||document.documentElement;"
                       "if (e.scrollTop + window.innerHeight >= e.scrollHeight - 4) return true;"
                       "window.scrollBy(0, Math.max(40, window.innerHeight - 60)); return false;})()"),
        QWebEngineScript::ApplicationWorld, [atEnd](const QVariant &result) { atEnd(result.toBool()); });
}

void ReaderPane::retranslate()
{
    if (m_emptyMessage.isEmpty())
        m_placeholder->setText(tr("Select an article to read it here."));
    m_retry->setText(tr("Retry"));
    m_dismiss->setText(tr("Dismiss"));
    m_browse->setText(tr("Open in Browser"));
}

void ReaderPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The page's own words (Languages, Related Stocks, dates) are built in the interface language.
        if (m_view && !m_key.isEmpty())
            m_view->reload();
    }
    QWidget::changeEvent(event);
}

void ReaderPane::applySettings(const Settings &settings, bool dark)
{
    setDarkTheme(dark);
    setZoom(settings.zoom());
    setRemoteImages(settings.remoteImages());
}

void ReaderPane::follow(ReaderController *controller, FetchTracker *tracker)
{
    m_labels->follow(controller);
    connect(controller, &ReaderController::articleShown, this,
        [this, controller](Storage::DocId, const QString &locale, qreal scroll) {
            setFind(controller->search());
            showArticle(
                controller->article().key, locale, controller->availableLocales(), controller->storedLocales(), scroll);
        });
    connect(controller, &ReaderController::loading, this, &ReaderPane::showLoading);
    connect(controller, &ReaderController::fetchFailed, this, [this, tracker](const QString &text) {
        showError(text, tracker->message().retryable, tracker->message().browse);
    });
    connect(this, &ReaderPane::linkClicked, controller, &ReaderController::followLink);
    connect(this, &ReaderPane::scrolled, controller, &ReaderController::setScrollPosition);
    connect(this, &ReaderPane::dismissRequested, tracker, &FetchTracker::dismiss);
    connect(this, &ReaderPane::retryRequested, tracker, &FetchTracker::retry);
    connect(tracker, &FetchTracker::messageChanged, this, [this, tracker] {
        if (tracker->message().cause == FetchTracker::Message::Cause::None && !isLoading())
            clearStatus();
    });
    // The open page shows the images a bookmark (or "Load image") just stored.
    const auto reloadIfShown = [this, controller](Storage::DocId doc) {
        if (controller->currentDocument() == doc)
            reload();
    };
    connect(tracker, &FetchTracker::offlineCopyStored, this, reloadIfShown);
    connect(tracker, &FetchTracker::imageStored, this, reloadIfShown);
    connect(this, &ReaderPane::viewCreated, this, [this, fetch = QPointer<Net::FetchService>(tracker->service())] {
        if (fetch && m_profile)
            m_profile->setImageProvider(imagesFrom(fetch));
    });
}

} // namespace Newsdesk::Ui
