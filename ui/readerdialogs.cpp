#include "ui/readerdialogs.h"

#include "ui/rulesdialog.h"
#include "ui/settingsdialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace Newsdesk::Ui {

namespace {

void askText(QWidget *parent, const QString &objectName, const QString &title, const QString &label,
    std::function<void(const QString &)> done)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    QObject::connect(dialog, &QInputDialog::textValueSelected, parent, [done = std::move(done)](const QString &text) {
        if (!text.trimmed().isEmpty())
            done(text.trimmed());
    });
    dialog->open();
}

} // namespace

void ReaderDialogs::askSubscription(QWidget *parent, std::function<void(const QString &)> done)
{
    askText(parent, QStringLiteral("subscribeDialog"), tr("Subscribe"),
        tr("Address of a news page, a ticker's news page or a feed:\n"
           "for example https://longbridge.com/en/news.md or …/quote/AAPL.US/news.md"),
        std::move(done));
}

void ReaderDialogs::askArticleUrl(QWidget *parent, std::function<void(const QString &)> done)
{
    askText(parent, QStringLiteral("openUrlDialog"), tr("Open URL"),
        tr("Address of an article (it is fetched, stored and shown):"), std::move(done));
}

void ReaderDialogs::chooseImportFiles(QWidget *parent, std::function<void(const QStringList &)> done)
{
    auto *dialog = new QFileDialog(parent, tr("Import Articles"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Markdown articles (*.md *.markdown);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    QObject::connect(dialog, &QFileDialog::filesSelected, parent, std::move(done));
    dialog->open();
}

void ReaderDialogs::chooseImportFolder(QWidget *parent, std::function<void(const QString &)> done)
{
    auto *dialog = new QFileDialog(
        parent, tr("Import a Folder of Articles"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(done));
    dialog->open();
}

void ReaderDialogs::chooseOpmlToImport(QWidget *parent, std::function<void(const QString &)> done)
{
    auto *dialog = new QFileDialog(parent, tr("Import Subscriptions"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("OPML files (*.opml *.xml);;All files (*)"));
    dialog->setObjectName(QStringLiteral("opmlImportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(done));
    dialog->open();
}

void ReaderDialogs::chooseOpmlToExport(QWidget *parent, std::function<void(const QString &)> done)
{
    auto *dialog = new QFileDialog(parent, tr("Export Subscriptions"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/newsdesk.opml"),
        tr("OPML files (*.opml)"));
    dialog->setObjectName(QStringLiteral("opmlExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("opml"));
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(done));
    dialog->open();
}

void ReaderDialogs::openSettings(QWidget *parent, Settings *settings)
{
    auto *dialog = new SettingsDialog(settings, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReaderDialogs::openRules(QWidget *parent, Storage::Library &library, std::function<void()> articlesChanged)
{
    auto *dialog = parent->findChild<RulesDialog *>(QStringLiteral("rulesDialog"), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new RulesDialog(library, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &RulesDialog::articlesChanged, parent, std::move(articlesChanged));
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void ReaderDialogs::showAbout(QWidget *parent)
{
    QMessageBox::about(parent, tr("About Newsdesk"),
        tr("<h3>Newsdesk %1</h3><p>A desktop reader for market news.</p>"
           "<p>Articles are stored on this computer; nothing in an article runs as a "
           "program, and nothing is loaded from the network unless you allow it.</p>")
            .arg(QStringLiteral(NEWSDESK_VERSION)));
}

} // namespace Newsdesk::Ui
