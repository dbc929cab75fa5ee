#pragma once

#include "core/listpageparser.h"

#include <QStringList>

// A list page's articles as one line each: "id|title|url|published|summary".
inline QStringList describeRefs(const Newsdesk::Core::ListPage &page)
{
    QStringList out;
    for (const auto &r : page.articles)
        out.append(r.newsId + u'|' + r.title + u'|' + r.url.toString() + u'|' + r.published.toString(Qt::ISODateWithMs)
            + u'|' + r.summary);
    return out;
}
