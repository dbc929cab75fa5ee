#pragma once

#include "core/article.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

// Internal to storage/: how the parts of an Article that are only displayed are kept in columns.
// Lists are JSON text on the article row (variants, related stocks and news, mentions, extra
// front-matter keys, warnings); tickers are also rows of article_tickers, for filtering.
namespace Newsdesk::Storage::Codec {

QString variantsToJson(const QList<Core::LocaleVariant> &variants);
QList<Core::LocaleVariant> variantsFromJson(const QString &json);
QString stocksToJson(const QList<Core::RelatedStock> &stocks);
QList<Core::RelatedStock> stocksFromJson(const QString &json);
QString newsToJson(const QList<Core::RelatedNews> &news);
QList<Core::RelatedNews> newsFromJson(const QString &json);
QString stringsToJson(const QStringList &strings);
QStringList stringsFromJson(const QString &json);
// Numbers (document or article ids) as a JSON array, for json_each() in a bound parameter.
QString numbersToJson(const QList<qint64> &numbers);
QString extraToJson(const QList<std::pair<QString, QVariant>> &extra);
QList<std::pair<QString, QVariant>> extraFromJson(const QString &json);

QString urlToText(const QUrl &url);
QUrl urlFromText(const QString &text);
QVariant timeToValue(const QDateTime &time); // ms since the epoch, or NULL
QDateTime timeFromValue(const QVariant &value);

// Primary tickers first, then related, then mentioned (Core::classifyTickers), one spelling per
// key, space-separated.
QString displayTickers(const Core::Article &article);

// Of everything stored for an article: equal hashes mean a re-import changes nothing.
QByteArray contentHash(const Core::Article &article);

} // namespace Newsdesk::Storage::Codec
