#include "cli/articlejson.h"

#include <QJsonArray>

namespace Newsdesk::Cli {

QString isoUtc(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

QJsonObject articleToJson(const Core::Article &article, Body body)
{
    QJsonArray locales;
    for (const Core::LocaleVariant &variant : article.variants)
        locales.append(QJsonObject{{u"locale"_qs, variant.locale}, {u"url"_qs, variant.url.toString()}});
    QJsonArray stocks;
    for (const Core::RelatedStock &stock : article.relatedStocks) {
        stocks.append(QJsonObject{{u"ticker"_qs, stock.ticker}, {u"key"_qs, stock.key}, {u"name"_qs, stock.name},
            {u"url"_qs, stock.url.toString()}});
    }
    QJsonArray news;
    for (const Core::RelatedNews &item : article.relatedNews) {
        news.append(QJsonObject{{u"id"_qs, item.id.isEmpty() ? QJsonValue() : QJsonValue(item.id)},
            {u"title"_qs, item.title}, {u"url"_qs, item.url.toString()}});
    }
    QJsonObject extra;
    for (const auto &[key, value] : article.extra) {
        extra.insert(key,
            value.typeId() == QMetaType::QStringList ? QJsonValue(QJsonArray::fromStringList(value.toStringList()))
                                                     : QJsonValue(value.toString()));
    }
    QJsonObject json{
        {u"key"_qs, article.key},
        {u"locale"_qs, article.locale},
        {u"title"_qs, article.title},
        {u"type"_qs, article.type},
        {u"url"_qs, article.url.toString()},
        {u"summary"_qs, article.summary},
        {u"published"_qs, article.published.isValid() ? QJsonValue(isoUtc(article.published)) : QJsonValue()},
        {u"locales"_qs, locales},
        {u"related_stocks"_qs, stocks},
        {u"related_news"_qs, news},
        {u"mentions"_qs, QJsonArray::fromStringList(article.mentions)},
        {u"warnings"_qs, QJsonArray::fromStringList(article.warnings)},
        {u"extra"_qs, extra},
    };
    if (body == Body::Include)
        json.insert(u"body_markdown"_qs, article.body);
    return json;
}

} // namespace Newsdesk::Cli
