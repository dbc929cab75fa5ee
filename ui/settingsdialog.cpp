#include "ui/settingsdialog.h"

#include "ui/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Newsdesk::Ui {

namespace {

void selectData(QComboBox *box, const QVariant &value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_readingLanguage(new QComboBox(this))
    , m_remoteImages(new QCheckBox(tr("Load remote images in articles"), this))
    , m_theme(new QComboBox(this))
    , m_zoom(new QSpinBox(this))
    , m_readDelay(new QDoubleSpinBox(this))
    , m_externalLinks(new QComboBox(this))
    , m_uiLanguage(new QComboBox(this))
    , m_offline(new QCheckBox(tr("Work offline (no request leaves the computer)"), this))
    , m_notifications(new QCheckBox(tr("Notify me of new articles on watchlist tickers"), this))
    , m_buzzFactor(new QDoubleSpinBox(this))
    , m_buzzMinimum(new QSpinBox(this))
    , m_keepUnit(new QComboBox(this))
    , m_keepCount(new QSpinBox(this))
    , m_autoBackup(new QCheckBox(tr("Back up the library every week (the last 3 copies are kept)"), this))
    , m_backupFolder(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_readingLanguage->setObjectName(QStringLiteral("readingLanguage"));
    m_remoteImages->setObjectName(QStringLiteral("remoteImages"));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_zoom->setObjectName(QStringLiteral("zoom"));
    m_readDelay->setObjectName(QStringLiteral("readDelay"));
    m_externalLinks->setObjectName(QStringLiteral("externalLinks"));
    m_uiLanguage->setObjectName(QStringLiteral("uiLanguage"));
    m_offline->setObjectName(QStringLiteral("offline"));
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_buzzFactor->setObjectName(QStringLiteral("buzzFactor"));
    m_buzzMinimum->setObjectName(QStringLiteral("buzzMinimum"));
    m_keepUnit->setObjectName(QStringLiteral("keepUnit"));
    m_keepCount->setObjectName(QStringLiteral("keepCount"));
    m_autoBackup->setObjectName(QStringLiteral("autoBackup"));
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));

    m_readingLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_readingLanguage->addItem(QStringLiteral(u"简体中文"), QStringLiteral("zh-CN"));
    m_readingLanguage->addItem(QStringLiteral(u"繁體中文"), QStringLiteral("zh-HK"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_zoom->setRange(50, 300);
    m_zoom->setSingleStep(10);
    m_zoom->setSuffix(QStringLiteral(" %"));
    m_readDelay->setRange(0.0, 60.0);
    m_readDelay->setDecimals(1);
    m_readDelay->setSingleStep(0.5);
    m_readDelay->setSuffix(tr(" s"));
    m_readDelay->setSpecialValueText(tr("At once"));
    m_readDelay->setToolTip(tr("An article counts as read once it has been shown this long; "
                               "scrolling past rows marks nothing"));
    m_externalLinks->addItem(tr("Ask every time"), QStringLiteral("ask"));
    m_externalLinks->addItem(tr("Open in the system browser"), QStringLiteral("open"));
    m_externalLinks->addItem(tr("Copy the link"), QStringLiteral("copy"));
    m_uiLanguage->addItem(tr("Follow the system"), QString());
    m_uiLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_uiLanguage->addItem(QStringLiteral(u"简体中文"), QStringLiteral("zh_CN"));
    m_uiLanguage->addItem(QStringLiteral(u"繁體中文"), QStringLiteral("zh_HK"));
    m_remoteImages->setToolTip(tr("Off: images show as placeholders unless they are stored for offline reading"));

    m_buzzFactor->setRange(1.0, 20.0);
    m_buzzFactor->setDecimals(1);
    m_buzzFactor->setSingleStep(0.5);
    m_buzzFactor->setSuffix(tr(" × the 30-day daily mean"));
    m_buzzMinimum->setRange(1, 1000);
    m_buzzMinimum->setSuffix(tr(" articles or more"));
    const QString buzzTip = tr("A ticker shows a Buzz badge when today's articles about it reach both");
    m_buzzFactor->setToolTip(buzzTip);
    m_buzzMinimum->setToolTip(buzzTip);

    m_keepUnit->addItem(tr("Forever"), QStringLiteral("forever"));
    m_keepUnit->addItem(tr("For a number of days"), QStringLiteral("days"));
    m_keepUnit->addItem(tr("For a number of months"), QStringLiteral("months"));
    m_keepCount->setRange(1, 9999);
    const QString keepTip = tr("Older articles are deleted in the background once a day; bookmarked, labelled and "
                               "watchlist articles are always kept");
    m_keepUnit->setToolTip(keepTip);
    m_keepCount->setToolTip(keepTip);
    m_backupFolder->setPlaceholderText(tr("\"backups\" beside the library"));
    auto *chooseFolder = new QPushButton(tr("Choose…"), this);
    chooseFolder->setObjectName(QStringLiteral("chooseBackupFolder"));
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
    });
    const auto showCount = [this] {
        const QString unit = m_keepUnit->currentData().toString();
        m_keepCount->setEnabled(unit != u"forever");
        m_keepCount->setSuffix(unit == u"days" ? tr(" days") : tr(" months"));
    };
    connect(m_keepUnit, &QComboBox::currentIndexChanged, this, showCount);
    connect(m_autoBackup, &QCheckBox::toggled, m_backupFolder, &QWidget::setEnabled);
    connect(m_autoBackup, &QCheckBox::toggled, chooseFolder, &QWidget::setEnabled);

