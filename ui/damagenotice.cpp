#include "ui/damagenotice.h"

#include "storage/recovery.h"

#include <QApplication>
#include <QFileDialog>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

Q_LOGGING_CATEGORY(lcDamageNotice, "newsdesk.ui.damage")

namespace Newsdesk::Ui {

DamageNotice::DamageNotice(Storage::Library *library, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_window(window)
{
    // The handler runs inside a read; the dialog waits for the event loop.
    m_library->setDamageHandler([this](const Error &error) {
        if (m_noticed)
            return;
        m_noticed = true;
        QMetaObject::invokeMethod(
            this, [this, message = error.message] { offer(message); }, Qt::QueuedConnection);
    });
}

DamageNotice::~DamageNotice()
{
    m_library->setDamageHandler({});
}

// Every box opens with open(), not exec(): the reader keeps running under it (no event loop nested
// in whatever read met the damage), and each answer continues in a slot.
QMessageBox *DamageNotice::box(const QString &name, const QString &text)
{
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("The library is damaged"), text, QMessageBox::NoButton, m_window);
    box->setObjectName(name);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

void DamageNotice::offer(const QString &message)
{
    qCWarning(lcDamageNotice).noquote() << message;
    Q_EMIT damageMet(message);
    QMessageBox *notice = box(QStringLiteral("damageNotice"),
        tr("Part of the library could not be read: %1.\n\nLists may be incomplete. Check the whole library now?")
            .arg(message));
    QPushButton *checkButton = notice->addButton(tr("Check the Library"), QMessageBox::AcceptRole);
    notice->addButton(QMessageBox::Close);
    notice->setDefaultButton(checkButton);
    connect(notice, &QMessageBox::buttonClicked, this, [this, checkButton](QAbstractButton *clicked) {
        if (clicked == checkButton)
            QMetaObject::invokeMethod(this, &DamageNotice::check, Qt::QueuedConnection);
    });
    notice->open();
}

void DamageNotice::check()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> checked = m_library->checkIntegrity();
    QApplication::restoreOverrideCursor();
    if (checked) {
        QMessageBox *clean = box(QStringLiteral("damageCheckResult"),
            tr("The check found no damage in the library file. If lists still end early, restart Newsdesk."));
        clean->setIcon(QMessageBox::Information);
        clean->addButton(QMessageBox::Close);
        clean->open();
        return;
    }
    QMessageBox *result = box(QStringLiteral("damageCheckResult"),
        tr("The check found damage:\n%1\n\nNewsdesk can copy every article that can still be read, with read "
           "state, bookmarks and the watchlist, into a new library file.")
            .arg(checked.error().message.left(2000)));
    QPushButton *recoverButton = result->addButton(tr("Recover into a New File…"), QMessageBox::AcceptRole);
    result->addButton(QMessageBox::Close);
    result->setDefaultButton(recoverButton);
    connect(result, &QMessageBox::buttonClicked, this, [this, recoverButton](QAbstractButton *clicked) {
        if (clicked == recoverButton)
            QMetaObject::invokeMethod(this, &DamageNotice::chooseRecoveryFile, Qt::QueuedConnection);
    });
    result->open();
}

void DamageNotice::chooseRecoveryFile()
{
    auto *dialog = new QFileDialog(m_window, tr("Recover into a New File"),
        m_library->path() + QStringLiteral(".recovered.sqlite"), tr("Newsdesk libraries (*.sqlite)"));
    dialog->setObjectName(QStringLiteral("damageRecoveryFile"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &DamageNotice::recover);
    dialog->open();
}

void DamageNotice::recover(const QString &target)
{
    if (target.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Storage::RecoveryReport> recovered = Storage::recoverLibrary(*m_library, target);
    QApplication::restoreOverrideCursor();
    QMessageBox *outcome = box(QStringLiteral("damageRecovered"),
        recovered ? tr("%n article(s) were copied into %1; %2 could not be read. Start Newsdesk with --db and that "
                       "file to read it.",
            nullptr, recovered->articles)
                        .arg(target)
                        .arg(recovered->unreadable)
                  : recovered.error().message);
    outcome->setIcon(recovered ? QMessageBox::Information : QMessageBox::Critical);
    outcome->addButton(QMessageBox::Close);
    outcome->open();
}

} // namespace Newsdesk::Ui
