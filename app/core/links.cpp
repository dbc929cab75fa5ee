#include "core/links.h"

#include "core/article.h"
#include "core/asciidigits_p.h"
#include "core/ticker.h"

#include <QStringList>

namespace Newsdesk::Core {

namespace {

constexpr qsizetype maxNewsIdDigits = 20;

bool isAsciiLetters(QStringView s)
{
    for (QChar c : s) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return !s.isEmpty();
}

// A path segment that names a locale: "en", "zh-CN", "zh_hk", "zh-Hant", "en-US".
bool isLocaleSegment(QStringView s)
{
    if (s.size() == 2)
        return s.compare(u"en", Qt::CaseInsensitive) == 0 || s.compare(u"zh", Qt::CaseInsensitive) == 0;
    if (s.size() < 5 || s.size() > 10 || (s.at(2) != u'-' && s.at(2) != u'_'))
        return false;
    if (!isAsciiLetters(s.first(2)) || !isAsciiLetters(s.sliced(3)))
        return false;
    const QString normal = normalizeLocale(s.toString());
    return normal == u"en" || normal == u"zh-CN" || normal == u"zh-HK" || s.sliced(3).size() == 2;
}

bool isWebOrRelative(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme.isEmpty() || scheme == u"http" || scheme == u"https";
}

// The path's segments without the ".md"/"/llms.txt"/"index" twin suffixes and empty segments.
QStringList pathSegments(const QUrl &url)
{
    QStringList segments = url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
    if (!segments.isEmpty() && segments.last() == u"llms.txt")
        segments.removeLast();
    if (!segments.isEmpty() && segments.last().endsWith(u".md", Qt::CaseInsensitive)) {
        segments.last().chop(3);
        if (segments.last().isEmpty() || segments.last() == u"index")
            segments.removeLast();
    }
    return segments;
}

} // namespace

LinkTarget classifyLink(const QUrl &url)
{
    LinkTarget target;
    target.url = url;
    if (!url.isValid() || url.isEmpty())
        return target;
    target.kind = LinkTarget::Kind::External;
    if (!isWebOrRelative(url))
        return target;
    const QStringList segments = pathSegments(url);
    qsizetype start = 0;
    if (!segments.isEmpty() && isLocaleSegment(segments.first())) {
        target.locale = normalizeLocale(segments.first());
        start = 1;
    }
    for (qsizetype i = start; i + 1 < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        const QString &next = segments.at(i + 1);
        if (segment == u"news" && allAsciiDigits(next) && next.size() <= maxNewsIdDigits) {
            target.kind = LinkTarget::Kind::News;
            target.newsId = next;
            return target;
        }
        if (segment == u"quote") {
            if (const auto ticker = Ticker::parse(next)) {
                target.kind = LinkTarget::Kind::Ticker;
                target.ticker = ticker->text();
                return target;
            }
        }
    }
    return target;
}

QString newsIdFromUrl(const QUrl &url)
{
    const LinkTarget target = classifyLink(url);
    return target.kind == LinkTarget::Kind::News ? target.newsId : QString();
}

bool isPrimaryNewsHost(const QString &host)
{
    static constexpr QStringView primary[] = {u"longbridge.com", u"longportapp.com", u"longbridgeapp.com"};
    const QString lower = host.toLower();
    for (QStringView domain : primary) {
        if (lower == domain || (lower.endsWith(domain) && lower.at(lower.size() - domain.size() - 1) == u'.'))
            return true;
    }
    return false;
}

QString siteOf(const QUrl &url)
{
    QString host = url.host(QUrl::FullyDecoded).toLower();
    if (host.isEmpty())
        return {};
    if (isPrimaryNewsHost(host))
        return u"longbridge.com"_qs;
    if (host.startsWith(u"www.") && host.size() > 4) // "www." alone is a host of its own
        host = host.sliced(4);
    const QString scheme = url.scheme().toLower();
    const int port = url.port();
    if (port > 0 && !((scheme == u"http" && port == 80) || (scheme == u"https" && port == 443)))
        host += u':' + QString::number(port);
    return host;
}

bool sameSite(const QUrl &a, const QUrl &b)
{
    const QString site = siteOf(a);
    return !site.isEmpty() && site == siteOf(b);
}

QString documentKeyForUrl(const QUrl &url)
{
    if (!url.isValid() || url.isEmpty())
        return {};
    const QString site = siteOf(url);
    const LinkTarget target = classifyLink(url);
    if (target.kind == LinkTarget::Kind::News)
        return site.isEmpty() || isPrimaryNewsHost(url.host()) ? target.newsId : site + u"/news/" + target.newsId;
    QStringList segments = pathSegments(url);
    if (!segments.isEmpty() && isLocaleSegment(segments.first()))
        segments.removeFirst();
    QString path = segments.join(u'/');
    if (url.hasQuery() && !url.query().isEmpty())
        path += u'?' + url.query();
    if (site.isEmpty())
        return path.isEmpty() ? QString() : u"/"_qs + path;
    return path.isEmpty() ? site : site + u'/' + path;
}

namespace AppUrl {

namespace {

QUrl make(QStringView host, const QString &value, const QString &query = {})
{
    QUrl url;
    url.setScheme(QString::fromUtf16(scheme));
    url.setHost(host.toString());
    // One path segment whatever the value holds: "/" and everything else not unreserved is encoded.
    url.setPath(u"/"_qs + QString::fromLatin1(QUrl::toPercentEncoding(value)), QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query, QUrl::StrictMode);
    return url;
}

QString queryPart(const QString &name, const QString &value)
{
    return name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString queryValue(const QUrl &url, QStringView name)
{
    const QString query = url.query(QUrl::FullyEncoded);
    for (QStringView part : QStringView(query).split(u'&')) {
        if (part.startsWith(name) && part.size() > name.size() && part.at(name.size()) == u'=')
            return QUrl::fromPercentEncoding(part.sliced(name.size() + 1).toLatin1());
    }
    return {};
}

} // namespace

QUrl articlePage(const QString &documentKey, const QString &locale)
{
    return make(u"article", documentKey, locale.isEmpty() ? QString() : queryPart(u"locale"_qs, locale));
}

QUrl articlePage(const QString &documentKey, const QString &locale, const QString &find)
{
    if (find.trimmed().isEmpty())
        return articlePage(documentKey, locale);
    QStringList query;
    if (!locale.isEmpty())
        query.append(queryPart(u"locale"_qs, locale));
    query.append(queryPart(u"find"_qs, find));
    return make(u"article", documentKey, query.join(u'&'));
}

QUrl sourcePage(const QString &documentKey, const QString &locale)
{
    return make(u"source", documentKey, locale.isEmpty() ? QString() : queryPart(u"locale"_qs, locale));
}

QUrl news(const QString &newsId)
{
    return make(u"news", newsId);
}

QUrl ticker(const QString &tickerText)
{
    return make(u"ticker", tickerText);
}

QUrl fullArticle(const QString &documentKey)
{
    return make(u"full-article", documentKey);
}

namespace {

QUrl imageUrl(const QString &host, const QUrl &source)
{
    QUrl url;
    url.setScheme(QString::fromUtf16(scheme));
    url.setHost(host);
    url.setPath(u"/"_qs);
    url.setQuery(queryPart(u"src"_qs, source.toString(QUrl::FullyEncoded)), QUrl::StrictMode);
    return url;
}

} // namespace

QUrl image(const QUrl &source)
{
    return imageUrl(u"image"_qs, source);
}

QUrl loadImage(const QUrl &source)
{
    return imageUrl(u"load-image"_qs, source);
}

QUrl resource(const QString &name)
{
    return make(u"resource", name);
}

bool isAppUrl(const QUrl &url)
{
    return url.scheme().compare(QStringView(scheme), Qt::CaseInsensitive) == 0;
}

Parsed parse(const QUrl &url)
{
    Parsed parsed;
    if (!isAppUrl(url) || !url.isValid())
        return parsed;
    const QString host = url.host().toLower();
    if (host == u"image" || host == u"load-image") {
        const QString src = queryValue(url, u"src");
        if (src.isEmpty())
            return parsed;
        parsed.kind = host == u"image" ? Parsed::Kind::Image : Parsed::Kind::LoadImage;
        parsed.value = src;
        return parsed;
    }
    QString encodedPath = url.path(QUrl::FullyEncoded);
    if (encodedPath.startsWith(u'/'))
        encodedPath.remove(0, 1);
    const QString value = QUrl::fromPercentEncoding(encodedPath.toLatin1());
    if (value.isEmpty())
        return parsed;
    if (host == u"article")
        parsed.kind = Parsed::Kind::ArticlePage;
    else if (host == u"source")
        parsed.kind = Parsed::Kind::SourcePage;
    else if (host == u"news")
        parsed.kind = Parsed::Kind::News;
    else if (host == u"ticker")
        parsed.kind = Parsed::Kind::Ticker;
    else if (host == u"full-article")
        parsed.kind = Parsed::Kind::FullArticle;
    else if (host == u"resource")
        parsed.kind = Parsed::Kind::Resource;
    else
        return parsed;
    parsed.value = value;
    if (parsed.kind == Parsed::Kind::ArticlePage || parsed.kind == Parsed::Kind::SourcePage)
        parsed.locale = queryValue(url, u"locale");
    if (parsed.kind == Parsed::Kind::ArticlePage)
        parsed.find = queryValue(url, u"find");
    return parsed;
}

} // namespace AppUrl

} // namespace Newsdesk::Core
