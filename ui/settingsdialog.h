#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace Newsdesk::Ui {

class Settings;

// Preferences: reading language, remote images, theme, zoom, read delay, external links, interface language,
// offline mode, watchlist notifications, the buzz rule, how long articles are kept, the weekly backup
// and its folder. Applied on OK; the Settings object tells everyone.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Settings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override = default;

    void apply();

private:
    Settings *m_settings = nullptr;
    QComboBox *m_readingLanguage = nullptr;
    QCheckBox *m_remoteImages = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_zoom = nullptr;
    QDoubleSpinBox *m_readDelay = nullptr;
    QComboBox *m_externalLinks = nullptr;
    QComboBox *m_uiLanguage = nullptr;
    QCheckBox *m_offline = nullptr;
    QCheckBox *m_notifications = nullptr;
    QDoubleSpinBox *m_buzzFactor = nullptr;
    QSpinBox *m_buzzMinimum = nullptr;
    QComboBox *m_keepUnit = nullptr;
    QSpinBox *m_keepCount = nullptr;
    QCheckBox *m_autoBackup = nullptr;
    QLineEdit *m_backupFolder = nullptr;
};

} // namespace Newsdesk::Ui
