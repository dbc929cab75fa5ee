#pragma once

#include <QUrl>
#include <QWebEngineView>

namespace Newsdesk::Ui {

class ReaderPage;
class ReaderProfile;

// The widget that shows article pages: a QWebEngineView on a ReaderPage of the reader's profile.
// It never navigates by itself: clicks come out as signals, in general (linkClicked) and sorted
// by what they point at. It keeps its zoom across pages, offers only Copy, Copy Link and Select
// All in its context menu, and leaves drops to its parent (the window imports dropped files).
class ReaderView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(ReaderProfile *profile, QWidget *parent = nullptr);
    ~ReaderView() override;

    // `find`: the search that found it; its words are marked and the page opens at the first.
    void showArticle(const QString &documentKey, const QString &locale, const QString &find = {});
    // Scrolls to the next (+1) or previous (-1) marked word, round the page; by the app's own
    // script in its isolated world (the page runs none).
    void stepMatch(int delta);
    void showSource(const QString &documentKey, const QString &locale);
    // newsdesk://article/… or newsdesk://source/…; anything else is ignored (and logged).
    void showPage(const QUrl &url);

    // Shows the current page again, rendered anew and with its images asked for again (call it
    // after changing the theme or the remote-images setting: WebEngine keeps images in memory).
    void reload();

    void setZoom(qreal factor); // 0.25 … 5
    qreal zoom() const { return m_zoom; }

    ReaderPage *readerPage() const { return m_page; }

Q_SIGNALS:
    // Every click on a link, never followed by the view.
    void linkClicked(const QUrl &url);
    // The same clicks, sorted:
    void newsLinkClicked(const QString &newsId); // newsdesk://news/{id}
    void tickerLinkClicked(const QString &ticker); // newsdesk://ticker/{T}
    void pageLinkClicked(const QString &documentKey, const QString &locale); // a locale variant
    void externalLinkClicked(const QUrl &url); // http, https, mailto
    // A reader page finished loading. Use this rather than QWebEnginePage::loadFinished, which
    // also reports (as failed) every link click the page refused to follow.
    void pageLoaded(const QUrl &url, bool ok);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void sortClick(const QUrl &url);

    ReaderPage *m_page = nullptr;
    qreal m_zoom = 1.0;
    int m_match = 0; // the marked word last scrolled to, from 1; 0: none yet
};

} // namespace Newsdesk::Ui
