#include "ticker.h"

#include <QRegularExpression>
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

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
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
    if (upperMarket == u"HK" && allDigits(upperCode)) {
        qsizetype zeros = 0;
        while (zeros < upperCode.size() - 1 && upperCode.at(zeros) == u'0')
            ++zeros;
        upperCode.remove(0, zeros);
    }
    return upperCode + u'.' + upperMarket;
}

QList<Ticker> findTickerMentions(QStringView text)
{
    // A parenthesised group, ASCII or full-width, holding one ticker or a short list of them.
    static const QRegularExpression group(QStringLiteral(u"[(（]([^()（）\\n]{3,120})[)）]"));
    static const QRegularExpression separators(QStringLiteral(u"\\s*[,，、;；/]\\s*|\\s+"));
    // Mentions are written in capitals; requiring them keeps "(e.g. foo.bar)" out.
    static const QRegularExpression strictTicker(QStringLiteral(u"^\\.?[A-Z0-9][A-Z0-9.]*\\.[A-Z]{2,4}$"));

    QList<Ticker> found;
    QSet<QString> seen;
    auto it = group.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString inner = match.captured(1);
        const QStringList pieces = inner.split(separators, Qt::SkipEmptyParts);
        for (const QString &piece : pieces) {
            if (!strictTicker.match(piece).hasMatch())
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
    }
    return found;
}

} // namespace Newsdesk::Core
