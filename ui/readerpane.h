#pragma once

#include <QStringList>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Newsdesk::Storage {
class Library;
}

namespace Newsdesk::Ui {

class ArticleLabelsBar;
class FetchTracker;
class Settings;
class ReaderController;
class ReaderProfile;
class ReaderView;

// The right pane: the rendered page (the render layer's web view, created on first use so that
// the window shows before WebEngine starts; its header has the language switcher), and above it a
// bar that appears while a variant or a related article loads, or says why it could not.
class ReaderPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderPane)

public:
    explicit ReaderPane(QWidget *parent = nullptr);
    ~ReaderPane() override;

    // The library pages are read from (not owned). Set it before ensureView().
    void setLibrary(Storage::Library *library);
    // Shows what the controller reads and the fetch tracker's messages, and sends them links,
    // scrolling, Dismiss and Retry; images come through the tracker's service, and the page is
    // shown again when images for it were stored. Browse (a web page) and hovering stay signals.
    void follow(ReaderController *controller, FetchTracker *tracker);
    // Creates the profile and the web view now (the window calls it once it is on screen).
    void ensureView();
    bool hasView() const;
    ReaderView *view() const;
    ReaderProfile *profile() const;

    // Shows a stored article's page. `available` are the variants the article has (stored or
    // not); `stored` those in the library.
    // `scroll` is where the page is scrolled to once loaded (coming back to it).
    void showArticle(const QString &key, const QString &locale, const QStringList &available, const QStringList &stored,
        qreal scroll = 0);
    void showEmpty(const QString &message);
    // The search the next articles were found by: its words are marked on their pages.
    void setFind(const QString &search) { m_find = search; }
    // F3 / Shift+F3: the next or previous marked word.
    void stepMatch(int delta);
    // A variant or a related article on its way: the current page stays, the bar says so.
    void showLoading(const QString &message);
    // A message strip that wraps, with Dismiss and, when `retryable`, Retry; when `browse` is a
    // page, Open in Browser.
    void showError(const QString &message, bool retryable = false, const QUrl &browse = {});
    void clearStatus();

    QString currentKey() const { return m_key; }
    QString currentLocale() const { return m_locale; }
    QUrl currentPageUrl() const;
    QString statusText() const;
    bool isLoading() const;

    void setDarkTheme(bool dark);
    // The page's theme, zoom and whether remote images load.
    void applySettings(const Settings &settings, bool dark);
    void setZoom(qreal factor);
    void setRemoteImages(bool allowed);
    void setViewSource(bool source);
    bool viewSource() const { return m_source; }

    // Scrolls one page down; calls `atEnd(true)` instead when the page was already at its end.
    void scrollPageDown(const std::function<void(bool atEnd)> &atEnd);
    void reload();

Q_SIGNALS:
    // A link the user clicked in the page (in-app or external); the page never follows it.
    void linkClicked(const QUrl &url);
    void pageLoaded(bool ok);
    void viewCreated();
    // The page was scrolled by the user (not by a load).
    void scrolled(qreal y);
    // The pointer is over a link (empty: left it).
    void linkHovered(const QUrl &url);
    void dismissRequested();
    void retryRequested();
    void browseRequested(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();

    QWidget *m_bar = nullptr;
    ArticleLabelsBar *m_labels = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_browse = nullptr;
    QUrl m_browseUrl;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_viewHost = nullptr;
    Storage::Library *m_library = nullptr;
    ReaderProfile *m_profile = nullptr;
    ReaderView *m_view = nullptr;
    QString m_key;
    QString m_locale;
    QString m_find;
    QStringList m_available;
    QStringList m_stored;
    QString m_emptyMessage;
    bool m_loading = false;
    bool m_pageLoading = false;
    bool m_viewHasPage = false; // an article page was loaded (the stack may show the view)
    qreal m_pendingScroll = 0;
    bool m_dark = false;
    bool m_remoteImages = false;
    bool m_source = false;
    qreal m_zoom = 1.0;
};

} // namespace Newsdesk::Ui
