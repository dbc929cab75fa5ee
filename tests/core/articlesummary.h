#pragma once

#include "core/article.h"

#include <QStringList>

// An Article as short strings a test row can spell out: what a reader of the article would see.
namespace ArticleSummary {

inline QString variants(const Newsdesk::Core::Article &a)
{
    QStringList out;
    for (const auto &v : a.variants)
        out.append(v.locale + u' ' + v.url.toString());
    return out.join(u"; "_qs);
}

inline QString stocks(const Newsdesk::Core::Article &a)
{
    QStringList out;
    for (const auto &s : a.relatedStocks)
        out.append(s.ticker + u'|' + s.key + u'|' + s.name + u'|' + s.url.toString());
    return out.join(u"; "_qs);
}

inline QString news(const Newsdesk::Core::Article &a)
{
    QStringList out;
    for (const auto &n : a.relatedNews)
        out.append(n.id + u'|' + n.title + u'|' + n.url.toString());
    return out.join(u"; "_qs);
}

inline QString extra(const Newsdesk::Core::Article &a)
{
    QStringList out;
    for (const auto &[key, value] : a.extra) {
        if (value.typeId() == QMetaType::QStringList)
            out.append(key + u"=[" + value.toStringList().join(u'|') + u']');
        else
            out.append(key + u'=' + value.toString());
    }
    return out.join(u"; "_qs);
}

} // namespace ArticleSummary
