#pragma once

#include "ui/settings.h"

#include <QObject>
#include <QUrl>

class QWidget;

namespace Newsdesk::Ui {

class ReaderController;
class ReaderPane;

// A link that leaves the app: opened in the system browser, copied, or asked about, as the
// external-link setting says. Never shown inside the reader.
class ExternalLinks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExternalLinks)

public:
    ExternalLinks(Settings *settings, QWidget *window);
    ~ExternalLinks() override = default;

    // Only http(s) and mailto leave; other schemes are refused with a message.
    void handle(const QUrl &url);
    static bool isAllowedScheme(const QUrl &url);
    // The user asked for the page in a browser (Open Original, Open in Browser): no question.
    void openInBrowser(QUrl url);
    // Takes the links the controller routes out and the reader pane's Open in Browser.
    void follow(ReaderController *controller, ReaderPane *reader);
    // Open Original: the controller's article's page, in a browser.
    void openOriginal();

Q_SIGNALS:
    void message(const QString &text);
    // For tests and the status bar: what was done with the link.
    void opened(const QUrl &url);
    void copied(const QUrl &url);

private:
    void open(const QUrl &url);
    void copy(const QUrl &url);

    Settings *m_settings = nullptr;
    QWidget *m_window = nullptr;
    ReaderController *m_controller = nullptr;
};

} // namespace Newsdesk::Ui
