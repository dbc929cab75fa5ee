#pragma once

// Article values for the storage tests, built in the test (no parser involved).

#include "core/article.h"
#include "core/ticker.h"
#include "storage/library.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Newsdesk::Tests {

inline QDateTime utc(const char *iso)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

inline QUrl newsUrl(const QString &id, const QString &locale)
{
    return QUrl(QStringLiteral("https://longbridge.com/%1/news/%2.md").arg(locale, id));
}

inline Core::RelatedStock stock(const QString &ticker, const QString &name)
{
    return {ticker, Core::Ticker::keyFor(ticker), name,
        QUrl(QStringLiteral("https://longbridge.com/en/quote/%1.md").arg(ticker))};
}

// A news article shaped like the samples: key = news id, one locale, the text given.
inline Core::Article article(const QString &id, const QString &locale, const QString &title, const QDateTime &published,
    const QString &body = {}, const QString &summary = {})
{
    Core::Article a;
    a.key = id;
    a.locale = locale;
    a.title = title;
    a.type = QStringLiteral("News");
    a.url = newsUrl(id, locale);
    a.summary = summary;
    a.published = published;
    a.body = body;
    for (const char *variant : {"en", "zh-CN", "zh-HK"}) {
        const QString code = QString::fromLatin1(variant);
        a.variants.append({code, newsUrl(id, code)});
    }
    a.source = QStringLiteral("---\ntitle: \"%1\"\n---\n\n%2\n").arg(title, body);
    return a;
}

// The keys of listed rows, in the order shown.
inline QStringList keys(const QList<Storage::ListRow> &rows)
{
    QStringList result;
    for (const Storage::ListRow &row : rows)
        result.append(row.key);
    return result;
}

} // namespace Newsdesk::Tests
