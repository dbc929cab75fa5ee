#include "damagenotice.h"

#include "recovery.h"

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

void DamageNotice::offer(const QString &message)
{
    qCWarning(lcDamageNotice).noquote() << message;
    Q_EMIT damageMet(message);
    QMessageBox box(QMessageBox::Warning, tr("The library is damaged"),
        tr("Part of the library could not be read: %1.\n\nLists may be incomplete. Check the whole library now?")
            .arg(message),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("damageNotice"));
    QPushButton *checkButton = box.addButton(tr("Check the Library"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(checkButton);
    box.exec();
    if (box.clickedButton() == checkButton)
        check();
}

void DamageNotice::check()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> checked = m_library->checkIntegrity();
    QApplication::restoreOverrideCursor();
    if (checked) {
        QMessageBox::information(m_window, tr("The library is damaged"),
            tr("The check found no damage in the library file. If lists still end early, restart Newsdesk."));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("The library is damaged"),
        tr("The check found damage:\n%1\n\nNewsdesk can copy every article that can still be read, with read "
           "state, bookmarks and the watchlist, into a new library file.")
            .arg(checked.error().message.left(2000)),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("damageCheckResult"));
    QPushButton *recoverButton = box.addButton(tr("Recover into a New File…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(recoverButton);
    box.exec();
    if (box.clickedButton() == recoverButton)
        recover();
}

void DamageNotice::recover()
{
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Recover into a New File"),
        m_library->path() + QStringLiteral(".recovered.sqlite"), tr("Newsdesk libraries (*.sqlite)"));
    if (target.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Storage::RecoveryReport> recovered = Storage::recoverLibrary(*m_library, target);
    QApplication::restoreOverrideCursor();
    if (!recovered) {
        QMessageBox::critical(m_window, tr("The library is damaged"), recovered.error().message);
        return;
    }
    QMessageBox::information(m_window, tr("The library is damaged"),
        tr("%n article(s) were copied into %1; %2 could not be read. Start Newsdesk with --db and that file "
           "to read it.",
            nullptr, recovered->articles)
            .arg(target)
            .arg(recovered->unreadable));
}

} // namespace Newsdesk::Ui
