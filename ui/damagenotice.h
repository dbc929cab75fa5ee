#pragma once

#include "storage/library.h"

#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace Newsdesk::Ui {

// When the library meets a damaged page (Library::setDamageHandler), tells the user once per
// session and offers the check (`newsdesk check`) and, when it finds damage, a copy of the
// readable articles into a new file (`newsdesk recover`).
class DamageNotice final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DamageNotice)

public:
    DamageNotice(Storage::Library *library, QWidget *window);
    ~DamageNotice() override;

    bool hasNoticed() const { return m_noticed; }

Q_SIGNALS:
    // The message box is about to show (for tests and the status bar).
    void damageMet(const QString &message);

private:
    QMessageBox *box(const QString &name, const QString &text);
    void offer(const QString &message);
    void check();
    void chooseRecoveryFile();
    void recover(const QString &target);

    Storage::Library *m_library;
    QPointer<QWidget> m_window;
    bool m_noticed = false;
};

} // namespace Newsdesk::Ui
