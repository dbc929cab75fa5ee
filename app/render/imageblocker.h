#pragma once

#include <QSet>
#include <QString>

namespace Newsdesk::Render {

// Images the user's settings keep out of the page (remote images off, not stored in the library)
// as their alt text and a "Load image" link (newsdesk://load-image/…), instead of an empty grey
// box. `html` is a body the app rendered (every <img> points at newsdesk://image/); `stored` holds
// the sources that are in the library (QUrl::FullyEncoded), which stay images. No page script.
struct BlockedImages
{
    QString html;
    int blocked = 0;
};

BlockedImages blockImages(const QString &html, const QSet<QString> &stored);

} // namespace Newsdesk::Render
