#include "core/searchsyntax.h"

#include "core/article.h"
#include "core/ticker.h"

namespace Newsdesk::Core {

namespace {

struct Token
{
    QString text;
    bool quoted = false; // all of it was in quotes (after an optional leading '-')
    bool negated = false; // a leading '-' before a word or a quote
    bool star = false; // ended in '*' (outside quotes, or right after the closing quote)
    bool last = false; // the last token, with nothing typed after it
};

// Splits on white space outside quotes. `-"a b"` is a negated phrase; `"a b"*` a phrase prefix.
QList<Token> tokenize(QStringView input)
{
    QList<Token> tokens;
    Token current;
    bool inQuotes = false;
    bool started = false;
    const auto finish = [&] {
        if (started && (!current.text.isEmpty() || current.quoted))
            tokens.append(current);
        current = Token();
        started = false;
    };
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (inQuotes) {
            if (c == u'"') {
                inQuotes = false;
                if (i + 1 < input.size() && input.at(i + 1) == u'*') {
                    current.star = true;
                    ++i;
                }
                finish();
            } else {
                current.text.append(c);
            }
            continue;
        }
        if (c.isSpace()) {
            finish();
        } else if (c == u'"') {
            // A quote starts a phrase at the start of a token (or after its '-'); inside a word
            // it separates words ("a\"b" is two words).
            if (started && !(current.negated && current.text.isEmpty()))
                finish();
            const bool negated = current.negated;
            current = Token();
            current.negated = negated;
            current.quoted = true;
            started = true;
            inQuotes = true;
        } else if (c == u'-' && !started) {
            current.negated = true;
            started = true;
        } else {
            current.text.append(c);
            started = true;
        }
    }
    finish();
    for (Token &token : tokens) {
        if (!token.quoted && token.text.endsWith(u'*')) {
            while (token.text.endsWith(u'*'))
                token.text.chop(1);
            token.star = true;
        }
    }
    if (!tokens.isEmpty() && !input.isEmpty() && !input.back().isSpace() && !inQuotes)
        tokens.last().last = true;
    else if (!tokens.isEmpty() && inQuotes)
        tokens.last().last = true;
    return tokens;
}

bool hasLetterOrNumber(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// YYYY-MM-DD (also with slashes or dots); anything else is not a date.
QDate parseDate(QStringView text)
{
    QString normal = text.toString();
    normal.replace(u'/', u'-').replace(u'.', u'-');
    const QDate date = QDate::fromString(normal, Qt::ISODate);
    return date.isValid() && date.year() >= 1900 && date.year() <= 9999 ? date : QDate();
}

// The languages articles come in: en, zh-CN, zh-HK and their spellings (zh_cn, zh-Hans, zh-TW…).
QString parseLocale(QStringView text)
{
    const QString normal = normalizeLocale(text.toString());
    if (normal == u"en" || normal == u"zh-CN" || normal == u"zh-HK")
        return normal;
    return {};
}

// within:today, within:24h, within:7d, within:2w (at most ten years).
bool parseWithin(QStringView value, ParsedSearch &search)
{
    if (value.compare(u"today", Qt::CaseInsensitive) == 0) {
        search.withinToday = true;
        search.withinSeconds = 0;
        return true;
    }
    if (value.size() < 2)
        return false;
    bool ok = false;
    const qint64 count = value.chopped(1).toLongLong(&ok);
    const QChar unit = value.back().toLower();
    const qint64 unitSeconds = unit == u'h' ? 3600 : unit == u'd' ? 86400 : unit == u'w' ? 7 * 86400 : 0;
    if (!ok || count <= 0 || unitSeconds == 0 || count * unitSeconds > qint64(3650) * 86400)
        return false;
    search.withinSeconds = count * unitSeconds;
    search.withinToday = false;
    return true;
}

// Applies an operator token; false when it is not one this language knows with a usable value.
bool applyOperator(const Token &token, ParsedSearch &search)
{
    if (token.quoted || token.negated || token.star)
        return false;
    const qsizetype colon = token.text.indexOf(u':');
    if (colon <= 0)
        return false;
    const QString name = token.text.left(colon).toLower();
    const QStringView value = QStringView(token.text).sliced(colon + 1);
    if (name == u"ticker") {
        const auto ticker = Ticker::parse(value);
        if (!ticker)
            return false;
        if (!search.tickers.contains(ticker->text(), Qt::CaseInsensitive))
            search.tickers.append(ticker->text());
        return true;
    }
    if (name == u"lang") {
        const QString locale = parseLocale(value);
        if (locale.isEmpty())
            return false;
        search.locale = locale;
        return true;
    }
    if (name == u"before" || name == u"after") {
        const QDate date = parseDate(value);
        if (!date.isValid())
            return false;
        (name == u"before" ? search.before : search.after) = date;
        return true;
    }
    if (name == u"is") {
        const QString state = value.toString().toLower();
        if (state == u"unread")
            search.unread = true;
        else if (state == u"bookmarked" || state == u"bookmark")
            search.bookmarked = true;
        else if (state == u"watchlist" || state == u"watched")
            search.watchlist = true;
        else
            return false;
        return true;
    }
    if (name == u"within")
        return parseWithin(value, search);
    if (name == u"label") {
        const QString label = labelName(value);
        if (label.isEmpty())
            return false;
        if (!search.labels.contains(label, Qt::CaseInsensitive))
            search.labels.append(label);
        return true;
    }
    return false;
}

} // namespace

bool ParsedSearch::onlyWords() const
{
    return excluded.isEmpty() && tickers.isEmpty() && labels.isEmpty() && locale.isEmpty() && !after.isValid()
        && !before.isValid() && !unread && !bookmarked && !watchlist && withinSeconds == 0 && !withinToday;
}

QDateTime ParsedSearch::withinStart(const QDateTime &now) const
{
    if (withinToday)
        return now.toLocalTime().date().startOfDay().toUTC();
    return withinSeconds > 0 ? now.addSecs(-withinSeconds) : QDateTime();
}

QString ParsedSearch::wordsText() const
{
    QStringList texts;
    for (const SearchTerm &word : words)
        texts.append(word.text);
    return texts.join(u' ');
}

bool ParsedSearch::isEmpty() const
{
    return words.isEmpty() && onlyWords();
}

QStringList highlightTerms(const ParsedSearch &search)
{
    QStringList terms;
    for (const SearchTerm &word : search.words) {
        if (!terms.contains(word.text, Qt::CaseInsensitive))
            terms.append(word.text);
    }
    return terms;
}

QString labelName(QStringView text)
{
    const QStringView name = text.trimmed();
    if (name.isEmpty() || name.size() > maxLabelLength || !hasLetterOrNumber(name))
        return {};
    for (const QChar c : name) {
        if (c.isSpace() || c == u'"')
            return {};
    }
    return name.toString();
}

ParsedSearch parseSearch(QStringView text, SearchMode mode)
{
    ParsedSearch search;
    for (const Token &token : tokenize(text)) {
        if (applyOperator(token, search))
            continue;
        if (!hasLetterOrNumber(token.text))
            continue; // punctuation alone ("-", "*", "--") searches nothing
        SearchTerm term{token.text, token.quoted, token.star};
        // The word being typed (unquoted, not an operator) is the start of a word.
        if (mode == SearchMode::Typing && token.last && !token.quoted)
            term.prefix = true;
        QList<SearchTerm> &list = token.negated ? search.excluded : search.words;
        list.append(term);
    }
    return search;
}

} // namespace Newsdesk::Core
