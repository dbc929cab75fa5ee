#include "support/testdocuments.h"

#include "support/testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Newsdesk::Test {

namespace {

QByteArray quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_qs).replace(u'"', u"\\\""_qs);
    return '"' + escaped.toUtf8() + '"';
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray bigEndian(quint32 v)
{
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i)
        out[i] = char((v >> (8 * (3 - i))) & 0xFFu);
    return out;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    return bigEndian(quint32(data.size())) + type + data + bigEndian(TestHttpServer::crc32(type + data));
}

} // namespace

QString articleTitle(const ArticleSpec &spec, const QString &locale)
{
    return locale == u"en" ? spec.title : spec.title + u" [" + locale + u']';
}

QString articlePath(const ArticleSpec &spec, const QString &locale)
{
    return u'/' + locale + u"/news/" + spec.id + u".md";
}

QByteArray articleDocument(const QUrl &site, const ArticleSpec &spec, const QString &locale)
{
    QByteArray doc = "---\n";
    doc += "title: " + quoted(articleTitle(spec, locale)) + '\n';
    doc += "type: \"News\"\n";
    doc += "locale: " + quoted(locale) + '\n';
    doc += "url: " + quoted(site.resolved(QUrl(articlePath(spec, locale))).toString()) + '\n';
    doc += "description: " + quoted(spec.summary.isEmpty() ? spec.title + u" summary" : spec.summary) + '\n';
    if (spec.published.isValid())
        doc += "datetime: " + quoted(isoTime(spec.published)) + '\n';
    doc += "locales:\n";
    for (const QString &other : spec.locales)
        doc += "  - [" + other.toUtf8() + "](" + site.resolved(QUrl(articlePath(spec, other))).toEncoded() + ")\n";
    doc += "---\n\n";
    doc += "# " + articleTitle(spec, locale).toUtf8() + "\n\n";
    doc += "The body of article " + spec.id.toUtf8() + " in " + locale.toUtf8() + ".\n\n";
    for (const QString &image : spec.images) {
        const QUrl imageUrl = site.resolved(QUrl(image));
        doc += "![figure](" + imageUrl.toEncoded() + ")\n\n";
    }
    if (!spec.body.isEmpty())
        doc += spec.body.toUtf8() + "\n\n";
    if (!spec.relatedStocks.isEmpty()) {
        doc += "### Related Stocks\n\n";
        for (const QString &ticker : spec.relatedStocks)
            doc += "- [" + ticker.toUtf8() + " Inc (" + ticker.toUtf8() + ")]("
                + site.resolved(QUrl(u'/' + locale + u"/quote/" + ticker + u".md")).toEncoded() + ")\n";
        doc += '\n';
    }
    return doc;
}

QByteArray newsIndexDocument(const QUrl &site, const QString &locale, const QList<ArticleSpec> &articles)
{
    QByteArray doc = "# Longbridge News\n\n";
    for (const ArticleSpec &spec : articles) {
        doc += "- [" + articleTitle(spec, locale).toUtf8() + "]("
            + site.resolved(QUrl(articlePath(spec, locale))).toEncoded() + ")\n";
        if (spec.published.isValid())
            doc += "  - Datetime: " + isoTime(spec.published).toUtf8() + '\n';
        doc += "  - Summary: " + (spec.title + u" summary").toUtf8() + '\n';
    }
    return doc;
}

QByteArray tickerNewsDocument(
    const QUrl &site, const QString &locale, const QString &ticker, const QList<ArticleSpec> &articles)
{
    QByteArray doc = "---\n";
    doc += "title: " + quoted(ticker + u" News") + '\n';
    doc += "type: \"Symbol\"\n";
    doc += "symbol: " + quoted(ticker) + '\n';
    doc += "name: " + quoted(ticker + u" Inc") + '\n';
    doc += "parent: " + quoted(site.resolved(QUrl(u'/' + locale + u"/quote/" + ticker + u".md")).toString()) + '\n';
    doc += "---\n\n";
    for (const ArticleSpec &spec : articles) {
        doc += "### [" + articleTitle(spec, locale).toUtf8() + "]("
            + site.resolved(QUrl(articlePath(spec, locale))).toEncoded() + ")\n";
        if (spec.published.isValid())
            doc += '*' + isoTime(spec.published).toUtf8() + "*\n";
        doc += "> " + (spec.title + u" summary").toUtf8() + "\n\n";
    }
    return doc;
}

QByteArray rssFeed(const QUrl &site, const QString &locale, const QList<ArticleSpec> &articles)
{
    QByteArray doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n"
                     "<title>Test news</title><link>"
        + site.toEncoded() + "</link>\n";
    for (const ArticleSpec &spec : articles) {
        doc += "<item><title>" + xmlEscaped(articleTitle(spec, locale)) + "</title><link>"
            + xmlEscaped(site.resolved(QUrl(articlePath(spec, locale))).toString()) + "</link>";
        if (spec.published.isValid())
            doc += "<pubDate>"
                + QLocale::c().toString(spec.published.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss '+0000'").toUtf8()
                + "</pubDate>";
        doc += "</item>\n";
    }
    doc += "</channel></rss>\n";
    return doc;
}

QByteArray atomFeed(const QUrl &site, const QString &locale, const QList<ArticleSpec> &articles)
{
    QByteArray doc = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                     "<title>Test news</title><id>"
        + site.toEncoded() + "</id>\n";
    for (const ArticleSpec &spec : articles) {
        doc += "<entry><title>" + xmlEscaped(articleTitle(spec, locale)) + "</title><link href=\""
            + xmlEscaped(site.resolved(QUrl(articlePath(spec, locale))).toString()) + "\"/>";
        if (spec.published.isValid())
            doc += "<updated>" + isoTime(spec.published).toUtf8() + "</updated>";
        doc += "<id>urn:news:" + spec.id.toUtf8() + "</id></entry>\n";
    }
    doc += "</feed>\n";
    return doc;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool writeArticle(const QString &root, const QUrl &site, const ArticleSpec &spec)
{
    for (const QString &locale : spec.locales) {
        if (!writeFile(root + articlePath(spec, locale), articleDocument(site, spec, locale)))
            return false;
    }
    return true;
}

QByteArray pngImage(int width, int height, quint32 rgb)
{
    QByteArray raw;
    raw.reserve(height * (1 + 3 * width));
    for (int y = 0; y < height; ++y) {
        raw += '\0'; // filter: none
        for (int x = 0; x < width; ++x) {
            raw += char((rgb >> 16) & 0xFFu);
            raw += char((rgb >> 8) & 0xFFu);
            raw += char(rgb & 0xFFu);
        }
    }
    const QByteArray zlib = qCompress(raw).mid(4); // strip Qt's length prefix: a zlib stream remains
    QByteArray header = bigEndian(quint32(width)) + bigEndian(quint32(height));
    header += QByteArray("\x08\x02\x00\x00\x00", 5); // 8-bit RGB, no interlace
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", zlib)
        + pngChunk("IEND", {});
}

QByteArray bilevelPng(int width, int height)
{
    const qsizetype rowBytes = 1 + (width + 7) / 8; // the filter byte, then the bits
    const QByteArray raw(rowBytes * height, '\0');
    const QByteArray zlib = qCompress(raw, 9).mid(4);
    QByteArray header = bigEndian(quint32(width)) + bigEndian(quint32(height));
    header += QByteArray("\x01\x00\x00\x00\x00", 5); // 1-bit greyscale, no interlace
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", zlib)
        + pngChunk("IEND", {});
}

} // namespace Newsdesk::Test
