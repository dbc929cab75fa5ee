#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace Newsdesk::Ui {
class Settings;
}
namespace Newsdesk::Storage {
class Library;
}

namespace Newsdesk::Ui {

// The window's small dialogs, each non-modal (open()) and deleted when closed; the answer comes
// to a callback, nothing when cancelled. Tests find them by object name and answer them.
class ReaderDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(ReaderDialogs)

public:
    // "subscribeDialog": the address of a news page, a ticker's news page or a feed.
    static void askSubscription(QWidget *parent, std::function<void(const QString &)> done);
    // "openUrlDialog": the address of one article.
    static void askArticleUrl(QWidget *parent, std::function<void(const QString &)> done);
    static void chooseImportFiles(QWidget *parent, std::function<void(const QStringList &)> done);
    static void chooseImportFolder(QWidget *parent, std::function<void(const QString &)> done);
    // "opmlImportDialog" / "opmlExportDialog": an OPML file of subscriptions to read or write.
    static void chooseOpmlToImport(QWidget *parent, std::function<void(const QString &)> done);
    static void chooseOpmlToExport(QWidget *parent, std::function<void(const QString &)> done);
    // "settingsDialog": applies to `settings` on OK.
    static void openSettings(QWidget *parent, Settings *settings);
    // "rulesDialog": modeless, so the list behind it can be read; one at a time. `articlesChanged`
    // runs when applying a rule changed stored articles.
    static void openRules(QWidget *parent, Storage::Library &library, std::function<void()> articlesChanged);
    static void showAbout(QWidget *parent);
};

} // namespace Newsdesk::Ui
