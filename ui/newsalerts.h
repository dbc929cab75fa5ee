#pragma once

#include "controller/rulealerts.h"
#include "net/fetchservice.h"

#include <QObject>

class QWidget;

namespace Newsdesk::Ui {

class DesktopNotifier;
class ReaderController;
class Settings;

// Desktop notifications for arriving news: on the watchlist, when the settings allow them, and
// for rules with Notify (which the rule itself asked for); the notification service is reached on
// the first one. A notification asks to open its article or to mark its articles read.
class NewsAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsAlerts)

public:
    NewsAlerts(Settings *settings, QObject *parent);

    // A refresh's new articles: those of notifying rules, and the others on the watchlist.
    void onNewArticles(const QList<Net::NewArticle> &articles);
    // Arrivals notifying rules matched (an import's): a notification per rule.
    void onRuleAlerts(const QList<RuleAlert> &alerts);
    // Announces what `fetch` (may be null) brings; a clicked notification brings `window` up on its
    // article, opened explicitly, and "Mark Read" goes to the controller.
    void follow(ReaderController *controller, Net::FetchService *fetch, QWidget *window);

Q_SIGNALS:
    void openRequested(Newsdesk::Storage::DocId doc);
    void markReadRequested(const QList<Newsdesk::Storage::DocId> &docs);
    void message(const QString &text);

private:
    DesktopNotifier *notifier();

    Settings *m_settings = nullptr;
    DesktopNotifier *m_notifier = nullptr;
};

} // namespace Newsdesk::Ui
