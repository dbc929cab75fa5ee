#include "core/ticker.h"

#include "core/asciidigits_p.h"

#include <QSet>

namespace Newsdesk::Core {

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

} // namespace

std::optional<Ticker> Ticker::parse(QStringView text)
{
    const QStringView t = text.trimmed();
    // Option symbols are the longest seen (about 25 characters); 40 leaves room.
    if (t.size() < 3 || t.size() > 40)
        return std::nullopt;
    const qsizetype dot = t.lastIndexOf(u'.');
    if (dot <= 0 || dot == t.size() - 1)
        return std::nullopt;
    const QStringView market = t.mid(dot + 1);
    if (market.size() < 2 || market.size() > 4)
        return std::nullopt;
    for (QChar c : market) {
        if (!isAsciiLetter(c))
            return std::nullopt;
    }
    const QStringView code = t.left(dot);
    // An index starts with a dot (".DJI"); inside the code dots separate share classes ("BRK.B").
    const QStringView core = code.startsWith(u'.') ? code.mid(1) : code;
    if (core.isEmpty() || core.startsWith(u'.') || core.endsWith(u'.') || core.contains(u".."))
        return std::nullopt;
    for (QChar c : core) {
        if (!isAsciiAlnum(c) && c != u'.')
            return std::nullopt;
    }
    return Ticker(t.toString(), dot);
}

QString Ticker::keyFor(QStringView text)
{
    if (const auto ticker = parse(text))
        return ticker->key();
    return text.trimmed().toString().toUpper();
}

QString Ticker::code() const
{
    return m_text.left(m_marketDot);
}

QString Ticker::market() const
{
    return m_text.mid(m_marketDot + 1);
}

QString Ticker::key() const
{
    const QString upperMarket = market().toUpper();
    QString upperCode = code().toUpper();
    // Hong Kong codes are padded inconsistently: 700.HK, 0700.HK and 00700.HK are one stock.
    if (upperMarket == u"HK" && allAsciiDigits(upperCode)) {
        qsizetype zeros = 0;
        while (zeros < upperCode.size() - 1 && upperCode.at(zeros) == u'0')
            ++zeros;
        upperCode.remove(0, zeros);
    }
    return upperCode + u'.' + upperMarket;
}

namespace {

bool isOpenParen(QChar c)
{
    return c == u'(' || c == u'（';
}

bool isCloseParen(QChar c)
{
    return c == u')' || c == u'）';
}

bool isMentionSeparator(QChar c)
{
    return c.isSpace() || c == u',' || c == u'，' || c == u'、' || c == u';' || c == u'；' || c == u'/';
}

// Mentions are written in capitals: ".DJI.US", "700.HK", "BRK.B.US"; this keeps "(e.g. foo.bar)" out.
bool looksLikeMention(QStringView piece)
{
    QStringView code = piece.startsWith(u'.') ? piece.sliced(1) : piece;
    const qsizetype dot = code.lastIndexOf(u'.');
    if (dot <= 0)
        return false;
    const QStringView market = code.sliced(dot + 1);
    if (market.size() < 2 || market.size() > 4)
        return false;
    for (QChar c : market) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    for (QChar c : code.first(dot)) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'))
            return false;
    }
    return code.at(0) != u'.';
}

} // namespace

QList<Ticker> findTickerMentions(QStringView text)
{
    // A parenthesised group, ASCII or full-width, of 3 to 120 characters on one line, holding one
    // ticker or a short list of them. One pass: a failed group resumes at the next opening paren.
    constexpr qsizetype minInner = 3;
    constexpr qsizetype maxInner = 120;
    QList<Ticker> found;
    QSet<QString> seen;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isOpenParen(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < text.size() && j - i - 1 <= maxInner && !isOpenParen(text.at(j)) && !isCloseParen(text.at(j))
            && text.at(j) != u'\n')
            ++j;
        const qsizetype innerSize = j - i - 1;
        if (j >= text.size() || !isCloseParen(text.at(j)) || innerSize < minInner || innerSize > maxInner) {
            i = (j < text.size() && isOpenParen(text.at(j))) ? j : i + 1;
            continue;
        }
        const QStringView inner = text.sliced(i + 1, innerSize);
        qsizetype k = 0;
        while (k < inner.size()) {
            while (k < inner.size() && isMentionSeparator(inner.at(k)))
                ++k;
            const qsizetype start = k;
            while (k < inner.size() && !isMentionSeparator(inner.at(k)))
                ++k;
            const QStringView piece = inner.sliced(start, k - start);
            if (piece.isEmpty() || !looksLikeMention(piece))
                continue;
            const auto ticker = Ticker::parse(piece);
            if (!ticker)
                continue;
            const QString key = ticker->key();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            found.append(*ticker);
        }
        i = j + 1;
    }
    return found;
}

} // namespace Newsdesk::Core
