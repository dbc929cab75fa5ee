// Ticker roles and company-name aliases as the writer stores them: a real library file, articles
// of the sample library in three locales, the user's own aliases.
#include "core/articleparser.h"
#include "storage/connection.h"
#include "storage/library.h"
#include "testarticles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Storage;

namespace {

QList<Core::Article> sampleLibrary()
{
    QList<Core::Article> articles;
    const QDir dir(QStringLiteral(NEWSDESK_SOURCE_DIR "/resources/sample"));
    for (const QString &name : dir.entryList({u"*.md"_qs}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            QTest::qFail(qPrintable(u"cannot open "_qs + file.fileName()), __FILE__, __LINE__);
        articles.append(Core::parseArticle(file.readAll()));
    }
    return articles;
}

} // namespace

class TestTickerAliases final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;

    QString roleOf(const QString &docKey, const QString &locale, const QString &ticker)
    {
        const Result<QVariant> role = m_library->connection().scalar(
            u"SELECT t.role FROM article_tickers t JOIN articles a ON a.id = t.article_id "
            u"WHERE a.doc_id = ? AND a.locale = ? AND t.key = ?"_qs,
            {m_library->findDocument(docKey).value_or(0), locale, ticker});
        return role && !role->isNull() ? role->toString() : u"none"_qs;
    }

private slots:
    void init()
    {
        m_library = std::make_unique<Library>();
        QVERIFY(m_library->open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite")).ok());
        for (const Result<StoreOutcome> &stored : m_library->storeAll(sampleLibrary()))
            QVERIFY(stored.ok());
    }

    void cleanup()
    {
        QVERIFY2(m_library->checkIntegrity().ok(), qPrintable(m_library->checkIntegrity().error().message));
        m_library.reset();
    }

    void aliasesFromEveryLocale()
    {
        QCOMPARE(m_library->tickerAliases(u"HLRB.US"_qs),
            (QStringList{u"Harbor Lane Robotics"_qs, u"海港巷机器人"_qs, u"海港巷機械人"_qs}));
        // Any spelling of the ticker: 06688.HK is 6688.HK.
        QCOMPARE(m_library->tickerAliases(u"6688.HK"_qs),
            (QStringList{u"Jade Peak Semiconductor"_qs, u"翠峰半导体"_qs, u"翠峰半導體"_qs}));
        const QHash<QString, QStringList> many = m_library->tickerAliases(QStringList{u"CLRX.US"_qs, u"NVDA.US"_qs});
        QCOMPARE(many.value(u"CLRX.US"_qs), (QStringList{u"Clearwater Logistics"_qs, u"清水物流"_qs}));
        QVERIFY(!many.contains(u"NVDA.US"_qs));
    }

    void legalFormsAreStripped()
    {
        Core::Article a
            = Tests::article(u"1"_qs, u"en"_qs, u"Amazon and Nvidia"_qs, Tests::utc("2026-05-01T10:00:00Z"));
        a.relatedStocks = {
            Tests::stock(u"AMZN.US"_qs, u"Amazon.com, Inc."_qs), Tests::stock(u"NVDA.US"_qs, u"NVIDIA Corporation"_qs)};
        QVERIFY(m_library->store(a).ok());
        QCOMPARE(m_library->tickerAliases(u"AMZN.US"_qs), QStringList{u"Amazon"_qs});
        QCOMPARE(m_library->tickerAliases(u"NVDA.US"_qs), QStringList{u"NVIDIA"_qs});
    }

    void rolesAndThePrimaryFirst()
    {
        // 290000102: Jade Peak leads Related Stocks and names the title; Northwind only in the text.
        QCOMPARE(roleOf(u"290000102"_qs, u"en"_qs, u"6688.HK"_qs), u"0"_qs);
        QCOMPARE(roleOf(u"290000102"_qs, u"en"_qs, u"HLRB.US"_qs), u"1"_qs);
        QCOMPARE(roleOf(u"290000102"_qs, u"en"_qs, u"NWGD.US"_qs), u"2"_qs);
        // A title naming the second of Related Stocks makes it primary, and the list shows it first.
        Core::Article a = Tests::article(
            u"2"_qs, u"en"_qs, u"Clearwater Logistics signs a fleet deal"_qs, Tests::utc("2026-05-02T10:00:00Z"));
        a.relatedStocks = {Tests::stock(u"HLRB.US"_qs, u"Harbor Lane Robotics"_qs),
            Tests::stock(u"CLRX.US"_qs, u"Clearwater Logistics"_qs), Tests::stock(u"NWGD.US"_qs, u"Northwind Grid"_qs)};
        a.mentions = {u"6688.HK"_qs};
        QVERIFY(m_library->store(a).ok());
        QCOMPARE(roleOf(u"2"_qs, u"en"_qs, u"CLRX.US"_qs), u"0"_qs);
        QCOMPARE(roleOf(u"2"_qs, u"en"_qs, u"NWGD.US"_qs), u"1"_qs);
        QCOMPARE(m_library->row(m_library->findDocument(u"2"_qs).value())->tickers,
            (QStringList{u"HLRB.US"_qs, u"CLRX.US"_qs, u"NWGD.US"_qs, u"6688.HK"_qs}));
    }

    void userAddsAndRemoves()
    {
        QVERIFY(m_library->addTickerAlias(u"HLRB.US"_qs, u"  Harbor   Lane "_qs).ok());
        QCOMPARE(m_library->tickerAliases(u"HLRB.US"_qs),
            (QStringList{u"Harbor Lane Robotics"_qs, u"海港巷机器人"_qs, u"海港巷機械人"_qs, u"Harbor Lane"_qs}));
        // Adding one that is there (in another case) changes nothing.
        QVERIFY(m_library->addTickerAlias(u"HLRB.US"_qs, u"harbor lane robotics"_qs).ok());
        QCOMPARE(m_library->tickerAliases(u"HLRB.US"_qs).size(), 4);
        QVERIFY(m_library->removeTickerAlias(u"HLRB.US"_qs, u"Harbor Lane"_qs).ok());
        QVERIFY(m_library->removeTickerAlias(u"HLRB.US"_qs, u"海港巷機械人"_qs).ok());
        QCOMPARE(
            m_library->tickerAliases(u"HLRB.US"_qs), (QStringList{u"Harbor Lane Robotics"_qs, u"海港巷机器人"_qs}));

        // An alias the user removed stays removed when an article brings the name again…
        Core::Article a = Tests::article(u"3"_qs, u"zh-HK"_qs, u"機械人"_qs, Tests::utc("2026-05-03T10:00:00Z"));
        a.relatedStocks = {Tests::stock(u"HLRB.US"_qs, u"海港巷機械人"_qs)};
        QVERIFY(m_library->store(a).ok());
        QCOMPARE(
            m_library->tickerAliases(u"HLRB.US"_qs), (QStringList{u"Harbor Lane Robotics"_qs, u"海港巷机器人"_qs}));
        // …until the user adds it back.
        QVERIFY(m_library->addTickerAlias(u"HLRB.US"_qs, u"海港巷機械人"_qs).ok());
        QCOMPARE(m_library->tickerAliases(u"HLRB.US"_qs).size(), 3);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("ticker");
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a ticker") << u"HLRB"_qs << u"Harbor"_qs << u"\"HLRB\" is not a ticker"_qs;
        QTest::newRow("one character") << u"HLRB.US"_qs << u" H "_qs << u"an alias has 2 to 100 characters"_qs;
        QTest::newRow("too long") << u"HLRB.US"_qs << u"x"_qs.repeated(101) << u"an alias has 2 to 100 characters"_qs;
    }
    void badInputIsRefused()
    {
        QFETCH(QString, ticker);
        QFETCH(QString, alias);
        QFETCH(QString, message);
        const Result<void> added = m_library->addTickerAlias(ticker, alias);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(added.error().message.startsWith(message), qPrintable(added.error().message));
        QCOMPARE(m_library->tickerAliases(u"HLRB.US"_qs).size(), 3);
    }

    void removingWhatIsNotThereSaysSo()
    {
        const Result<void> removed = m_library->removeTickerAlias(u"HLRB.US"_qs, u"Robots"_qs);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().kind, Error::Kind::NotFound);
        QCOMPARE(removed.error().message, u"HLRB.US has no alias \"Robots\""_qs);
        QVERIFY(m_library->removeTickerAlias(u"HLRB.US"_qs, u"海港巷机器人"_qs).ok());
        QCOMPARE(m_library->removeTickerAlias(u"HLRB.US"_qs, u"海港巷机器人"_qs).error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestTickerAliases)
#include "tst_ticker_aliases.moc"
