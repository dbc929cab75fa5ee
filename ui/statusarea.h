#pragma once

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class QUrl;

namespace Newsdesk::Ui {

class FetchTracker;

// The status bar: its passing messages, and its lasting widgets (the progress of an import or a
// refresh, "Offline", and the number of articles the list shows).
class StatusArea final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusArea)

public:
    explicit StatusArea(QStatusBar *bar);

    void showMessage(const QString &text, int timeoutMs = 6000);
    // Shows what `sender` says through `signal` (a collaborator's `message`) for `timeoutMs`.
    template<typename Sender> void relay(Sender *sender, void (Sender::*signal)(const QString &), int timeoutMs = 6000)
    {
        connect(sender, signal, this, [this, timeoutMs](const QString &text) { showMessage(text, timeoutMs); });
    }
    // A hovered link's address, as browsers show it; an empty one takes it away.
    void showLink(const QUrl &url);
    // The tracker's notes, a refresh's progress, and going offline or online.
    void follow(FetchTracker *tracker);

    // An operation of unknown length ("Refreshing…").
    void showBusy(const QString &text);
    // `format` as QProgressBar takes it: %v done, %m in all.
    void showProgress(const QString &format, int done, int total);
    void hideProgress();
    void setOffline(bool offline);
    // "N articles", in the interface language; the screen reader hears the same.
    void setArticleCount(int count);
    QLabel *countLabel() const { return m_count; }

private:
    QStatusBar *m_bar = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_offline = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace Newsdesk::Ui
