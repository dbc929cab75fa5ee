// Company names and ticker roles from real Related Stocks lists: the format examples in three
// locales, the bundled sample library, and listed names as Longbridge writes them.
#include "core/articleparser.h"
#include "core/companyname.h"
#include "core/tickerrole.h"
#include "testdata.h"

#include <QDir>
#include <QTest>

using namespace Newsdesk::Core;
using namespace Qt::StringLiterals;

namespace {

Article sampleArticle(const QString &name)
{
    QFile file(QStringLiteral(NEWSDESK_SOURCE_DIR "/resources/sample/") + name);
    if (!file.open(QIODevice::ReadOnly))
        QTest::qFail(qPrintable(u"cannot open "_s + file.fileName()), __FILE__, __LINE__);
    return parseArticle(file.readAll());
}

// "KEY:role" for each ticker, in classifyTickers' order.
QStringList roles(const Article &article)
{
    QStringList out;
    for (const ArticleTicker &ticker : classifyTickers(article)) {
        const char *role = ticker.role == TickerRole::Primary ? "primary"
            : ticker.role == TickerRole::Related              ? "related"
                                                              : "mentioned";
        out.append(ticker.key + u':' + QLatin1StringView(role));
    }
    return out;
}

} // namespace

class CompanyNameTest final : public QObject
{
    Q_OBJECT

private slots:
    void alias_data()
    {
        QTest::addColumn<QString>("listed");
        QTest::addColumn<QString>("alias");
        // Names as Longbridge lists them.
        QTest::newRow("nominal: Inc. after a domain") << u"Amazon.com, Inc."_s << u"Amazon"_s;
        QTest::newRow("nominal: Corporation") << u"NVIDIA Corporation"_s << u"NVIDIA"_s;
        QTest::newRow("nominal: Inc.") << u"Apple Inc."_s << u"Apple"_s;
        QTest::newRow("nominal: comma Inc.") << u"Tesla, Inc."_s << u"Tesla"_s;
        QTest::newRow("nominal: Holdings Ltd.") << u"Tencent Holdings Ltd."_s << u"Tencent"_s;
        QTest::newRow("nominal: Group Holding Limited") << u"Alibaba Group Holding Limited"_s << u"Alibaba"_s;
        QTest::newRow("nominal: share class") << u"Alphabet Inc. Class A"_s << u"Alphabet"_s;
        QTest::newRow("nominal: The … Group, Inc.") << u"The Goldman Sachs Group, Inc."_s << u"Goldman Sachs"_s;
        QTest::newRow("nominal: ADR") << u"Taiwan Semiconductor Manufacturing Co., Ltd. ADR"_s
                                      << u"Taiwan Semiconductor Manufacturing"_s;
        QTest::newRow("nominal: Hong Kong -W") << u"小米集团-W"_s << u"小米集团"_s;
        QTest::newRow("nominal: Hong Kong -SW") << u"阿里巴巴-SW"_s << u"阿里巴巴"_s;
        // The format examples (three locales list the same English names).
        QTest::newRow("format: Corp.") << u"Harborline Semiconductor Corp."_s << u"Harborline Semiconductor"_s;
        QTest::newRow("format: Holdings") << u"Pearl River Packaging Holdings"_s << u"Pearl River Packaging"_s;
        QTest::newRow("format: an ETF stays")
            << u"Direxion Daily Semicondct Bull 3X ETF"_s << u"Direxion Daily Semicondct Bull 3X ETF"_s;
        // The sample library's Chinese names are kept as written.
        QTest::newRow("sample: 简体") << u"翠峰半导体"_s << u"翠峰半导体"_s;
        QTest::newRow("sample: 繁體") << u"海港巷機械人"_s << u"海港巷機械人"_s;
        QTest::newRow("sample: English") << u"Harbor Lane Robotics"_s << u"Harbor Lane Robotics"_s;
        QTest::newRow("robustness: spaces") << u"  Northwind\u00A0Grid  "_s << u"Northwind Grid"_s;
        QTest::newRow("robustness: a legal form alone stays") << u"Holdings"_s << u"Holdings"_s;
        QTest::newRow("robustness: one letter is no name") << u"X"_s << QString();
        QTest::newRow("robustness: empty") << QString() << QString();
    }
    void alias()
    {
        QFETCH(QString, listed);
        QFETCH(QString, alias);
        QCOMPARE(companyAlias(listed), alias);
    }

