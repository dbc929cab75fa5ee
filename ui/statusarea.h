#pragma once

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace Newsdesk::Ui {

// The status bar's lasting widgets: the progress of an import or a refresh, "Offline", and the
// number of articles the list shows. Messages themselves go through QStatusBar::showMessage().
class StatusArea final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusArea)

public:
    explicit StatusArea(QStatusBar *bar);

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
    QProgressBar *m_progress = nullptr;
    QLabel *m_offline = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace Newsdesk::Ui
