#pragma once

#include "fetchservice.h"

#include <QObject>

namespace Newsdesk::Ui {

class DesktopNotifier;
class Settings;

// Desktop notifications for arriving news on the watchlist, when the settings allow them; the
// notification service is reached on the first one. Clicking a notification asks to open it.
class NewsAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsAlerts)

public:
    NewsAlerts(Settings *settings, QObject *parent);

    void onNewArticles(const QList<Net::NewArticle> &articles);

Q_SIGNALS:
    void openRequested(Newsdesk::Storage::DocId doc);
    void message(const QString &text);

private:
    Settings *m_settings = nullptr;
    DesktopNotifier *m_notifier = nullptr;
};

} // namespace Newsdesk::Ui