    void aliasesOfRealRelatedStocks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("aliases");
        const QStringList format{
            u"Harborline Semiconductor"_s, u"Pearl River Packaging"_s, u"Direxion Daily Semicondct Bull 3X ETF"_s};
        QTest::newRow("format: en") << u"format/news-en.md"_s << format;
        QTest::newRow("format: zh-CN") << u"format/news-zh-CN.md"_s << format;
        QTest::newRow("format: zh-HK") << u"format/news-zh-HK.md"_s << format.first(2);
    }
    void aliasesOfRealRelatedStocks()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, aliases);
        QStringList found;
        for (const RelatedStock &stock : parseArticle(testData(file)).relatedStocks)
            found.append(companyAlias(stock.name));
        QCOMPARE(found, aliases);
    }

    void aliasesOfTheSampleLibrary()
    {
        // Every locale's name of a ticker becomes one of its aliases.
        QMap<QString, QStringList> aliases;
        const QDir dir(QStringLiteral(NEWSDESK_SOURCE_DIR "/resources/sample"));
        for (const QString &name : dir.entryList({u"*.md"_s}, QDir::Files, QDir::Name)) {
            for (const RelatedStock &stock : sampleArticle(name).relatedStocks) {
                const QString alias = companyAlias(stock.name);
                if (!aliases[stock.key].contains(alias))
                    aliases[stock.key].append(alias);
            }
        }
        QCOMPARE(aliases.value(u"HLRB.US"_s),
            (QStringList{u"Harbor Lane Robotics"_s, u"海港巷机器人"_s, u"海港巷機械人"_s}));
        QCOMPARE(
            aliases.value(u"6688.HK"_s), (QStringList{u"Jade Peak Semiconductor"_s, u"翠峰半导体"_s, u"翠峰半導體"_s}));
        QCOMPARE(aliases.value(u"CLRX.US"_s), (QStringList{u"Clearwater Logistics"_s, u"清水物流"_s}));
    }

    void indexOfName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("index");
        QTest::newRow("nominal") << u"Shares of Apple rose"_s << u"Apple"_s << 10;
        QTest::newRow("nominal: case") << u"Nvidia said"_s << u"NVIDIA"_s << 0;
        QTest::newRow("nominal: possessive") << u"Amazon's cloud"_s << u"Amazon"_s << 0;
        QTest::newRow("nominal: Chinese inside a sentence") << u"据报道翠峰半导体上调开支"_s << u"翠峰半导体"_s << 3;
        QTest::newRow("robustness: inside a word") << u"Pineapple prices"_s << u"Apple"_s << -1;
        QTest::newRow("robustness: word continues") << u"Applebee's"_s << u"Apple"_s << -1;
        QTest::newRow("robustness: second is whole") << u"Applesauce and Apple"_s << u"Apple"_s << 15;
        QTest::newRow("robustness: empty name") << u"text"_s << QString() << -1;
    }
    void indexOfName()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(int, index);
        QCOMPARE(Newsdesk::Core::indexOfName(text, name), index);
    }

    void rolesOfRealArticles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("roles");
        // First of Related Stocks and named in the title; the others related.
        QTest::newRow("format: en") << u"format/news-en.md"_s
                                    << QStringList{u"HBLN.US:primary"_s, u"2382.HK:related"_s, u"SOXL.US:related"_s};
        // The Chinese title names the company in Chinese only: primary as the first of the list.
        QTest::newRow("format: zh-HK") << u"format/news-zh-HK.md"_s
                                       << QStringList{u"HBLN.US:primary"_s, u"2382.HK:related"_s};
    }
    void rolesOfRealArticles()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, roles);
        QCOMPARE(::roles(parseArticle(testData(file))), roles);
    }

    void rolesOfTheSampleLibrary()
    {
        // A stock named in the title is primary too, and leads; mentions only in the text stay mentioned.
        QCOMPARE(roles(sampleArticle(u"290000102-en.md"_s)),
            (QStringList{u"6688.HK:primary"_s, u"HLRB.US:related"_s, u"NWGD.US:mentioned"_s}));
        QCOMPARE(roles(sampleArticle(u"290000104-en.md"_s)), (QStringList{u"CLRX.US:primary"_s, u"HLRB.US:related"_s}));
    }

    void rolesFromTheTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("roles");
        QTest::newRow("second stock named in the title")
            << u"Clearwater Logistics wins a Harbor Lane Robotics contract"_s
            << QStringList{u"HLRB.US:primary"_s, u"CLRX.US:primary"_s, u"NWGD.US:mentioned"_s};
        QTest::newRow("a mention in the title")
            << u"Grid stocks (NWGD.US) rally"_s
            << QStringList{u"HLRB.US:primary"_s, u"NWGD.US:primary"_s, u"CLRX.US:related"_s};
        QTest::newRow("a name inside a word is not named")
            << u"Clearwater Logisticsless rally"_s
            << QStringList{u"HLRB.US:primary"_s, u"CLRX.US:related"_s, u"NWGD.US:mentioned"_s};
    }
    void rolesFromTheTitle()
    {
        QFETCH(QString, title);
        QFETCH(QStringList, roles);
        Article article;
        article.title = title;
        article.relatedStocks = {{u"HLRB.US"_s, u"HLRB.US"_s, u"Harbor Lane Robotics"_s, {}},
            {u"CLRX.US"_s, u"CLRX.US"_s, u"Clearwater Logistics, Inc."_s, {}}};
        article.mentions = {u"CLRX.US"_s, u"NWGD.US"_s};
        QCOMPARE(::roles(article), roles);
    }
};

QTEST_APPLESS_MAIN(CompanyNameTest)
#include "tst_companyname.moc"
