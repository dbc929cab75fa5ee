#pragma once

#include <QString>

class QTranslator;

namespace Newsdesk::Ui {

// The interface language: the setting ("en", "zh_CN", "zh_HK"), else the system's. Installs the
// app's embedded translation and Qt's own (standard dialogs) on the application.
class UiLanguage final
{
public:
    // "en", "zh_CN" or "zh_HK" for a setting value ("" = follow the system).
    static QString resolve(const QString &setting);
    // Replaces the installed translators; returns the language now in use.
    static QString install(const QString &setting);
};

} // namespace Newsdesk::Ui
