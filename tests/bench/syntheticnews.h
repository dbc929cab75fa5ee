#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace Newsdesk::Bench {

// One generated article: the document as a file holds it, and the texts an index would get.
struct SyntheticArticle
{
    QString key;
    QString locale;
    QByteArray markdown;
    QString title;
    QString summary;
    QString body;
};

// Articles shaped like the samples (docs/format.md §2): front matter with the three locales, the
// language line, an H1, bold sub-headings, ticker mentions with ASCII and full-width
// parentheses, Related Stocks and Related News; bodies of about 10 KB in English, Simplified and
// Traditional Chinese. Tickers are drawn by popularity from a fixed pool (HK codes spelled with
// varying zero padding). Deterministic for a seed.
class SyntheticNews final
{
public:
    explicit SyntheticNews(quint32 seed);

    // `documents` documents, each in en, zh-CN and zh-HK; ids from `firstId`, publish times from
    // `start` every `stepSeconds`.
    QList<SyntheticArticle> articles(qint64 firstId, int documents, const QDateTime &start, int stepSeconds);

    // Words the queries use: in most English articles, in about one in a thousand, a prefix of
    // several frequent words, and two characters frequent in Simplified Chinese.
    static QString commonWord() { return QStringLiteral("market"); }
    static QString rareWord() { return QStringLiteral("zirconium"); }
    static QString prefixQuery() { return QStringLiteral("semi*"); }
    static QString chineseQuery() { return QStringLiteral("营收"); }
    // Ten tickers from most to least popular, HK ones spelled with other padding than stored.
    QStringList watchlist() const;

private:
    struct Stock
    {
        QString code;
        QString market;
        QString name;
    };

    QString ticker(const Stock &stock);
    int popularIndex(qsizetype size, double skew);
    QString englishSentence(int words);
    QString chineseSentence(int words, bool traditional);
    QString englishText(qsizetype chars, const QStringList &mentions, bool rare);
    QString chineseText(qsizetype chars, const QStringList &mentions, bool traditional);

    QRandomGenerator m_random;
    QList<Stock> m_stocks;
    QStringList m_pseudoWords;
};

} // namespace Newsdesk::Bench