    selectData(m_readingLanguage, settings->preferredLocale());
    m_remoteImages->setChecked(settings->remoteImages());
    selectData(m_theme,
        settings->theme() == Settings::Theme::Light      ? QStringLiteral("light")
            : settings->theme() == Settings::Theme::Dark ? QStringLiteral("dark")
                                                         : QStringLiteral("system"));
    m_zoom->setValue(qRound(settings->zoom() * 100));
    m_readDelay->setValue(settings->readDelayMs() / 1000.0);
    selectData(m_externalLinks,
        settings->externalLinks() == Settings::ExternalLinks::Open       ? QStringLiteral("open")
            : settings->externalLinks() == Settings::ExternalLinks::Copy ? QStringLiteral("copy")
                                                                         : QStringLiteral("ask"));
    selectData(m_uiLanguage, settings->uiLanguage());
    m_offline->setChecked(settings->offline());
    m_notifications->setChecked(settings->watchlistNotifications());
    m_buzzFactor->setValue(settings->buzzFactor());
    m_buzzMinimum->setValue(settings->buzzMinimumArticles());
    const RetentionRule retention = settings->retention();
    selectData(m_keepUnit,
        retention.unit == RetentionRule::Unit::Days         ? QStringLiteral("days")
            : retention.unit == RetentionRule::Unit::Months ? QStringLiteral("months")
                                                            : QStringLiteral("forever"));
    m_keepCount->setValue(retention.unit == RetentionRule::Unit::Forever ? 6 : retention.count);
    showCount();
    m_autoBackup->setChecked(settings->autoBackup());
    m_backupFolder->setText(QDir::toNativeSeparators(settings->backupFolder()));
    m_backupFolder->setEnabled(m_autoBackup->isChecked());
    chooseFolder->setEnabled(m_autoBackup->isChecked());

    auto *keep = new QHBoxLayout;
    keep->addWidget(m_keepUnit, 1);
    keep->addWidget(m_keepCount);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(chooseFolder);

    auto *form = new QFormLayout;
    form->addRow(tr("Preferred reading language:"), m_readingLanguage);
    form->addRow(QString(), m_remoteImages);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Zoom:"), m_zoom);
    form->addRow(tr("Mark as read after:"), m_readDelay);
    form->addRow(tr("External links:"), m_externalLinks);
    form->addRow(tr("Interface language:"), m_uiLanguage);
    form->addRow(QString(), m_offline);
    form->addRow(QString(), m_notifications);
    form->addRow(tr("Buzz when today's articles reach:"), m_buzzFactor);
    form->addRow(tr("and:"), m_buzzMinimum);
    form->addRow(tr("Keep articles:"), keep);
    form->addRow(QString(), m_autoBackup);
    form->addRow(tr("Backup folder:"), folderRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::apply()
{
    m_settings->setPreferredLocale(m_readingLanguage->currentData().toString());
    m_settings->setRemoteImages(m_remoteImages->isChecked());
    const QString theme = m_theme->currentData().toString();
    m_settings->setTheme(theme == u"light" ? Settings::Theme::Light
            : theme == u"dark"             ? Settings::Theme::Dark
                                           : Settings::Theme::System);
    m_settings->setZoom(m_zoom->value() / 100.0);
    m_settings->setReadDelayMs(qRound(m_readDelay->value() * 1000));
    const QString links = m_externalLinks->currentData().toString();
    m_settings->setExternalLinks(links == u"open" ? Settings::ExternalLinks::Open
            : links == u"copy"                    ? Settings::ExternalLinks::Copy
                                                  : Settings::ExternalLinks::Ask);
    m_settings->setUiLanguage(m_uiLanguage->currentData().toString());
    m_settings->setOffline(m_offline->isChecked());
    m_settings->setWatchlistNotifications(m_notifications->isChecked());
    m_settings->setBuzzRule(m_buzzFactor->value(), m_buzzMinimum->value());
    const QString unit = m_keepUnit->currentData().toString();
    m_settings->setRetention({unit == u"days" ? RetentionRule::Unit::Days
            : unit == u"months"               ? RetentionRule::Unit::Months
                                              : RetentionRule::Unit::Forever,
        m_keepCount->value()});
    m_settings->setAutoBackup(m_autoBackup->isChecked());
    m_settings->setBackupFolder(QDir::fromNativeSeparators(m_backupFolder->text()));
}

} // namespace Newsdesk::Ui
