#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Newsdesk::Test {

// One article as the test site publishes it (docs/format.md §2), in one or more locales.
struct ArticleSpec
{
    QString id; // news id: digits
    QString title; // the locale is appended for other locales: "Title [zh-CN]"
    QString summary;
    QDateTime published; // UTC
    QStringList locales{QStringLiteral("en")}; // the variants that exist
    QStringList images; // image paths or URLs, put into the body as ![](…)
    QStringList relatedStocks; // tickers ("AMZN.US")
    QString body; // extra markdown after the generated paragraph
};

// The document for one locale of `spec`, with every URL on `site` (the test server).
QByteArray articleDocument(const QUrl &site, const ArticleSpec &spec, const QString &locale);
QString articleTitle(const ArticleSpec &spec, const QString &locale);
QString articlePath(const ArticleSpec &spec, const QString &locale); // "/en/news/{id}.md"

// A news index (§4.1), one ticker's news page (§4.2), an RSS 2.0 and an Atom feed over `articles`.
QByteArray newsIndexDocument(const QUrl &site, const QString &locale, const QList<ArticleSpec> &articles);
QByteArray tickerNewsDocument(
    const QUrl &site, const QString &locale, const QString &ticker, const QList<ArticleSpec> &articles);
QByteArray rssFeed(const QUrl &site, const QString &locale, const QList<ArticleSpec> &articles);
QByteArray atomFeed(const QUrl &site, const QString &locale, const QList<ArticleSpec> &articles);

// Writes every locale of `spec` under `root` at its site path; false on an I/O error.
bool writeArticle(const QString &root, const QUrl &site, const ArticleSpec &spec);
bool writeFile(const QString &path, const QByteArray &bytes);

// A valid PNG of one colour (bytes differ with size and colour), built without Qt Gui.
QByteArray pngImage(int width, int height, quint32 rgb);
// A blank PNG of one bit per pixel: small files of huge dimensions (20000 × 20000 is about 60 KB).
QByteArray bilevelPng(int width, int height);

} // namespace Newsdesk::Test
