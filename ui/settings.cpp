#include "ui/settings.h"

#include "core/article.h"
#include "net/fetchservice.h"

#include <QLocale>
#include <QSettings>

#include <utility>

namespace Newsdesk::Ui {

namespace {

QString themeName(Settings::Theme theme)
{
    switch (theme) {
    case Settings::Theme::Light:
        return QStringLiteral("light");
    case Settings::Theme::Dark:
        return QStringLiteral("dark");
    case Settings::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

QString linksName(Settings::ExternalLinks links)
{
    switch (links) {
    case Settings::ExternalLinks::Open:
        return QStringLiteral("open");
    case Settings::ExternalLinks::Copy:
        return QStringLiteral("copy");
    case Settings::ExternalLinks::Ask:
        break;
    }
    return QStringLiteral("ask");
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
{
}

QVariant Settings::value(const QString &key, const QVariant &fallback) const
{
    return QSettings().value(key, fallback);
}

void Settings::setValue(const QString &key, const QVariant &v, bool notify)
{
    QSettings settings;
    if (settings.contains(key) && settings.value(key) == v)
        return;
    settings.setValue(key, v);
    if (notify)
        Q_EMIT changed();
}

QString Settings::systemReadingLocale()
{
    const QLocale system;
    if (system.language() != QLocale::Chinese)
        return QStringLiteral("en");
    if (system.script() == QLocale::TraditionalChineseScript || system.territory() == QLocale::HongKong
        || system.territory() == QLocale::Taiwan || system.territory() == QLocale::Macau)
        return QStringLiteral("zh-HK");
    return QStringLiteral("zh-CN");
}

QString Settings::preferredLocale() const
{
    const QString stored = Core::normalizeLocale(value(QStringLiteral("reading/preferredLocale")).toString());
    if (stored == u"en" || stored == u"zh-CN" || stored == u"zh-HK")
        return stored;
    return systemReadingLocale();
}

void Settings::setPreferredLocale(const QString &locale)
{
    setValue(QStringLiteral("reading/preferredLocale"), Core::normalizeLocale(locale));
}

bool Settings::remoteImages() const
{
    return value(QStringLiteral("reading/remoteImages"), false).toBool();
}

void Settings::setRemoteImages(bool allowed)
{
    setValue(QStringLiteral("reading/remoteImages"), allowed);
}

Settings::Theme Settings::theme() const
{
    const QString name = value(QStringLiteral("appearance/theme")).toString();
    if (name == u"light")
        return Theme::Light;
    if (name == u"dark")
        return Theme::Dark;
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    setValue(QStringLiteral("appearance/theme"), themeName(theme));
}

qreal Settings::zoom() const
{
    const qreal z = value(QStringLiteral("reading/zoom"), 1.0).toDouble();
    return (z >= 0.5 && z <= 3.0) ? z : 1.0;
}

void Settings::setZoom(qreal factor)
{
    setValue(QStringLiteral("reading/zoom"), qBound(0.5, factor, 3.0));
}

Settings::ExternalLinks Settings::externalLinks() const
{
    const QString name = value(QStringLiteral("reading/externalLinks")).toString();
    if (name == u"open")
        return ExternalLinks::Open;
    if (name == u"copy")
        return ExternalLinks::Copy;
    return ExternalLinks::Ask;
}

void Settings::setExternalLinks(ExternalLinks behaviour)
{
    setValue(QStringLiteral("reading/externalLinks"), linksName(behaviour));
}

QString Settings::uiLanguage() const
{
    const QString lang = value(QStringLiteral("appearance/uiLanguage")).toString();
    if (lang == u"en" || lang == u"zh_CN" || lang == u"zh_HK")
        return lang;
    return {};
}

void Settings::setUiLanguage(const QString &language)
{
    setValue(QStringLiteral("appearance/uiLanguage"), language);
}

bool Settings::offline() const
{
    return m_offlineThisSession || value(QStringLiteral("network/offline"), false).toBool();
}

void Settings::setOffline(bool offline)
{
    if (m_offlineThisSession) {
        if (offline)
            return;
        m_offlineThisSession = false;
        setValue(QStringLiteral("network/offline"), false, false);
        Q_EMIT changed();
        return;
    }
    setValue(QStringLiteral("network/offline"), offline);
}

void Settings::setOfflineThisSession()
{
    if (std::exchange(m_offlineThisSession, true))
        return;
    Q_EMIT changed();
}

bool Settings::watchlistNotifications() const
{
    return value(QStringLiteral("network/watchlistNotifications"), true).toBool();
}

void Settings::setWatchlistNotifications(bool enabled)
{
    setValue(QStringLiteral("network/watchlistNotifications"), enabled);
}

int Settings::readDelayMs() const
{
    return qBound(0, value(QStringLiteral("reading/readDelayMs"), 1500).toInt(), 60000);
}

void Settings::setReadDelayMs(int ms)
{
    setValue(QStringLiteral("reading/readDelayMs"), qBound(0, ms, 60000));
}

double Settings::buzzFactor() const
{
    return qBound(1.0, value(QStringLiteral("tickers/buzzFactor"), 2.0).toDouble(), 20.0);
}

int Settings::buzzMinimumArticles() const
{
    return qBound(1, value(QStringLiteral("tickers/buzzMinimum"), 3).toInt(), 1000);
}

void Settings::setBuzzRule(double factor, int minimum)
{
    setValue(QStringLiteral("tickers/buzzFactor"), qBound(1.0, factor, 20.0));
    setValue(QStringLiteral("tickers/buzzMinimum"), qBound(1, minimum, 1000));
}

RetentionRule Settings::retention() const
{
    const QString unit = value(QStringLiteral("library/keepUnit")).toString();
    const int count = qBound(0, value(QStringLiteral("library/keepCount"), 0).toInt(), 9999);
    if (count == 0 || (unit != u"days" && unit != u"months"))
        return {};
    return {unit == u"days" ? RetentionRule::Unit::Days : RetentionRule::Unit::Months, count};
}

void Settings::setRetention(const RetentionRule &rule)
{
    const bool keepAll = rule.unit == RetentionRule::Unit::Forever || rule.count <= 0;
    setValue(QStringLiteral("library/keepUnit"),
        keepAll                                      ? QStringLiteral("forever")
            : rule.unit == RetentionRule::Unit::Days ? QStringLiteral("days")
                                                     : QStringLiteral("months"));
    setValue(QStringLiteral("library/keepCount"), keepAll ? 0 : qBound(1, rule.count, 9999));
}

bool Settings::autoBackup() const
{
    return value(QStringLiteral("library/autoBackup"), true).toBool();
}

void Settings::setAutoBackup(bool enabled)
{
    setValue(QStringLiteral("library/autoBackup"), enabled);
}

QString Settings::backupFolder() const
{
    return value(QStringLiteral("library/backupFolder")).toString();
}

void Settings::setBackupFolder(const QString &folder)
{
    setValue(QStringLiteral("library/backupFolder"), folder.trimmed());
}

QByteArray Settings::windowGeometry() const
{
    return value(QStringLiteral("state/geometry")).toByteArray();
}

QByteArray Settings::windowState() const
{
    return value(QStringLiteral("state/windowState")).toByteArray();
}

QList<int> Settings::splitterSizes() const
{
    QList<int> sizes;
    const QVariantList list = value(QStringLiteral("state/splitter")).toList();
    for (const QVariant &v : list)
        sizes.append(v.toInt());
    return sizes;
}

QString Settings::sidebarSelection() const
{
    return value(QStringLiteral("state/sidebar")).toString();
}

QString Settings::lastArticleKey() const
{
    return value(QStringLiteral("state/lastArticle")).toString();
}

QString Settings::lastArticleLocale() const
{
    return value(QStringLiteral("state/lastArticleLocale")).toString();
}

bool Settings::sampleOffered() const
{
    return value(QStringLiteral("state/sampleOffered"), false).toBool();
}

void Settings::saveWindow(const QByteArray &geometry, const QByteArray &state, const QList<int> &splitter)
{
    QVariantList sizes;
    for (int s : splitter)
        sizes.append(s);
    setValue(QStringLiteral("state/geometry"), geometry, false);
    setValue(QStringLiteral("state/windowState"), state, false);
    setValue(QStringLiteral("state/splitter"), sizes, false);
}

void Settings::setSidebarSelection(const QString &selection)
{
    setValue(QStringLiteral("state/sidebar"), selection, false);
}

void Settings::setLastArticle(const QString &key, const QString &locale)
{
    setValue(QStringLiteral("state/lastArticle"), key, false);
    setValue(QStringLiteral("state/lastArticleLocale"), locale, false);
}

void Settings::setSampleOffered(bool offered)
{
    setValue(QStringLiteral("state/sampleOffered"), offered, false);
}

void Settings::sync()
{
    QSettings().sync();
}

void Settings::applyTo(Net::FetchService &fetch) const
{
    fetch.setOffline(offline());
    Net::FetchSettings fetchSettings = fetch.settings();
    fetchSettings.allowRemoteImages = remoteImages();
    fetch.setSettings(fetchSettings);
}

} // namespace Newsdesk::Ui
