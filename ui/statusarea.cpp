#include "ui/statusarea.h"

#include "controller/fetchtracker.h"
#include "net/fetchservice.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QUrl>

namespace Newsdesk::Ui {

StatusArea::StatusArea(QStatusBar *bar)
    : QObject(bar)
    , m_bar(bar)
    , m_progress(new QProgressBar(bar))
    , m_offline(new QLabel(bar))
    , m_count(new QLabel(bar))
{
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    m_offline->setVisible(false);
    m_count->setObjectName(QStringLiteral("articleCount"));
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_offline);
    bar->addPermanentWidget(m_count);
}

void StatusArea::showMessage(const QString &text, int timeoutMs)
{
    m_bar->showMessage(text, timeoutMs);
}

void StatusArea::showLink(const QUrl &url)
{
    if (url.isEmpty())
        m_bar->clearMessage();
    else
        m_bar->showMessage(url.toDisplayString());
}

void StatusArea::follow(FetchTracker *tracker)
{
    relay(tracker, &FetchTracker::status, 10000);
    connect(tracker, &FetchTracker::refreshProgress, this,
        [this](int done, int total) { showProgress(tr("Refreshing %v of %m"), done, total); });
    connect(tracker, &FetchTracker::refreshFinished, this, &StatusArea::hideProgress);
    if (Net::FetchService *service = tracker->service())
        connect(service, &Net::FetchService::offlineChanged, this, &StatusArea::setOffline);
}

void StatusArea::showBusy(const QString &text)
{
    m_progress->setRange(0, 0);
    m_progress->setFormat(text);
    m_progress->setVisible(true);
}

void StatusArea::showProgress(const QString &format, int done, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(format);
    m_progress->setVisible(done < total);
}

void StatusArea::hideProgress()
{
    m_progress->setVisible(false);
}

void StatusArea::setOffline(bool offline)
{
    m_offline->setText(tr("Offline"));
    m_offline->setVisible(offline);
}

void StatusArea::setArticleCount(int count)
{
    m_count->setText(tr("%n article(s)", nullptr, count));
    m_count->setAccessibleName(m_count->text());
}

} // namespace Newsdesk::Ui
