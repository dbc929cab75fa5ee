#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Newsdesk::Core {

// One word or "phrase" of a search, as typed (case and punctuation kept; storage quotes it).
struct SearchTerm
{
    QString text;
    bool phrase = false; // typed in double quotes
    bool prefix = false; // matches words that start with it (`word*`, or the word being typed)

    friend bool operator==(const SearchTerm &, const SearchTerm &) = default;
};

// What a search asks for, parsed from the language a trader types:
//   words and "phrases" (all must match), -word and -"phrase" (must not), ticker:NVDA.US,
//   lang:zh-CN, before:2026-05-01 and after:2026-04-01 (publish dates, UTC, both exclusive of
//   the day named by before:), within:24h / within:7d / within:today (published in the last hours
//   or days, or since local midnight: what a saved search keeps meaning tomorrow), is:unread,
//   is:bookmarked, is:watchlist (about a ticker on the watchlist), label:name (carries the label).
// Nothing typed is an error: an operator with a value it cannot use (`lang:`, `before:soon`,
// `is:great`), or one it does not know (`title:x`), is searched as the plain word it
// is; a quote left open closes at the end of the text.
struct ParsedSearch
{
    QList<SearchTerm> words;
    QList<SearchTerm> excluded;
    QStringList tickers; // as written; a document matches if it relates to or mentions any
    QStringList labels; // a document matches if it carries all of them
    QString locale; // normalised (normalizeLocale); empty: any
    QDate after; // invalid: no bound
    QDate before; // invalid: no bound
    bool unread = false;
    bool bookmarked = false;
    bool watchlist = false;
    // within: the window's length in seconds (0: none), or since local midnight.
    qint64 withinSeconds = 0;
    bool withinToday = false;

    // The earliest publish time `within:` allows at `now` (invalid: no bound).
    QDateTime withinStart(const QDateTime &now) const;

    // Only words and phrases, no operator: what a ticker or company name query looks like.
    bool onlyWords() const;
    // The words and phrases as one text ("GraniteShares", "700.HK", "腾讯控股").
    QString wordsText() const;
    // Nothing at all to filter by.
    bool isEmpty() const;
};

// A label's name as it is kept (trimmed), or empty when `text` cannot be one: a label is one word
// (no white space or double quote, so that `label:name` can always name it) of at most
// maxLabelLength characters with a letter or digit in it.
constexpr int maxLabelLength = 64;
QString labelName(QStringView text);

// Submitted: as entered on the command line or with Enter. Typing: the text is still being
// typed, so its last word (when nothing follows it) is a prefix: "Trai" finds "Trainium".
enum class SearchMode { Submitted, Typing };

ParsedSearch parseSearch(QStringView text, SearchMode mode = SearchMode::Submitted);

// The texts to mark in a page found by the search: its words and phrases (not what it excludes).
QStringList highlightTerms(const ParsedSearch &search);

} // namespace Newsdesk::Core
