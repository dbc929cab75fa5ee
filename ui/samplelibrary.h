#pragma once

#include <QString>

namespace Newsdesk::Ui {

// The bundled sample library (resources/sample): articles written for the project, about
// fictional companies, in English, 简体中文 and 繁體中文, linking each other.
class SampleLibrary final
{
public:
    static QString path() { return QStringLiteral(":/sample"); }
};

} // namespace Newsdesk::Ui
