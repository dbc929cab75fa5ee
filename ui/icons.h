#pragma once

#include <QIcon>
#include <QString>

namespace Newsdesk::Ui {

// The app's toolbar and menu icons: monochrome SVGs from resources/icons, tinted with the
// current palette's text colour so they read in light and dark themes.
class Icons final
{
public:
    static QIcon get(const QString &name);
};

} // namespace Newsdesk::Ui
