// A feed's bytes as text, the way the XML specification (appendix F) finds its encoding: a byte
// order mark, else the first bytes of "<?xml" in UTF-16/32, else the XML declaration's encoding,
// else the HTTP charset, else UTF-8. Every encoding Qt's QStringDecoder knows is read.
#include "core/listpageparser.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace Newsdesk::Core {

namespace {

// Python's and feeds' spellings ("utf_16", "u16", "UTF16") as the names Qt knows.
QByteArray canonicalEncoding(QByteArray name)
{
    name = name.trimmed().toLower();
    name.replace('_', '-');
    if (name == "u16" || name == "utf16")
        return "utf-16";
    if (name == "u32" || name == "utf32")
        return "utf-32";
    if (name == "u8" || name == "utf8")
        return "utf-8";
    return name;
}

// The byte order mark's encoding and length, or the family of an unmarked "<?" in UTF-16/32.
std::pair<QByteArray, qsizetype> sniff(QByteArrayView bytes)
{
    if (bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return {"utf-32be", 4};
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return {"utf-32le", 4};
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {"utf-8", 3};
    if (bytes.startsWith("\xFE\xFF"))
        return {"utf-16be", 2};
    if (bytes.startsWith("\xFF\xFE"))
        return {"utf-16le", 2};
    if (bytes.startsWith(QByteArrayView("\x00\x00\x00\x3C", 4)))
        return {"utf-32be", 0};
    if (bytes.startsWith(QByteArrayView("\x3C\x00\x00\x00", 4)))
        return {"utf-32le", 0};
    if (bytes.startsWith(QByteArrayView("\x00\x3C\x00\x3F", 4)))
        return {"utf-16be", 0};
    if (bytes.startsWith(QByteArrayView("\x3C\x00\x3F\x00", 4)))
        return {"utf-16le", 0};
    return {};
}

// encoding="…" of an ASCII-compatible XML declaration.
QByteArray declaredEncoding(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(qMin<qsizetype>(bytes.size(), 256)).trimmed();
    if (!head.startsWith("<?xml"))
        return {};
    const qsizetype end = head.indexOf("?>");
    static const QRegularExpression encoding(u"encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']"_qs);
    const QString declaration = QString::fromLatin1(head.first(end < 0 ? head.size() : end));
    const QRegularExpressionMatch match = encoding.match(declaration);
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

} // namespace

DecodedFeed decodeFeed(const QByteArray &bytes, const QByteArray &httpCharset)
{
    DecodedFeed feed;
    const auto [family, bomLength] = sniff(bytes);
    QByteArray encoding = family;
    if (encoding.isEmpty()) {
        encoding = canonicalEncoding(declaredEncoding(bytes));
        if (encoding.isEmpty())
            encoding = canonicalEncoding(httpCharset);
        if (encoding.isEmpty())
            encoding = "utf-8";
    }
    feed.encoding = QString::fromLatin1(encoding);
    QStringDecoder decoder(encoding.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        feed.error = u"the feed is in the '%1' character set, which Newsdesk cannot read"_qs.arg(feed.encoding);
        return feed;
    }
    feed.text = decoder(QByteArrayView(bytes).sliced(bomLength));
    if (decoder.hasError())
        feed.error = u"the feed is not valid '%1' text: characters it could not decode are shown as \uFFFD"_qs.arg(
            feed.encoding);
    // The declaration names the bytes' encoding, which the text no longer has.
    if (feed.text.startsWith(u"<?xml")) {
        const qsizetype end = feed.text.indexOf(u"?>");
        if (end > 0)
            feed.text.replace(0, end + 2, u"<?xml version=\"1.0\"?>"_qs);
    }
    return feed;
}

} // namespace Newsdesk::Core
