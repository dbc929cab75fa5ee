#pragma once

#include <QString>
#include <QStringView>

#include <functional>

namespace Newsdesk::Render {

// Copies safe HTML (HTML the app built) to `out`, handing each run of text that a reader sees as
// prose to `markText` (which appends it, changed or not) and copying everything else as it is:
// tags, and the text inside code (<pre>, <code>), links and elements the page does not show.
// The runs are HTML-escaped text: an entity is never split when `markText` copies whole entities.
void rewriteProse(QStringView html, QString &out, const std::function<void(QStringView text, QString &out)> &markText);

} // namespace Newsdesk::Render
