#include "core/searchsyntax.h"

#include <QTest>

using Newsdesk::Core::ParsedSearch;
using Newsdesk::Core::parseSearch;
using Newsdesk::Core::SearchMode;
using Newsdesk::Core::SearchTerm;

// The query language as a trader types it: what each piece becomes, and that nothing typed is an
// error (an operator it cannot use is searched as the words it is).
class TestSearchSyntax final : public QObject
{
    Q_OBJECT

private:
    // A parsed search written out compactly: words, then -excluded, then operators.
    static QString describe(const ParsedSearch &s)
    {
        QStringList parts;
        const auto term = [](const SearchTerm &t) {
            QString text = t.phrase ? QString(u'"' + t.text + u'"') : t.text;
            if (t.prefix)
                text += u'*';
            return text;
        };
        for (const SearchTerm &t : s.words)
            parts.append(term(t));
        for (const SearchTerm &t : s.excluded)
            parts.append(u'-' + term(t));
        for (const QString &t : s.tickers)
            parts.append(u"ticker=" + t);
        if (!s.locale.isEmpty())
            parts.append(u"lang=" + s.locale);
        if (s.after.isValid())
            parts.append(u"after=" + s.after.toString(Qt::ISODate));
        if (s.before.isValid())
            parts.append(u"before=" + s.before.toString(Qt::ISODate));
        if (s.unread)
            parts.append(u"unread"_qs);
        if (s.bookmarked)
            parts.append(u"bookmarked"_qs);
        if (s.watchlist)
            parts.append(u"watchlist"_qs);
        for (const QString &l : s.labels)
            parts.append(u"label=" + l);
        if (s.withinToday)
            parts.append(u"within=today"_qs);
        if (s.withinSeconds > 0)
            parts.append(u"within=" + QString::number(s.withinSeconds) + u's');
        return parts.join(u" | ");
    }

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("typing");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nominal: words") << u"record quarter"_qs << false << u"record | quarter"_qs;
        QTest::newRow("nominal: phrase") << u"\"record quarter\" guidance"_qs << false
                                         << u"\"record quarter\" | guidance"_qs;
        QTest::newRow("nominal: exclude") << u"nvidia -earnings"_qs << false << u"nvidia | -earnings"_qs;
        QTest::newRow("nominal: exclude phrase")
            << u"chips -\"export ban\""_qs << false << u"chips | -\"export ban\""_qs;
        QTest::newRow("nominal: ticker") << u"ticker:NVDA.US guidance"_qs << false << u"guidance | ticker=NVDA.US"_qs;
        QTest::newRow("nominal: ticker in lower case") << u"ticker:0700.hk"_qs << false << u"ticker=0700.hk"_qs;
        QTest::newRow("nominal: lang") << u"lang:zh-CN 营收"_qs << false << u"营收 | lang=zh-CN"_qs;
        QTest::newRow("nominal: lang spelled otherwise") << u"LANG:zh_hk"_qs << false << u"lang=zh-HK"_qs;
        QTest::newRow("nominal: dates") << u"after:2026-04-01 before:2026-05-01 tsmc"_qs << false
                                        << u"tsmc | after=2026-04-01 | before=2026-05-01"_qs;
        QTest::newRow("nominal: date with slashes") << u"after:2026/04/01"_qs << false << u"after=2026-04-01"_qs;
        QTest::newRow("nominal: states") << u"is:unread is:bookmarked"_qs << false << u"unread | bookmarked"_qs;
        QTest::newRow("nominal: watchlist, last hours")
            << u"is:watchlist within:24h"_qs << false << u"watchlist | within=86400s"_qs;
        QTest::newRow("nominal: within days, weeks, today") << u"within:7d"_qs << false << u"within=604800s"_qs;
        QTest::newRow("nominal: within weeks") << u"WITHIN:2W"_qs << false << u"within=1209600s"_qs;
        QTest::newRow("nominal: within today") << u"within:today chips"_qs << false << u"chips | within=today"_qs;
        QTest::newRow("nominal: star makes a prefix") << u"semicond*"_qs << false << u"semicond*"_qs;
        QTest::newRow("nominal: phrase prefix") << u"\"record quar\"*"_qs << false << u"\"record quar\"*"_qs;
        QTest::newRow("nominal: Chinese words") << u"腾讯 财报"_qs << false << u"腾讯 | 财报"_qs;
        QTest::newRow("nominal: Chinese exclude") << u"港股 -恒生"_qs << false << u"港股 | -恒生"_qs;
        QTest::newRow("nominal: full-width space") << u"腾讯\u3000财报"_qs << false << u"腾讯 | 财报"_qs;

