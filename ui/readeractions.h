#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QAction;
class QActionGroup;
class QKeySequence;
class QMenuBar;
class QToolBar;
class QWidget;

namespace Newsdesk::Ui {

class ReaderController;
class Settings;

// The reader's actions with their shortcuts, texts and icons, the menu bar that lists every one of
// them, and the toolbar. Actions that are the controller's or the settings' own (history,
// bookmark, language, zoom, offline) are bound here; the rest is the window's wiring. Which are
// enabled, checked and what the language actions say follows the controller (update()).
class ReaderActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderActions)

public:
    // The actions are added to `window`, so their shortcuts work while the menu bar is hidden.
    explicit ReaderActions(QWidget *window);
    ~ReaderActions() override = default;

    QAction *action(const QString &name) const { return m_actions.value(name); }
    // Ctrl+1/2/3: one checkable action per article language, its locale as data().
    QList<QAction *> languageActions() const;

    void fillMenuBar(QMenuBar *bar) const;
    // Navigation, article and library actions, then `trailing` (the search field) at the right.
    void fillToolBar(QToolBar *bar, QWidget *trailing) const;
    // The palette changed: icons tinted for it.
    void retintIcons();
    void retranslate();
    void bind(ReaderController *controller, Settings *settings, bool fetchAvailable);
    void update();

private:
    QAction *add(const QString &name, const QString &icon, const QKeySequence &shortcut);

    QWidget *m_window;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QString> m_icons; // action name → icon name
    QActionGroup *m_languages = nullptr;
    ReaderController *m_controller = nullptr;
    bool m_fetchAvailable = false;
};

} // namespace Newsdesk::Ui
