#include "core/ticker.h"

#include <QTest>

using Newsdesk::Core::Ticker;

class TickerTest final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void key_data();
    void key();
    void mentions_data();
    void mentions();
};

void TickerTest::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("market");

    QTest::newRow("nominal: US stock") << u"AMZN.US"_qs << true << u"AMZN"_qs << u"US"_qs;
    QTest::newRow("nominal: share class keeps its dot") << u"BRK.B.US"_qs << true << u"BRK.B"_qs << u"US"_qs;
    QTest::newRow("nominal: index starts with a dot") << u".DJI.US"_qs << true << u".DJI"_qs << u"US"_qs;
    QTest::newRow("nominal: padded HK code") << u"00700.HK"_qs << true << u"00700"_qs << u"HK"_qs;
    QTest::newRow("nominal: Shanghai") << u"600519.SH"_qs << true << u"600519"_qs << u"SH"_qs;
    QTest::newRow("nominal: Singapore") << u"D05.SG"_qs << true << u"D05"_qs << u"SG"_qs;
    QTest::newRow("nominal: crypto pair, 3-letter market") << u"BTCUSD.HAS"_qs << true << u"BTCUSD"_qs << u"HAS"_qs;
    QTest::newRow("nominal: option symbol")
        << u"AAPL240119C190000.US"_qs << true << u"AAPL240119C190000"_qs << u"US"_qs;
    QTest::newRow("nominal: surrounding space trimmed") << u"  TSLA.US "_qs << true << u"TSLA"_qs << u"US"_qs;
    QTest::newRow("robustness: no market") << u"AMZN"_qs << false << QString() << QString();
    QTest::newRow("robustness: empty code") << u".US"_qs << false << QString() << QString();
    QTest::newRow("robustness: trailing dot") << u"AMZN."_qs << false << QString() << QString();
    QTest::newRow("robustness: one-letter market") << u"e.g"_qs << false << QString() << QString();
    QTest::newRow("robustness: double dot") << u"BRK..US"_qs << false << QString() << QString();
    QTest::newRow("robustness: space inside") << u"BR K.US"_qs << false << QString() << QString();
    QTest::newRow("robustness: empty") << QString() << false << QString() << QString();
}

void TickerTest::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, code);
    QFETCH(QString, market);

    const auto ticker = Ticker::parse(text);
    QCOMPARE(ticker.has_value(), valid);
    if (ticker) {
        QCOMPARE(ticker->code(), code);
        QCOMPARE(ticker->market(), market);
        QCOMPARE(ticker->text(), text.trimmed());
    }
}

void TickerTest::key_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("HK padding: 700 = 0700") << u"700.HK"_qs << u"0700.HK"_qs << true;
    QTest::newRow("HK padding: 700 = 00700") << u"700.HK"_qs << u"00700.HK"_qs << true;
    QTest::newRow("case: lower = upper") << u"amzn.us"_qs << u"AMZN.US"_qs << true;
    QTest::newRow("case: HK market lower") << u"00700.hk"_qs << u"700.HK"_qs << true;
    QTest::newRow("SZ zeros are significant") << u"000001.SZ"_qs << u"1.SZ"_qs << false;
    QTest::newRow("SZ bank is not SH index") << u"000001.SZ"_qs << u"000001.SH"_qs << false;
    QTest::newRow("share classes differ") << u"BRK.B.US"_qs << u"BRK.A.US"_qs << false;
    QTest::newRow("index is not the stock") << u".DJI.US"_qs << u"DJI.US"_qs << false;
    QTest::newRow("HK letters not stripped") << u"0A.HK"_qs << u"A.HK"_qs << false;
}

void TickerTest::key()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(Ticker::keyFor(a) == Ticker::keyFor(b), same);
}

void TickerTest::mentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("ASCII parentheses") << u"Amazon (AMZN.US) rose; Tencent (0700.HK) fell."_qs
                                       << QStringList{u"AMZN.US"_qs, u"0700.HK"_qs};
    QTest::newRow("full-width parentheses")
        << u"港湾半导体（HBLN.US）周四表示，供应商（2382.HK）涨"_qs << QStringList{u"HBLN.US"_qs, u"2382.HK"_qs};
    QTest::newRow("duplicates by key collapse") << u"(700.HK) and (00700.HK)"_qs << QStringList{u"700.HK"_qs};
    QTest::newRow("a list in one pair") << u"peers (AAPL.US, MSFT.US、GOOGL.US)"_qs
                                        << QStringList{u"AAPL.US"_qs, u"MSFT.US"_qs, u"GOOGL.US"_qs};
    QTest::newRow("index and share class")
        << u"the Dow (.DJI.US) and (BRK.B.US)"_qs << QStringList{u".DJI.US"_qs, u"BRK.B.US"_qs};
    QTest::newRow("prose in parentheses is not a ticker") << u"(e.g. this one) (see p.12) (U.S.)"_qs << QStringList{};
    QTest::newRow("lower case is prose") << u"(foo.bar)"_qs << QStringList{};
    QTest::newRow("name with its own parentheses, then the ticker")
        << u"Alphabet Inc. (Class A) (GOOGL.US)"_qs << QStringList{u"GOOGL.US"_qs};
    QTest::newRow("nested parentheses: the inner group counts") << u"((AAPL.US))"_qs << QStringList{u"AAPL.US"_qs};
    QTest::newRow("mixed ASCII and full-width pair")
        << u"（HBLN.US) and (2382.HK）"_qs << QStringList{u"HBLN.US"_qs, u"2382.HK"_qs};
    QTest::newRow("unclosed group, then a closed one")
        << u"(AAPL.US and later (MSFT.US)"_qs << QStringList{u"MSFT.US"_qs};
    QTest::newRow("a line break ends a group") << u"(AAPL.US\n) (TSLA.US)"_qs << QStringList{u"TSLA.US"_qs};
    QTest::newRow("group longer than 120 characters is prose")
        << QString(u"(" + QString(118, u'x') + u" AAPL.US)") << QStringList{};
    QTest::newRow("semicolons, slashes and full-width separators")
        << u"(AAPL.US;MSFT.US/TSLA.US；NVDA.US，AMD.US)"_qs
        << QStringList{u"AAPL.US"_qs, u"MSFT.US"_qs, u"TSLA.US"_qs, u"NVDA.US"_qs, u"AMD.US"_qs};
    QTest::newRow("too short to hold a ticker") << u"(A.U) (AB)"_qs << QStringList{};
}

void TickerTest::mentions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const Ticker &t : Newsdesk::Core::findTickerMentions(text))
        found << t.text();
    QCOMPARE(found, expected);
}

QTEST_APPLESS_MAIN(TickerTest)
#include "tst_ticker.moc"
