#include "storage/articlecodec.h"

#include "core/ticker.h"
#include "core/tickerrole.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Newsdesk::Storage::Codec {

namespace {

QString toText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray arrayFrom(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

QString field(const QJsonValue &value, QLatin1StringView name)
{
    return value.toObject().value(name).toString();
}

void addText(QCryptographicHash &hash, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    const qint64 size = bytes.size();
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
    hash.addData(bytes);
}

} // namespace

QString variantsToJson(const QList<Core::LocaleVariant> &variants)
{
    QJsonArray array;
    for (const Core::LocaleVariant &variant : variants)
        array.append(QJsonObject{{u"locale"_qs, variant.locale}, {u"url"_qs, urlToText(variant.url)}});
    return toText(array);
}

QList<Core::LocaleVariant> variantsFromJson(const QString &json)
{
    QList<Core::LocaleVariant> variants;
    for (const QJsonValue &value : arrayFrom(json))
        variants.append(
            {field(value, QLatin1StringView("locale")), urlFromText(field(value, QLatin1StringView("url")))});
    return variants;
}

QString stocksToJson(const QList<Core::RelatedStock> &stocks)
{
    QJsonArray array;
    for (const Core::RelatedStock &stock : stocks) {
        array.append(QJsonObject{{u"ticker"_qs, stock.ticker}, {u"key"_qs, stock.key}, {u"name"_qs, stock.name},
            {u"url"_qs, urlToText(stock.url)}});
    }
    return toText(array);
}

QList<Core::RelatedStock> stocksFromJson(const QString &json)
{
    QList<Core::RelatedStock> stocks;
    for (const QJsonValue &value : arrayFrom(json)) {
        stocks.append({field(value, QLatin1StringView("ticker")), field(value, QLatin1StringView("key")),
            field(value, QLatin1StringView("name")), urlFromText(field(value, QLatin1StringView("url")))});
    }
    return stocks;
}

QString newsToJson(const QList<Core::RelatedNews> &news)
{
    QJsonArray array;
    for (const Core::RelatedNews &item : news) {
        array.append(QJsonObject{{u"id"_qs, item.id}, {u"title"_qs, item.title}, {u"url"_qs, urlToText(item.url)}});
    }
    return toText(array);
}

QList<Core::RelatedNews> newsFromJson(const QString &json)
{
    QList<Core::RelatedNews> news;
    for (const QJsonValue &value : arrayFrom(json)) {
        news.append({field(value, QLatin1StringView("id")), field(value, QLatin1StringView("title")),
            urlFromText(field(value, QLatin1StringView("url")))});
    }
    return news;
}

QString stringsToJson(const QStringList &strings)
{
    return toText(QJsonArray::fromStringList(strings));
}

QString numbersToJson(const QList<qint64> &numbers)
{
    QString json(u'[');
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (i > 0)
            json += u',';
        json += QString::number(numbers.at(i));
    }
    return json + u']';
}

QStringList stringsFromJson(const QString &json)
{
    QStringList strings;
    for (const QJsonValue &value : arrayFrom(json))
        strings.append(value.toString());
    return strings;
}

QString extraToJson(const QList<std::pair<QString, QVariant>> &extra)
{
    QJsonArray array;
    for (const auto &[key, value] : extra) {
        const QJsonValue json = value.typeId() == QMetaType::QStringList
            ? QJsonValue(QJsonArray::fromStringList(value.toStringList()))
            : QJsonValue(value.toString());
        array.append(QJsonArray{key, json});
    }
    return toText(array);
}

QList<std::pair<QString, QVariant>> extraFromJson(const QString &json)
{
    QList<std::pair<QString, QVariant>> extra;
    for (const QJsonValue &entry : arrayFrom(json)) {
        const QJsonArray pair = entry.toArray();
        const QJsonValue value = pair.at(1);
        if (value.isArray()) {
            QStringList strings;
            for (const QJsonValue &item : value.toArray())
                strings.append(item.toString());
            extra.append({pair.at(0).toString(), QVariant(strings)});
        } else {
            extra.append({pair.at(0).toString(), QVariant(value.toString())});
        }
    }
    return extra;
}

QString urlToText(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

QUrl urlFromText(const QString &text)
{
    return text.isEmpty() ? QUrl() : QUrl::fromEncoded(text.toUtf8());
}

QVariant timeToValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFromValue(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString displayTickers(const Core::Article &article)
{
    QStringList spellings;
    for (const Core::ArticleTicker &ticker : Core::classifyTickers(article)) {
        if (ticker.ticker.isEmpty())
            continue;
        QString spelling = ticker.ticker;
        spelling.replace(u' ', u'_');
        spellings.append(spelling);
    }
    return spellings.join(u' ');
}

QByteArray contentHash(const Core::Article &a)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (const QString &text : {a.key, a.locale, a.title, a.type, urlToText(a.url), a.summary,
             a.published.isValid() ? QString::number(a.published.toMSecsSinceEpoch()) : QString(),
             variantsToJson(a.variants), stocksToJson(a.relatedStocks), newsToJson(a.relatedNews),
             stringsToJson(a.mentions), a.body, extraToJson(a.extra), stringsToJson(a.warnings), a.source}) {
        addText(hash, text);
    }
    return hash.result();
}

} // namespace Newsdesk::Storage::Codec
