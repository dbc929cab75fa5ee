#include "core/feedtext.h"

#include <QRegularExpression>

namespace Newsdesk::Core {

namespace {

struct NamedReference
{
    QLatin1StringView name;
    char16_t ch;
};

// The references feeds use in practice (HTML 4's Latin-1, punctuation and symbols sets in part).
constexpr NamedReference namedReferences[] = {
    {QLatin1StringView("amp"), u'&'},
    {QLatin1StringView("lt"), u'<'},
    {QLatin1StringView("gt"), u'>'},
    {QLatin1StringView("quot"), u'"'},
    {QLatin1StringView("apos"), u'\''},
    {QLatin1StringView("nbsp"), 0xA0},
    {QLatin1StringView("copy"), 0xA9},
    {QLatin1StringView("reg"), 0xAE},
    {QLatin1StringView("trade"), 0x2122},
    {QLatin1StringView("mdash"), 0x2014},
    {QLatin1StringView("ndash"), 0x2013},
    {QLatin1StringView("hellip"), 0x2026},
    {QLatin1StringView("lsquo"), 0x2018},
    {QLatin1StringView("rsquo"), 0x2019},
    {QLatin1StringView("ldquo"), 0x201C},
    {QLatin1StringView("rdquo"), 0x201D},
    {QLatin1StringView("sbquo"), 0x201A},
    {QLatin1StringView("bdquo"), 0x201E},
    {QLatin1StringView("laquo"), 0xAB},
    {QLatin1StringView("raquo"), 0xBB},
    {QLatin1StringView("bull"), 0x2022},
    {QLatin1StringView("middot"), 0xB7},
    {QLatin1StringView("euro"), 0x20AC},
    {QLatin1StringView("pound"), 0xA3},
    {QLatin1StringView("yen"), 0xA5},
    {QLatin1StringView("cent"), 0xA2},
    {QLatin1StringView("sect"), 0xA7},
    {QLatin1StringView("deg"), 0xB0},
    {QLatin1StringView("plusmn"), 0xB1},
    {QLatin1StringView("times"), 0xD7},
    {QLatin1StringView("divide"), 0xF7},
    {QLatin1StringView("frac12"), 0xBD},
    {QLatin1StringView("frac14"), 0xBC},
    {QLatin1StringView("frac34"), 0xBE},
    {QLatin1StringView("iexcl"), 0xA1},
    {QLatin1StringView("iquest"), 0xBF},
    {QLatin1StringView("shy"), 0xAD},
    {QLatin1StringView("para"), 0xB6},
    {QLatin1StringView("dagger"), 0x2020},
    {QLatin1StringView("Dagger"), 0x2021},
    {QLatin1StringView("permil"), 0x2030},
    {QLatin1StringView("prime"), 0x2032},
    {QLatin1StringView("thinsp"), 0x2009},
    {QLatin1StringView("ensp"), 0x2002},
    {QLatin1StringView("emsp"), 0x2003},
    {QLatin1StringView("zwnj"), 0x200C},
    {QLatin1StringView("zwj"), 0x200D},
    {QLatin1StringView("lrm"), 0x200E},
    {QLatin1StringView("rlm"), 0x200F},
    {QLatin1StringView("agrave"), 0xE0},
    {QLatin1StringView("aacute"), 0xE1},
    {QLatin1StringView("acirc"), 0xE2},
    {QLatin1StringView("atilde"), 0xE3},
    {QLatin1StringView("auml"), 0xE4},
    {QLatin1StringView("aring"), 0xE5},
    {QLatin1StringView("aelig"), 0xE6},
    {QLatin1StringView("ccedil"), 0xE7},
    {QLatin1StringView("egrave"), 0xE8},
    {QLatin1StringView("eacute"), 0xE9},
    {QLatin1StringView("ecirc"), 0xEA},
    {QLatin1StringView("euml"), 0xEB},
    {QLatin1StringView("igrave"), 0xEC},
    {QLatin1StringView("iacute"), 0xED},
    {QLatin1StringView("icirc"), 0xEE},
    {QLatin1StringView("iuml"), 0xEF},
    {QLatin1StringView("ntilde"), 0xF1},
    {QLatin1StringView("ograve"), 0xF2},
    {QLatin1StringView("oacute"), 0xF3},
    {QLatin1StringView("ocirc"), 0xF4},
    {QLatin1StringView("otilde"), 0xF5},
    {QLatin1StringView("ouml"), 0xF6},
    {QLatin1StringView("oslash"), 0xF8},
    {QLatin1StringView("ugrave"), 0xF9},
    {QLatin1StringView("uacute"), 0xFA},
    {QLatin1StringView("ucirc"), 0xFB},
    {QLatin1StringView("uuml"), 0xFC},
    {QLatin1StringView("yacute"), 0xFD},
    {QLatin1StringView("yuml"), 0xFF},
    {QLatin1StringView("szlig"), 0xDF},
    {QLatin1StringView("Agrave"), 0xC0},
    {QLatin1StringView("Aacute"), 0xC1},
    {QLatin1StringView("Auml"), 0xC4},
    {QLatin1StringView("Ccedil"), 0xC7},
    {QLatin1StringView("Eacute"), 0xC9},
    {QLatin1StringView("Egrave"), 0xC8},
    {QLatin1StringView("Ntilde"), 0xD1},
    {QLatin1StringView("Ouml"), 0xD6},
    {QLatin1StringView("Uuml"), 0xDC},
    {QLatin1StringView("Oslash"), 0xD8},
    {QLatin1StringView("Aring"), 0xC5},
};

bool isBlockTag(QStringView name)
{
    static constexpr QStringView blocks[] = {u"p", u"div", u"br", u"li", u"ul", u"ol", u"h1", u"h2", u"h3", u"h4",
        u"h5", u"h6", u"blockquote", u"pre", u"tr", u"table", u"hr", u"section"};
    for (QStringView block : blocks) {
        if (name.compare(block, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (QChar::requiresSurrogates(cp)) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

} // namespace

std::pair<QString, qsizetype> decodeCharacterReference(QStringView text, qsizetype pos)
{
    const QStringView rest = text.sliced(pos, qMin<qsizetype>(12, text.size() - pos));
    const qsizetype semi = rest.indexOf(u';');
    if (semi < 2)
        return {};
    const QStringView entity = rest.sliced(1, semi - 1);
    if (entity.startsWith(u'#')) {
        bool ok = false;
        const bool hex = entity.size() > 1 && (entity.at(1) == u'x' || entity.at(1) == u'X');
        const uint cp = hex ? entity.sliced(2).toUInt(&ok, 16) : entity.sliced(1).toUInt(&ok, 10);
        if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return {};
        QString out;
        appendCodePoint(out, cp);
        return {out, semi + 1};
    }
    for (const NamedReference &ref : namedReferences) {
        if (entity == ref.name)
            return {QString(QChar(ref.ch)), semi + 1};
    }
    return {};
}

QString htmlToText(QStringView html, qsizetype maxLength)
{
    QString out;
    out.reserve(maxLength >= 0 ? qMin(html.size(), maxLength) : html.size());
    for (qsizetype i = 0; i < html.size() && (maxLength < 0 || out.size() < maxLength); ++i) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i + 1);
            const QChar next = i + 1 < html.size() ? html.at(i + 1) : QChar();
            if (close < 0 || !(next.isLetter() || next == u'/' || next == u'!' || next == u'?')) {
                out.append(c); // a "<" that opens no tag is text
                continue;
            }
            QStringView tag = html.sliced(i + 1, close - i - 1);
            const bool closing = tag.startsWith(u'/');
            if (closing)
                tag = tag.sliced(1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && (tag.at(nameEnd).isLetterOrNumber()))
                ++nameEnd;
            const QStringView name = tag.first(nameEnd);
            i = close;
            if (!closing
                && (name.compare(u"script", Qt::CaseInsensitive) == 0
                    || name.compare(u"style", Qt::CaseInsensitive) == 0)) {
                const QString end = u"</"_qs + name.toString();
                const qsizetype endAt = html.indexOf(end, close, Qt::CaseInsensitive);
                const qsizetype endClose = endAt < 0 ? -1 : html.indexOf(u'>', endAt);
                i = endClose < 0 ? html.size() : endClose;
                continue;
            }
            if (isBlockTag(name))
                out.append(u' ');
            continue;
        }
        if (c == u'&') {
            if (const auto [decoded, length] = decodeCharacterReference(html, i); length > 0) {
                out.append(decoded);
                i += length - 1;
                continue;
            }
        }
        out.append(c);
    }
    return out.simplified();
}

bool looksLikeHtml(QStringView text)
{
    static const QRegularExpression html(
        u"</[A-Za-z][A-Za-z0-9]*\\s*>|<(br|p|img|hr)\\b[^>]*>|&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);"_qs);
    return html.match(text).hasMatch();
}

QString isolateBidi(const QString &title)
{
    int embeddings = 0;
    int isolates = 0;
    bool any = false;
    for (const QChar c : title) {
        const char16_t u = c.unicode();
        if (u >= 0x202A && u <= 0x202E) { // LRE RLE PDF LRO RLO
            any = true;
            if (u == 0x202C)
                embeddings = qMax(0, embeddings - 1);
            else
                ++embeddings;
        } else if (u >= 0x2066 && u <= 0x2069) { // LRI RLI FSI PDI
            any = true;
            if (u == 0x2069)
                isolates = qMax(0, isolates - 1);
            else
                ++isolates;
        } else if (u == 0x200E || u == 0x200F || u == 0x061C) {
            any = true;
        }
    }
    if (!any)
        return title;
    QString out = QChar(0x2068) + title; // FSI
    out += QString(embeddings, QChar(0x202C));
    out += QString(isolates, QChar(0x2069));
    return out + QChar(0x2069);
}

} // namespace Newsdesk::Core
