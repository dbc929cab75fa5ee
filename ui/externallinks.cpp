#include "ui/externallinks.h"

#include "controller/readercontroller.h"
#include "core/sitelayout.h"
#include "ui/readerpane.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

Q_LOGGING_CATEGORY(lcExternalLinks, "newsdesk.ui.externallinks")

namespace Newsdesk::Ui {

ExternalLinks::ExternalLinks(Settings *settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
{
}

void ExternalLinks::follow(ReaderController *controller, ReaderPane *reader)
{
    m_controller = controller;
    connect(controller, &ReaderController::externalLinkRequested, this, &ExternalLinks::handle);
    connect(reader, &ReaderPane::browseRequested, this, &ExternalLinks::openInBrowser);
}

void ExternalLinks::openOriginal()
{
    if (m_controller && m_controller->currentDocument())
        openInBrowser(m_controller->article().url);
}

bool ExternalLinks::isAllowedScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"http" || scheme == u"https" || scheme == u"mailto";
}

void ExternalLinks::handle(const QUrl &url)
{
    if (!url.isValid() || !isAllowedScheme(url)) {
        qCInfo(lcExternalLinks) << "refused link with scheme" << url.scheme();
        Q_EMIT message(tr("Links of this kind are not opened: %1").arg(url.toDisplayString().left(200)));
        return;
    }
    switch (m_settings->externalLinks()) {
    case Settings::ExternalLinks::Open:
        open(url);
        return;
    case Settings::ExternalLinks::Copy:
        copy(url);
        return;
    case Settings::ExternalLinks::Ask:
        break;
    }
    // Non-modal to the event loop (open(), not exec()): the reader keeps painting and a closing
    // window takes the prompt with it.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Open Link"), tr("Open this link in your web browser?"),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("openLinkPrompt"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(url.toDisplayString().left(500));
    QPushButton *openButton = box->addButton(tr("Open in Browser"), QMessageBox::AcceptRole);
    QPushButton *copyButton = box->addButton(tr("Copy Link"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(openButton);
    auto *remember = new QCheckBox(tr("Do not ask again"), box);
    box->setCheckBox(remember);
    connect(box, &QMessageBox::buttonClicked, this, [this, url, openButton, copyButton, remember](QAbstractButton *b) {
        if (b == openButton) {
            if (remember->isChecked())
                m_settings->setExternalLinks(Settings::ExternalLinks::Open);
            open(url);
        } else if (b == copyButton) {
            if (remember->isChecked())
                m_settings->setExternalLinks(Settings::ExternalLinks::Copy);
            copy(url);
        }
    });
    box->open();
}

void ExternalLinks::open(const QUrl &url)
{
    if (!QDesktopServices::openUrl(url))
        Q_EMIT message(tr("Could not start a web browser for %1").arg(url.toDisplayString().left(200)));
    Q_EMIT opened(url);
}

void ExternalLinks::openInBrowser(QUrl url)
{
    if (!url.isValid())
        return;
    // The canonical URL of an article is its markdown twin; people want the page.
    url = Core::SiteLayout::webPage(url);
    if (!isAllowedScheme(url) || !QDesktopServices::openUrl(url))
        Q_EMIT message(tr("Could not open %1 in a web browser").arg(url.toDisplayString()));
}

void ExternalLinks::copy(const QUrl &url)
{
    QGuiApplication::clipboard()->setText(url.toString());
    Q_EMIT message(tr("Link copied: %1").arg(url.toDisplayString().left(200)));
    Q_EMIT copied(url);
}

} // namespace Newsdesk::Ui
