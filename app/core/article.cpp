#include "core/article.h"

namespace Newsdesk::Core {

QString localeNativeName(const QString &locale)
{
    const QString normal = normalizeLocale(locale);
    if (normal == u"en")
        return QStringLiteral("English");
    if (normal == u"zh-CN")
        return QStringLiteral(u"简体中文");
    if (normal == u"zh-HK")
        return QStringLiteral(u"繁體中文");
    return locale;
}

QString normalizeLocale(const QString &locale)
{
    QString l = locale.trimmed();
    l.replace(u'_', u'-');
    const QString lower = l.toLower();
    if (lower == u"en" || lower.startsWith(u"en-"))
        return QStringLiteral("en");
    if (lower == u"zh-cn" || lower == u"zh-hans" || lower == u"zh-sg" || lower == u"zh-hans-cn" || lower == u"zh")
        return QStringLiteral("zh-CN");
    if (lower == u"zh-hk" || lower == u"zh-hant" || lower == u"zh-tw" || lower == u"zh-mo" || lower == u"zh-hant-hk"
        || lower == u"zh-hant-tw")
        return QStringLiteral("zh-HK");
    return l;
}

} // namespace Newsdesk::Core
