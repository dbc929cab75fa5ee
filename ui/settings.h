#pragma once

#include "controller/retentionschedule.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

namespace Newsdesk::Net {
class FetchService;
}

namespace Newsdesk::Ui {

// The reader's preferences and remembered state, over QSettings (organisation "Newsdesk").
// One object for the whole application; `changed` tells views to pick up a new preference.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Theme { System, Light, Dark };
    enum class ExternalLinks { Ask, Open, Copy };

    explicit Settings(QObject *parent = nullptr);
    ~Settings() override = default;

    // "en", "zh-CN" or "zh-HK": which variant of an article opens first.
    QString preferredLocale() const;
    void setPreferredLocale(const QString &locale);
    static QString systemReadingLocale();

    bool remoteImages() const;
    void setRemoteImages(bool allowed);

    Theme theme() const;
    void setTheme(Theme theme);

    qreal zoom() const;
    void setZoom(qreal factor);

    ExternalLinks externalLinks() const;
    void setExternalLinks(ExternalLinks behaviour);

    // "" follows the system; else "en", "zh_CN" or "zh_HK".
    QString uiLanguage() const;
    void setUiLanguage(const QString &language);

    bool offline() const;
    // Turning it off also ends an offline session; turning it on during one stores nothing.
    void setOffline(bool offline);
    // `newsdesk --offline`: offline for this run, the stored setting untouched; Work Offline ends it.
    void setOfflineThisSession();

    bool watchlistNotifications() const;
    void setWatchlistNotifications(bool enabled);

    // How long an article stays on screen before it counts as read (0: at once).
    int readDelayMs() const;
    void setReadDelayMs(int ms);

    // When a ticker's news count today is a buzz (the sidebar's and the ticker view's badge):
    // at least `factor` times its 30-day daily mean and at least `minimum` articles.
    // What the fetch service takes from here: offline, remote images.
    void applyTo(Net::FetchService &fetch) const;
    double buzzFactor() const;
    int buzzMinimumArticles() const;
    void setBuzzRule(double factor, int minimum);

    // How long articles are kept (forever by default); retentionschedule.h.
    RetentionRule retention() const;
    void setRetention(const RetentionRule &rule);

    // The weekly automatic backup (on by default) and its folder ("" : "backups" beside the library).
    bool autoBackup() const;
    void setAutoBackup(bool enabled);
    QString backupFolder() const;
    void setBackupFolder(const QString &folder);

    // Remembered state.
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QList<int> splitterSizes() const;
    QString sidebarSelection() const;
    QString lastArticleKey() const;
    QString lastArticleLocale() const;
    bool sampleOffered() const;
    void saveWindow(const QByteArray &geometry, const QByteArray &state, const QList<int> &splitter);
    void setSidebarSelection(const QString &selection);
    void setLastArticle(const QString &key, const QString &locale);
    void setSampleOffered(bool offered);

    void sync();

Q_SIGNALS:
    void changed();

private:
    bool m_offlineThisSession = false;

    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value, bool notify = true);
};

} // namespace Newsdesk::Ui
