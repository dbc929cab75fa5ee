#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <utility>

namespace Newsdesk::Core {

// One language version of a document, as its front matter's `locales` list names it.
struct LocaleVariant
{
    QString locale; // "en", "zh-CN", "zh-HK", or whatever the document says
    QUrl url;
    friend bool operator==(const LocaleVariant &, const LocaleVariant &) = default;
};

struct RelatedStock
{
    QString ticker; // as written in the link's /quote/{TICKER} path, e.g. "0700.HK"
    QString key; // comparison key, Ticker::keyFor(ticker), e.g. "700.HK"
    QString name; // display name without the "(TICKER)" suffix
    QUrl url;
    friend bool operator==(const RelatedStock &, const RelatedStock &) = default;
};

struct RelatedNews
{
    QString id; // news id when the URL has /news/{id}, else empty
    QString title;
    QUrl url;
    friend bool operator==(const RelatedNews &, const RelatedNews &) = default;
};

// A parsed news document in one locale. A value type: cheap to copy, no behaviour.
struct Article
{
    QString key; // document key: the news id, else the canonical URL without its locale segment
    QString locale; // normalised: "en", "zh-CN", "zh-HK"; empty when unknown
    QString title;
    QString type; // as written ("News", "Symbol", "quote"...)
    QUrl url; // canonical URL
    QString summary;
    QDateTime published; // UTC; invalid when the document has none
    QList<LocaleVariant> variants;
    QList<RelatedStock> relatedStocks;
    QList<RelatedNews> relatedNews;
    QStringList mentions; // tickers mentioned in running text, as written, unique by key, in order
    QString body; // markdown without front matter, language line, title H1, Related sections
    // Other front-matter keys as-is (QString or QStringList), in document order; the ticker synonyms
    // `symbol`/`tickers` are normalised to one key "tickers" (QStringList).
    QList<std::pair<QString, QVariant>> extra;
    QStringList warnings; // what the tolerant parser had to repair or skip
    QString source; // the original document text, front matter included

    friend bool operator==(const Article &, const Article &) = default;
};

// Native names of the three known locales ("English", "简体中文", "繁體中文"); the code otherwise.
QString localeNativeName(const QString &locale);

// "zh_cn", "ZH-hk", "zh-Hans", "en-US" → "zh-CN", "zh-HK", "zh-CN", "en"; unknown codes are kept.
QString normalizeLocale(const QString &locale);

} // namespace Newsdesk::Core
