#include "ui/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcUiLanguage, "newsdesk.ui.language")

namespace Newsdesk::Ui {

namespace {

QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;

} // namespace

QString UiLanguage::resolve(const QString &setting)
{
    if (setting == u"en" || setting == u"zh_CN" || setting == u"zh_HK")
        return setting;
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QLocale locale(name);
        if (locale.language() == QLocale::English)
            return QStringLiteral("en");
        if (locale.language() == QLocale::Chinese) {
            const bool traditional = locale.script() == QLocale::TraditionalChineseScript
                || locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Taiwan
                || locale.territory() == QLocale::Macau;
            return traditional ? QStringLiteral("zh_HK") : QStringLiteral("zh_CN");
        }
    }
    return QStringLiteral("en");
}

QString UiLanguage::install(const QString &setting)
{
    const QString language = resolve(setting);
    if (g_app) {
        QCoreApplication::removeTranslator(g_app);
        delete g_app;
        g_app = nullptr;
    }
    if (g_qt) {
        QCoreApplication::removeTranslator(g_qt);
        delete g_qt;
        g_qt = nullptr;
    }
    if (language == u"en") {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // English has only its plural forms to translate ("1 article", "2 articles").
        g_app = new QTranslator;
        if (g_app->load(QStringLiteral(":/i18n/newsdesk_en.qm"))) {
            QCoreApplication::installTranslator(g_app);
        } else {
            delete g_app;
            g_app = nullptr;
        }
        return language;
    }
    QLocale::setDefault(QLocale(language));
    g_app = new QTranslator;
    if (!g_app->load(u":/i18n/newsdesk_" + language + u".qm")) {
        qCWarning(lcUiLanguage) << "no embedded translation for" << language;
        delete g_app;
        g_app = nullptr;
        return language;
    }
    QCoreApplication::installTranslator(g_app);
    g_qt = new QTranslator;
    // Qt ships zh_TW for Traditional Chinese; it reads well in Hong Kong too.
    const QString qtName = language == u"zh_HK" ? QStringLiteral("qt_zh_TW") : u"qt_" + language;
    if (g_qt->load(qtName, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(g_qt);
    } else {
        delete g_qt;
        g_qt = nullptr;
    }
    return language;
}

} // namespace Newsdesk::Ui