        QTest::newRow("typing: last word is a prefix") << u"amazon Trai"_qs << true << u"amazon | Trai*"_qs;
        QTest::newRow("typing: not after a space") << u"amazon Trai "_qs << true << u"amazon | Trai"_qs;
        QTest::newRow("typing: not a phrase") << u"\"record quarter\""_qs << true << u"\"record quarter\""_qs;
        QTest::newRow("typing: an excluded word too") << u"chips -expo"_qs << true << u"chips | -expo*"_qs;
        QTest::newRow("typing: Chinese") << u"腾讯"_qs << true << u"腾讯*"_qs;
        QTest::newRow("submitted: last word is whole") << u"amazon Trai"_qs << false << u"amazon | Trai"_qs;
        QTest::newRow("typing: only the last word is a prefix") << u"tsmc is:unread"_qs << true << u"tsmc | unread"_qs;

        QTest::newRow("nominal: labels") << u"label:macro LABEL:宏观 label:Macro chips"_qs << false
                                         << u"chips | label=macro | label=宏观"_qs;
        QTest::newRow("malformed: unknown operator is a word") << u"flag:macro"_qs << false << u"flag:macro"_qs;
        QTest::newRow("malformed: empty label") << u"label:"_qs << false << u"label:"_qs;
        QTest::newRow("malformed: label of punctuation") << u"label:--"_qs << false << u"label:--"_qs;
        QTest::newRow("malformed: column filter is a word") << u"title:apple"_qs << false << u"title:apple"_qs;
        QTest::newRow("malformed: empty lang") << u"lang:"_qs << false << u"lang:"_qs;
        QTest::newRow("malformed: unknown lang") << u"lang:klingon"_qs << false << u"lang:klingon"_qs;
        QTest::newRow("malformed: not a date") << u"before:soon"_qs << false << u"before:soon"_qs;
        QTest::newRow("malformed: impossible date") << u"after:2026-02-30"_qs << false << u"after:2026-02-30"_qs;
        QTest::newRow("malformed: not a ticker") << u"ticker:nvidia"_qs << false << u"ticker:nvidia"_qs;
        QTest::newRow("malformed: within without a unit") << u"within:24"_qs << false << u"within:24"_qs;
        QTest::newRow("malformed: within a month unit") << u"within:3m"_qs << false << u"within:3m"_qs;
        QTest::newRow("malformed: within nothing") << u"within:0h"_qs << false << u"within:0h"_qs;
        QTest::newRow("malformed: within a century") << u"within:99999d"_qs << false << u"within:99999d"_qs;
        QTest::newRow("malformed: unknown state") << u"is:great"_qs << false << u"is:great"_qs;
        QTest::newRow("malformed: open quote closes at the end")
            << u"\"record quarter"_qs << false << u"\"record quarter\""_qs;
        QTest::newRow("malformed: quote inside a word") << u"a\"b"_qs << false << u"a | \"b\""_qs;
        QTest::newRow("malformed: lone dash and star") << u"- * -- **"_qs << false << QString();
        QTest::newRow("malformed: empty quotes") << u"\"\" x \"\""_qs << false << u"x"_qs;
        QTest::newRow("malformed: negated operator is a word") << u"-is:unread"_qs << false << u"-is:unread"_qs;
        QTest::newRow("malformed: colon alone") << u": :x"_qs << false << u":x"_qs;
        QTest::newRow("malformed: Chinese operator value") << u"lang:中文"_qs << false << u"lang:中文"_qs;
        QTest::newRow("malformed: empty") << QString() << true << QString();
    }

    void parse()
    {
        QFETCH(QString, typed);
        QFETCH(bool, typing);
        QFETCH(QString, expected);
        QCOMPARE(describe(parseSearch(typed, typing ? SearchMode::Typing : SearchMode::Submitted)), expected);
    }

    void wordsOnly()
    {
        QVERIFY(parseSearch(u"GraniteShares"_qs).onlyWords());
        QCOMPARE(parseSearch(u"700.HK"_qs).wordsText(), u"700.HK"_qs);
        QVERIFY(!parseSearch(u"700.HK is:unread"_qs).onlyWords());
        QVERIFY(parseSearch(u"  "_qs).isEmpty());
        QVERIFY(!parseSearch(u"-x"_qs).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSearchSyntax)
#include "tst_searchsyntax.moc"
