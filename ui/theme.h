#pragma once

#include "ui/settings.h"

#include <QPalette>

namespace Newsdesk::Ui {

// Applies the theme setting to the application: System keeps the platform's palette and style,
// Light and Dark use Fusion with a palette of that kind. The page follows isDark().
class Theme final
{
public:
    // Remembers the platform's palette and style; call once after QApplication exists.
    static void captureSystemDefaults();
    static void apply(Settings::Theme theme);
    static bool isDark();
    static bool isDark(const QPalette &palette);
    static QPalette darkPalette();
    static QPalette lightPalette();
};

} // namespace Newsdesk::Ui
