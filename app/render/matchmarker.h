#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Newsdesk::Render {

// Where a search's words are in an article body's HTML (safe HTML the app built), each one
// wrapped in <mark class="search-match" id="search-match-N"> (N from 1, in reading order) so the
// page shows them and the app can scroll to one by its fragment. Only text is marked: never inside
// a tag, an entity, code (<pre>, <code>), a link or an element the page does not show. A Latin
// term matches at the start of a word ("record" in "Recorded"), case-insensitively; a Chinese one
// anywhere (Chinese has no spaces between words).
struct MarkedHtml
{
    QString html;
    int count = 0;
};

MarkedHtml markMatches(QStringView html, const QStringList &terms);

QString matchAnchor(int number); // "search-match-N"

} // namespace Newsdesk::Render
