#include "net/contentcheck.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStringDecoder>

namespace Newsdesk::Net {

Q_LOGGING_CATEGORY(lcContent, "newsdesk.net.content", QtInfoMsg)

namespace {

bool isMarkdownType(const QByteArray &mime)
{
    return mime == "text/markdown" || mime == "text/x-markdown" || mime == "text/plain";
}

bool isFeedType(const QByteArray &mime)
{
    return mime == "application/rss+xml" || mime == "application/atom+xml" || mime == "application/xml"
        || mime == "text/xml" || mime == "application/x-rss+xml" || mime == "application/rdf+xml"
        || mime == "application/feed+json" || mime == "application/json";
}

// Servers that ignore Accept send their HTML page whatever the type says.
bool looksLikeHtml(const QByteArray &body)
{
    QByteArray start = body.left(512).trimmed().toLower();
    if (start.startsWith("\xef\xbb\xbf"))
        start = start.mid(3).trimmed();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
        || (start.startsWith("<!--") && start.contains("<html"));
}

bool looksLikeXml(const QByteArray &body)
{
    const QByteArray start = body.left(256).trimmed();
    return start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed")
        || (start.startsWith("{") && start.contains("jsonfeed.org/version/"))
        || start.startsWith(QByteArrayView("\xFE\xFF", 2)) || start.startsWith(QByteArrayView("\xFF\xFE", 2))
        || start.startsWith(QByteArrayView("\x00\x3C", 2)) || start.startsWith(QByteArrayView("\x3C\x00", 2));
}

Error notMarkdown(const ContentType &type)
{
    if (type.mimeType == "text/html" || type.mimeType == "application/xhtml+xml" || type.mimeType.isEmpty())
        return Error::make(Error::Kind::NotMarkdown,
            QCoreApplication::translate(
                "Newsdesk::Net::ContentCheck", "the server answered with an HTML page, not a markdown document"));
    return Error::make(Error::Kind::NotMarkdown,
        QCoreApplication::translate(
            "Newsdesk::Net::ContentCheck", "the server answered with '%1', not a markdown document")
            .arg(QString::fromLatin1(type.mimeType)));
}

// Text in its declared charset, as UTF-8.
Result<QByteArray> toUtf8(const ContentType &type, const QByteArray &body)
{
    const QByteArray &charset = type.charset;
    if (charset.isEmpty() || charset == "utf-8" || charset == "utf8")
        return body;
    // Many servers label UTF-8 as Latin-1 or ASCII; Latin-1 text with accents is almost never valid
    // UTF-8, so valid UTF-8 under those labels is read as UTF-8.
    const bool latinLabel = charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii"
        || charset == "ascii" || charset == "iso_8859-1" || charset == "l1";
    if (latinLabel) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString asUtf8 = utf8(body);
        if (!utf8.hasError())
            return asUtf8.toUtf8();
        QStringDecoder latin1(QStringDecoder::Latin1);
        const QString text = latin1(body);
        return text.toUtf8();
    }
    QStringDecoder decoder(charset.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        qCInfo(lcContent) << "unsupported charset" << charset;
        return Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate(
                "Newsdesk::Net::ContentCheck", "the document is in the '%1' character set, which Newsdesk cannot read")
                .arg(QString::fromLatin1(charset)));
    }
    const QString text = decoder(body);
    if (decoder.hasError())
        return Error::make(Error::Kind::InvalidInput,
            QCoreApplication::translate("Newsdesk::Net::ContentCheck", "the document is not valid '%1' text")
                .arg(QString::fromLatin1(charset)));
    return text.toUtf8();
}

} // namespace

QByteArray acceptHeader(Expect expect)
{
    switch (expect) {
    case Expect::Markdown:
        return "text/markdown, text/x-markdown;q=0.9, text/plain;q=0.5";
    case Expect::ListPage:
        return "text/markdown, application/rss+xml, application/atom+xml, text/x-markdown;q=0.9, "
               "application/xml;q=0.8, text/xml;q=0.8, text/plain;q=0.5";
    case Expect::Image:
        return "image/avif, image/webp, image/png, image/jpeg, image/gif, image/*;q=0.8";
    }
    return {};
}

ContentType parseContentType(const QByteArray &header)
{
    ContentType type;
    const QList<QByteArray> parts = header.split(';');
    type.mimeType = parts.value(0).trimmed().toLower();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals <= 0 || parameter.left(equals).trimmed().toLower() != "charset")
            continue;
        QByteArray value = parameter.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        type.charset = value.toLower();
    }
    return type;
}

Result<QByteArray> checkContent(Expect expect, const ContentType &type, const QByteArray &body)
{
    switch (expect) {
    case Expect::Image:
        if (type.mimeType.isEmpty())
            return Error::make(Error::Kind::InvalidInput,
                QCoreApplication::translate(
                    "Newsdesk::Net::ContentCheck", "the server sent no content type, so it is not an image"));
        if (!type.mimeType.startsWith("image/"))
            return Error::make(Error::Kind::InvalidInput,
                QCoreApplication::translate(
                    "Newsdesk::Net::ContentCheck", "the server answered with '%1', not an image")
                    .arg(QString::fromLatin1(type.mimeType)));
        return body;
    case Expect::ListPage:
        if (isFeedType(type.mimeType)
            || ((type.mimeType.isEmpty() || type.mimeType == "application/octet-stream"
                    || type.mimeType == "text/plain")
                && looksLikeXml(body))) {
            return body; // XML carries its own encoding declaration
        }
        Q_FALLTHROUGH();
    case Expect::Markdown:
        if (type.mimeType == "text/html" || type.mimeType == "application/xhtml+xml")
            return notMarkdown(type);
        if (!isMarkdownType(type.mimeType) && !type.mimeType.isEmpty() && type.mimeType != "application/octet-stream") {
            return notMarkdown(type);
        }
        if (looksLikeHtml(body))
            return notMarkdown(ContentType{"text/html", {}});
        return toUtf8(type, body);
    }
    return body;
}

} // namespace Newsdesk::Net
