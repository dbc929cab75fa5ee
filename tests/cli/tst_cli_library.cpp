#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString newsdesk = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk");
const QString samples = QStringLiteral(NEWSDESK_TEST_DATA_DIR "/format");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

QByteArray document(const QString &id, const QString &title, const QString &datetime, const QString &extra = {})
{
    return u"---\ntitle: \"%1\"\ntype: \"News\"\nlocale: \"en\"\nurl: \"https://longbridge.com/en/news/%2.md\"\n"
           u"datetime: \"%3\"\n---\n\n# %1\n\n%4\n"_qs.arg(title, id, datetime, extra)
               .toUtf8();
}

} // namespace

// The headless commands, run as a user would: the real executable, a temporary library.
class TestCliLibrary final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;

    Run run(const QStringList &arguments, const QString &library = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
        environment.remove(u"NEWSDESK_DB"_qs);
        process.setProcessEnvironment(environment);
        process.start(newsdesk, QStringList{u"--db"_qs, library.isEmpty() ? m_library : library} + arguments);
        Run result;
        if (!process.waitForFinished(60000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(newsdesk), qPrintable(newsdesk + u" is not built"));
        m_library = m_dir.filePath(u"library.sqlite"_qs);
    }

    void importsTheSamples()
    {
        const Run first = run({u"import"_qs, samples});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.isEmpty(), qPrintable(first.err));
        QVERIFY2(first.out.startsWith(u"Imported 7 articles"), qPrintable(first.out));
        QVERIFY2(first.out.contains(u", 0 failed."), qPrintable(first.out));
        const Run again = run({u"import"_qs, samples});
        QCOMPARE(again.exitCode, 0);
        // news-en-collapsed.md and news-en.md are one article (281000001, en): each replaces the other.
        QVERIFY2(again.out.startsWith(u"Imported 7 articles (0 new, 2 updated, 5 unchanged), 0 failed."),
            qPrintable(again.out));
    }

    void showsAnArticleAsJson_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("title");
        QTest::newRow("nominal: news id")
            << QStringList{u"281000001"_qs} << u"en"_qs
            << u"Harborline Semiconductor posts record quarter as data-center orders double"_qs;
        QTest::newRow("nominal: --locale") << QStringList{u"--locale"_qs, u"zh-HK"_qs, u"281000001"_qs} << u"zh-HK"_qs
                                           << u"港灣線半導體季度營收創新高，數據中心訂單翻倍"_qs;
        QTest::newRow("nominal: URL names the locale")
            << QStringList{u"https://longbridge.com/zh-CN/news/281000001.md"_qs} << u"zh-CN"_qs
            << u"港湾线半导体季度营收创新高，数据中心订单翻倍"_qs;
        QTest::newRow("nominal: imported file") << QStringList{samples + u"/news-zh-HK.md"} << u"zh-HK"_qs
                                                << u"港灣線半導體季度營收創新高，數據中心訂單翻倍"_qs;
    }

    void showsAnArticleAsJson()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, locale);
        QFETCH(QString, title);
        const Run shown = run(QStringList{u"show"_qs, u"--json"_qs} + arguments);
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject json = shown.json().object();
        QCOMPARE(json.value(u"key"_qs).toString(), u"281000001"_qs);
        QCOMPARE(json.value(u"locale"_qs).toString(), locale);
        QCOMPARE(json.value(u"title"_qs).toString(), title);
        QCOMPARE(json.value(u"type"_qs).toString(), u"News"_qs);
        QCOMPARE(json.value(u"url"_qs).toString(), u"https://longbridge.com/%1/news/281000001.md"_qs.arg(locale));
        QCOMPARE(json.value(u"published"_qs).toString(), u"2026-03-12T08:30:00Z"_qs);
        QVERIFY(!json.value(u"summary"_qs).toString().isEmpty());
        const QJsonArray locales = json.value(u"locales"_qs).toArray();
        QCOMPARE(locales.size(), 3);
        QCOMPARE(locales.at(0).toObject().value(u"locale"_qs).toString(), u"zh-CN"_qs);
        QCOMPARE(
            locales.at(0).toObject().value(u"url"_qs).toString(), u"https://longbridge.com/zh-CN/news/281000001.md"_qs);
        const QJsonArray stocks = json.value(u"related_stocks"_qs).toArray();
        QVERIFY(stocks.size() >= 2);
        QCOMPARE(stocks.at(0).toObject().value(u"ticker"_qs).toString(), u"HBLN.US"_qs);
        QVERIFY(!stocks.at(0).toObject().value(u"name"_qs).toString().isEmpty());
        QVERIFY(stocks.at(0).toObject().value(u"url"_qs).toString().contains(u"/quote/HBLN.US"));
        const QJsonArray news = json.value(u"related_news"_qs).toArray();
        QVERIFY(!news.isEmpty());
        QCOMPARE(news.at(0).toObject().value(u"id"_qs).toString(), u"280990412"_qs);
        QVERIFY(json.value(u"mentions"_qs).toArray().contains(QJsonValue(u"HBLN.US"_qs)));
        QVERIFY(json.value(u"warnings"_qs).isArray());
        const QString body = json.value(u"body_markdown"_qs).toString();
        QVERIFY(!body.isEmpty());
        QVERIFY2(!body.contains(u"Related Stocks") && !body.contains(u"Supported Languages"), qPrintable(body));
    }

    void showFailsClearly()
    {
        const Run unknown = run({u"show"_qs, u"--json"_qs, u"999"_qs});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"999: no such article"), qPrintable(unknown.err));
        QVERIFY(unknown.out.isEmpty());
        const Run noLocale = run({u"show"_qs, u"--locale"_qs, u"fr"_qs, u"281000001"_qs});
        QCOMPARE(noLocale.exitCode, 1);
        QVERIFY2(
            noLocale.err.contains(u"en, zh-CN, zh-HK") || noLocale.err.contains(u"stored:"), qPrintable(noLocale.err));
        QCOMPARE(run({u"show"_qs}).exitCode, 2);
        QCOMPARE(run({u"show"_qs, u"--bogus"_qs, u"1"_qs}).exitCode, 2);
    }

    void importReportsEachFailureAndKeepsTheRest()
    {
        const QString good
            = writeFile(u"mixed/good.md"_qs, document(u"700001"_qs, u"Good one"_qs, u"2026-04-01T10:00:00Z"_qs));
        const QString missing = m_dir.filePath(u"mixed/missing.md"_qs);
        const Run result = run({u"import"_qs, good, missing, u"https://news.invalid/en/news/1.md"_qs});
        QCOMPARE(result.exitCode, 1);
        const QStringList errors = result.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0), QString(missing + u": no such file or folder"));
        QVERIFY2(
            errors.at(1).startsWith(u"https://news.invalid/en/news/1.md: host not found"), qPrintable(errors.at(1)));
        QVERIFY2(result.out.startsWith(u"Imported 1 article (1 new, 0 updated, 0 unchanged), 2 failed."),
            qPrintable(result.out));
        QCOMPARE(run({u"show"_qs, u"700001"_qs}).exitCode, 0);
        QCOMPARE(run({u"import"_qs}).exitCode, 2);
        QCOMPARE(run({u"import"_qs, u"--frobnicate"_qs, good}).exitCode, 2);
    }

    void listsNewestFirst()
    {
        writeFile(u"dated/a.md"_qs, document(u"800001"_qs, u"Oldest"_qs, u"2020-01-01T00:00:00Z"_qs));
        writeFile(u"dated/b.md"_qs, document(u"800002"_qs, u"Newest"_qs, u"2030-06-01T12:34:56.789Z"_qs));
        QCOMPARE(run({u"import"_qs, m_dir.filePath(u"dated"_qs)}).exitCode, 0);
        const Run listed = run({u"list"_qs});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.lines();
        QVERIFY(lines.size() >= 3);
        QCOMPARE(lines.first(), u"2030-06-01T12:34:56.789Z\t800002\ten\tNewest"_qs);
        QCOMPARE(lines.last(), u"2020-01-01T00:00:00Z\t800001\ten\tOldest"_qs);
        QCOMPARE(run({u"list"_qs, u"--limit"_qs, u"1"_qs}).lines(), QStringList{lines.first()});

        const Run json = run({u"list"_qs, u"--json"_qs});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = json.json().array();
        QCOMPARE(array.size(), lines.size());
        const QJsonObject first = array.first().toObject();
        for (const char *key : {"key", "locale", "title", "type", "url", "summary", "published", "locales",
                 "related_stocks", "related_news", "mentions", "warnings"}) {
            QVERIFY2(first.contains(QLatin1StringView(key)), key);
        }
        QVERIFY(!first.contains(u"body_markdown"_qs));
        QCOMPARE(first.value(u"published"_qs).toString(), u"2030-06-01T12:34:56.789Z"_qs);
        QCOMPARE(run({u"list"_qs, u"--limit"_qs, u"zero"_qs}).exitCode, 2);
    }

    void readingCommandsNeedALibrary()
    {
        const QString missing = m_dir.filePath(u"nowhere/missing.sqlite"_qs);
        for (const QStringList &command :
            {QStringList{u"list"_qs}, QStringList{u"show"_qs, u"1"_qs}, QStringList{u"search"_qs, u"chips"_qs}}) {
            const Run r = run(command, missing);
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.err.trimmed(), u"newsdesk: no library at "_qs + missing);
            QVERIFY(!QFile::exists(missing)); // not created as an empty library
        }
        // Writing commands create it.
        const QString fresh = m_dir.filePath(u"fresh.sqlite"_qs);
        QCOMPARE(
            run({u"import"_qs, writeFile(u"fresh/a.md"_qs, document(u"1"_qs, u"A"_qs, u"2030-01-01T00:00:00Z"_qs))},
                fresh)
                .exitCode,
            0);
        QVERIFY(QFile::exists(fresh));
        QCOMPARE(run({u"list"_qs}, fresh).lines().size(), 1);
    }

    void filtersCombine()
    {
        const QString db = m_dir.filePath(u"combine.sqlite"_qs);
        for (const QString &id : {u"71"_qs, u"72"_qs, u"73"_qs})
            QCOMPARE(run({u"import"_qs,
                             writeFile(u"combine/"_qs + id + u".md"_qs,
                                 document(id, u"Doc "_qs + id, u"2030-01-01T00:00:"_qs + id.right(1) + u"Z"_qs))},
                         db)
                         .exitCode,
                0);
        QCOMPARE(run({u"bookmark"_qs, u"add"_qs, u"72"_qs}, db).exitCode, 0);
        QCOMPARE(run({u"list"_qs, u"--unread"_qs}, db).lines().size(), 3);
        // --bookmarked and --unread together: the bookmarks not read yet (AND, not OR).
        const Run both = run({u"list"_qs, u"--bookmarked"_qs, u"--unread"_qs}, db);
        QCOMPARE(both.exitCode, 0);
        QCOMPARE(both.lines().size(), 1);
        QVERIFY(both.out.contains(u"Doc 72"_qs));
    }

    void helpListsEveryOption()
    {
        const Run help = run({u"--help"_qs});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--db", "--offline", "--json", "--locale", "--limit", "--ticker", "--watchlist",
                 "--saved", "--bookmarked", "--unread", "--theme", "--verbose", "--open", "--screenshot"}) {
            QVERIFY2(help.out.contains(QLatin1StringView(option)), option);
        }
        // Every option a command takes, as its source takes it, is in the help.
        const QRegularExpression taken(uR"re(take(?:Flag|Value|Values|Count)\(u"(--[a-z-]+)")re"_qs);
        const QDir sources(u"" NEWSDESK_SOURCE_DIR "/app/cli"_qs);
        qsizetype found = 0;
        for (const QString &name : sources.entryList({u"*.cpp"_qs}, QDir::Files)) {
            QFile file(sources.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString source = QString::fromUtf8(file.readAll());
            for (const QRegularExpressionMatch &match : taken.globalMatch(source)) {
                ++found;
                QVERIFY2(help.out.contains(match.captured(1)), qPrintable(name + u": "_qs + match.captured(1)));
            }
        }
        QVERIFY(found > 20); // the pattern still finds how commands take their options
    }

    void nonNewsFileIsStoredWithAWarning()
    {
        const QString db = m_dir.filePath(u"plain.sqlite"_qs);
        const QString plain = writeFile(u"plain/hostname"_qs, "reader-box\n");
        const Run r = run({u"import"_qs, plain}, db);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(plain + u": warning: not a news document"_qs), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"1 is not a news document"_qs), qPrintable(r.out));
        QCOMPARE(run({u"list"_qs}, db).lines().size(), 1);
        // A news document says nothing of the kind.
        const Run news = run(
            {u"import"_qs, writeFile(u"plain/n.md"_qs, document(u"9"_qs, u"N"_qs, u"2030-01-01T00:00:00Z"_qs))}, db);
        QVERIFY(!news.err.contains(u"not a news document"_qs));
    }

    void filtersByTickerAndWatchlist()
    {
        // The sample relates to 2382.HK; any padding finds it.
        const Run byTicker = run({u"list"_qs, u"--ticker"_qs, u"02382.HK"_qs});
        QCOMPARE(byTicker.exitCode, 0);
        QCOMPARE(byTicker.lines().size(), 1);
        QVERIFY(byTicker.out.contains(u"\t281000001\t"));
        QCOMPARE(run({u"list"_qs, u"--watchlist"_qs}).out, QString()); // empty watchlist: nothing

        QCOMPARE(run({u"watchlist"_qs, u"add"_qs, u"2382.hk"_qs}).exitCode, 0);
        QCOMPARE(run({u"watchlist"_qs, u"add"_qs, u"AMZN.US"_qs, u"Amazon"_qs}).exitCode, 0);
        const Run items = run({u"watchlist"_qs, u"list"_qs});
        QCOMPARE(items.exitCode, 0);
        QCOMPARE(
            items.lines(), (QStringList{u"2382.hk\t1\tPearl River Packaging Holdings"_qs, u"AMZN.US\t0\tAmazon"_qs}));
        const Run watched = run({u"list"_qs, u"--watchlist"_qs});
        QCOMPARE(watched.lines().size(), 1);
        QVERIFY(watched.out.contains(u"\t281000001\t"));

        const Run invalid = run({u"watchlist"_qs, u"add"_qs, u"not-a-ticker"_qs});
        QCOMPARE(invalid.exitCode, 2);
        QVERIFY2(invalid.err.contains(u"not a ticker"), qPrintable(invalid.err));
        QCOMPARE(run({u"watchlist"_qs, u"remove"_qs, u"MSFT.US"_qs}).exitCode, 1);
        QCOMPARE(run({u"watchlist"_qs, u"remove"_qs, u"AMZN.US"_qs}).exitCode, 0);
        QCOMPARE(run({u"watchlist"_qs, u"list"_qs, u"--json"_qs}).json().array().size(), 1);
        QCOMPARE(run({u"watchlist"_qs}).exitCode, 2);
        QCOMPARE(run({u"watchlist"_qs, u"frobnicate"_qs}).exitCode, 2);
    }

    void savedSearches()
    {
        const QString db = m_dir.filePath(u"saved.sqlite"_qs);
        QCOMPARE(
            run({u"import"_qs,
                    writeFile(u"saved/a.md"_qs, document(u"11"_qs, u"Chip tariffs"_qs, u"2020-01-01T00:00:00Z"_qs)),
                    writeFile(u"saved/b.md"_qs, document(u"12"_qs, u"Rate cut"_qs, u"2020-01-02T00:00:00Z"_qs))},
                db)
                .exitCode,
            0);
        // The built-ins, by their keys, with their unread counts and queries.
        const Run builtIns = run({u"saved"_qs, u"list"_qs}, db);
        QCOMPARE(builtIns.lines(),
            (QStringList{u"today\t0\twithin:today"_qs, u"watchlist-24h\t0\tis:watchlist within:24h"_qs}));
        QCOMPARE(run({u"saved"_qs, u"add"_qs, u"Chips"_qs, u"chip"_qs, u"-rate"_qs}, db).exitCode, 0);
        QCOMPARE(run({u"list"_qs, u"--saved"_qs, u"chips"_qs}, db).lines().size(), 1);
        QVERIFY(run({u"list"_qs, u"--saved"_qs, u"chips"_qs}, db).out.contains(u"Chip tariffs"_qs));
        const Run twice = run({u"saved"_qs, u"add"_qs, u"CHIPS"_qs, u"x"_qs}, db);
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(u"already"_qs), qPrintable(twice.err));
        QCOMPARE(run({u"saved"_qs, u"edit"_qs, u"Chips"_qs, u"rate"_qs}, db).exitCode, 0);
        QVERIFY(run({u"list"_qs, u"--saved"_qs, u"Chips"_qs}, db).out.contains(u"Rate cut"_qs));
        QCOMPARE(run({u"saved"_qs, u"rename"_qs, u"Chips"_qs, u"Rates"_qs}, db).exitCode, 0);
        const QJsonArray listed = run({u"saved"_qs, u"list"_qs, u"--json"_qs}, db).json().array();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(2).toObject().value(u"name"_qs).toString(), u"Rates"_qs);
        QCOMPARE(listed.at(2).toObject().value(u"unread"_qs).toInt(), 1);
        QCOMPARE(listed.at(2).toObject().value(u"total"_qs).toInt(), 1);
        QCOMPARE(run({u"saved"_qs, u"remove"_qs, u"today"_qs}, db).exitCode, 0);
        QCOMPARE(run({u"list"_qs, u"--saved"_qs, u"today"_qs}, db).exitCode, 1);
        QCOMPARE(run({u"saved"_qs, u"remove"_qs, u"nothing"_qs}, db).exitCode, 1);
        QCOMPARE(run({u"saved"_qs}, db).exitCode, 2);
        QCOMPARE(run({u"saved"_qs, u"add"_qs, u"only-a-name"_qs}, db).exitCode, 2);
    }

    // The format examples' Related Stocks names, in three locales, are the aliases; the user's own
    // are added and removed by name, and a bad request says what is wrong.
    void aliases()
    {
        const Run listed = run({u"alias"_qs, u"list"_qs, u"02382.HK"_qs});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.lines(), QStringList{u"Pearl River Packaging"_qs});
        QCOMPARE(run({u"alias"_qs, u"list"_qs, u"HBLN.US"_qs}).lines(), QStringList{u"Harborline Semiconductor"_qs});

        const Run added = run({u"alias"_qs, u"add"_qs, u"HBLN.US"_qs, u"Harborline"_qs});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.out, u"added Harborline to HBLN.US\n"_qs);
        QCOMPARE(run({u"alias"_qs, u"add"_qs, u"HBLN.US"_qs, u"港湾线"_qs, u"半导体"_qs}).exitCode, 0);
        const Run json = run({u"alias"_qs, u"list"_qs, u"hbln.us"_qs, u"--json"_qs});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().array().toVariantList(),
            (QVariantList{u"Harborline Semiconductor"_qs, u"Harborline"_qs, u"港湾线 半导体"_qs}));
        QCOMPARE(run({u"alias"_qs, u"remove"_qs, u"HBLN.US"_qs, u"Harborline"_qs, u"Semiconductor"_qs}).exitCode, 0);
        QCOMPARE(run({u"alias"_qs, u"list"_qs, u"HBLN.US"_qs}).lines(),
            (QStringList{u"Harborline"_qs, u"港湾线 半导体"_qs}));

        const Run missing = run({u"alias"_qs, u"remove"_qs, u"HBLN.US"_qs, u"Nothing"_qs});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"HBLN.US has no alias \"Nothing\""_qs), qPrintable(missing.err));
        const Run badTicker = run({u"alias"_qs, u"add"_qs, u"HBLN"_qs, u"Harborline"_qs});
        QCOMPARE(badTicker.exitCode, 2);
        QVERIFY2(badTicker.err.contains(u"not a ticker"_qs), qPrintable(badTicker.err));
        QCOMPARE(run({u"alias"_qs, u"add"_qs, u"HBLN.US"_qs}).exitCode, 2);
        QCOMPARE(run({u"alias"_qs, u"list"_qs}).exitCode, 2);
        QCOMPARE(run({u"alias"_qs, u"rename"_qs, u"HBLN.US"_qs, u"x"_qs}).exitCode, 2);
    }

    // `ticker --json`: one object with what the ticker's view shows, counted as of now.
    void tickerSummary()
    {
        const QString db = m_dir.filePath(u"ticker.sqlite"_qs);
        const QString stocks
            = u"### Related Stocks\n\n"
              u"- [Harborline Semiconductor Corp. (HBLN.US)](https://longbridge.com/en/quote/HBLN.US.md)\n"
              u"- [Pearl River Packaging Holdings (2382.HK)](https://longbridge.com/en/quote/2382.HK.md)\n"_qs;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            files.append(writeFile(u"ticker/%1.md"_qs.arg(i),
                document(QString::number(500000000 + i), u"Packaging orders %1"_qs.arg(i),
                    now.addSecs(-60 * (i + 1)).toString(Qt::ISODate), stocks)));
        }
        files.append(writeFile(u"ticker/old.md"_qs,
            document(u"500000009"_qs, u"Older news"_qs, now.addDays(-40).toString(Qt::ISODate),
                u"Orders rose at Harborline (HBLN.US)."_qs)));
        QCOMPARE(run(QStringList{u"import"_qs} + files, db).exitCode, 0);

        const Run r = run({u"ticker"_qs, u"hbln.us"_qs, u"--json"_qs}, db);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(u"ticker"_qs).toString(), u"HBLN.US"_qs);
        QCOMPARE(o.value(u"name"_qs).toString(), u"Harborline Semiconductor Corp."_qs);
        QCOMPARE(o.value(u"aliases"_qs).toArray().toVariantList(), QVariantList{u"Harborline Semiconductor"_qs});
        QCOMPARE(o.value(u"total"_qs).toInt(), 4);
        QCOMPARE(o.value(u"unread"_qs).toInt(), 4);
        QCOMPARE(o.value(u"last_7_days"_qs).toInt(), 3);
        int daily = 0;
        for (const QJsonValue &day : o.value(u"daily"_qs).toArray())
            daily += day.toObject().value(u"count"_qs).toInt();
        QCOMPARE(daily, 4); // all within 90 days
        const QJsonObject buzz = o.value(u"buzz"_qs).toObject();
        for (const char *field : {"today", "mean", "stddev", "active"})
            QVERIFY2(buzz.contains(QLatin1StringView(field)), field);
        const QJsonArray together = o.value(u"together"_qs).toArray();
        QCOMPARE(together.size(), 1);
        QCOMPARE(together.at(0).toObject().value(u"ticker"_qs).toString(), u"2382.HK"_qs);
        QCOMPARE(together.at(0).toObject().value(u"count"_qs).toInt(), 3);
        const QJsonObject roles = o.value(u"articles"_qs).toObject();
        QCOMPARE(roles.value(u"primary"_qs).toInt(), 3);
        QCOMPARE(roles.value(u"related"_qs).toInt(), 0);
        QCOMPARE(roles.value(u"mentioned"_qs).toInt(), 1);

        const Run text = run({u"ticker"_qs, u"2382.HK"_qs}, db);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(
                     u"2382.HK  Pearl River Packaging Holdings\naliases: Pearl River Packaging\n"
                     u"articles: 3 (3 unread, 3 in the last 7 days; 0 primary, 3 related, 0 mentioned)\n"_qs),
            qPrintable(text.out));
        QCOMPARE(run({u"ticker"_qs}, db).exitCode, 2);
    }

    void searches_data()
    {
        QTest::addColumn<QStringList>("query");
        QTest::addColumn<bool>("found"); // the sample article 281000001
        QTest::addColumn<QString>("locale"); // of the variant shown: the one that matched
        QTest::newRow("nominal: English word") << QStringList{u"harborline"_qs} << true << u"en"_qs;
        QTest::newRow("nominal: prefix") << QStringList{u"semicond*"_qs} << true << u"en"_qs;
        QTest::newRow("nominal: two Chinese characters, Simplified") << QStringList{u"营收"_qs} << true << u"zh-CN"_qs;
        QTest::newRow("nominal: two Chinese characters, Traditional") << QStringList{u"營收"_qs} << true << u"zh-HK"_qs;
        QTest::newRow("nominal: several words") << QStringList{u"record"_qs, u"quarter"_qs} << true << u"en"_qs;
        QTest::newRow("nominal: nothing") << QStringList{u"zeppelin"_qs} << false << QString();
        QTest::newRow("robustness: FTS5 syntax typed")
            << QStringList{u"\"record"_qs, u"OR"_qs, u"(x"_qs} << false << QString();
        // The search language (an empty locale: any variant may be shown).
        QTest::newRow("language: a word is whole") << QStringList{u"recor"_qs} << false << QString();
        QTest::newRow("language: phrase") << QStringList{u"\"record quarter\""_qs} << true << u"en"_qs;
        QTest::newRow("language: exclude") << QStringList{u"harborline"_qs, u"-zeppelin"_qs} << true << u"en"_qs;
        QTest::newRow("language: exclude a word it has")
            << QStringList{u"harborline -quarter"_qs} << false << QString();
        QTest::newRow("language: exclude only") << QStringList{u"-zeppelin"_qs} << true << QString();
        QTest::newRow("language: lang") << QStringList{u"lang:zh-HK"_qs, u"41"_qs} << true << u"zh-HK"_qs;
        QTest::newRow("language: ticker operator") << QStringList{u"ticker:02382.HK"_qs} << true << QString();
        QTest::newRow("language: dates") << QStringList{u"after:2026-03-12 before:2026-03-13"_qs} << true << QString();
        QTest::newRow("language: outside the dates")
            << QStringList{u"harborline before:2026-03-12"_qs} << false << QString();
        QTest::newRow("language: is:unread") << QStringList{u"harborline is:unread"_qs} << true << u"en"_qs;
        QTest::newRow("ticker: as a related stock writes it") << QStringList{u"2382.HK"_qs} << true << QString();
        QTest::newRow("ticker: another spelling") << QStringList{u"02382.HK"_qs} << true << QString();
        QTest::newRow("company name") << QStringList{u"Pearl"_qs, u"River"_qs} << true << QString();
        QTest::newRow("malformed: unknown operator") << QStringList{u"label:macro"_qs} << false << QString();
        QTest::newRow("malformed: bad date") << QStringList{u"before:soon"_qs} << false << QString();
    }

    void searches()
    {
        QFETCH(QStringList, query);
        QFETCH(bool, found);
        QFETCH(QString, locale);
        const Run result = run(QStringList{u"search"_qs} + query);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        const QStringList lines = result.lines().filter(u"\t281000001\t"_qs);
        QCOMPARE(lines.size(), found ? 1 : 0);
        if (found && !locale.isEmpty())
            QCOMPARE(lines.first().section(u'\t', 2, 2), locale);
        const Run json = run(QStringList{u"search"_qs, u"--json"_qs} + query);
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().array().size(), result.lines().size());
        if (!found)
            QVERIFY(result.out.isEmpty());
    }

    void searchNeedsAQuery() { QCOMPARE(run({u"search"_qs}).exitCode, 2); }

    void bookmarks()
    {
        QCOMPARE(run({u"bookmark"_qs, u"list"_qs}).out, QString());
        const Run added = run({u"bookmark"_qs, u"add"_qs, u"https://longbridge.com/news/281000001.md"_qs});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(run({u"bookmark"_qs, u"list"_qs}).lines().size(), 1);
        QCOMPARE(run({u"list"_qs, u"--bookmarked"_qs}).lines().size(), 1);
        const QJsonArray json = run({u"bookmark"_qs, u"list"_qs, u"--json"_qs}).json().array();
        QCOMPARE(json.size(), 1);
        QVERIFY(json.first().toObject().value(u"bookmarked"_qs).toBool());
        QCOMPARE(run({u"bookmark"_qs, u"remove"_qs, u"281000001"_qs}).exitCode, 0);
        QCOMPARE(run({u"bookmark"_qs, u"list"_qs}).out, QString());
        QCOMPARE(run({u"bookmark"_qs, u"add"_qs, u"424242"_qs}).exitCode, 1);
        QCOMPARE(run({u"bookmark"_qs, u"add"_qs}).exitCode, 2);
        QCOMPARE(run({u"bookmark"_qs, u"toggle"_qs, u"1"_qs}).exitCode, 2);
    }

    // Retention on a real file: old articles go, bookmarked, labelled and watchlist ones stay unless named.
    void prunesOldArticlesButNeverBookmarkedOnes()
    {
        const QString library = m_dir.filePath(u"prune.sqlite"_qs);
        const QString recent = QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODate);
        writeFile(u"prune/old.md"_qs, document(u"700001"_qs, u"Old news"_qs, u"2020-01-02T08:00:00Z"_qs));
        writeFile(u"prune/old2.md"_qs, document(u"700002"_qs, u"Older news"_qs, u"2019-05-02T08:00:00Z"_qs));
        writeFile(u"prune/kept.md"_qs, document(u"700003"_qs, u"Old but bookmarked"_qs, u"2020-01-03T08:00:00Z"_qs));
        writeFile(u"prune/watched.md"_qs,
            document(u"700004"_qs, u"Old and watched"_qs, u"2020-01-04T08:00:00Z"_qs,
                u"Harborline Semiconductor (HBLN.US) said on Thursday"_qs));
        writeFile(u"prune/new.md"_qs, document(u"700005"_qs, u"Recent news"_qs, recent));
        writeFile(u"prune/labelled.md"_qs, document(u"700006"_qs, u"Old but labelled"_qs, u"2020-01-05T08:00:00Z"_qs));
        QCOMPARE(run({u"import"_qs, m_dir.filePath(u"prune"_qs)}, library).exitCode, 0);
        QCOMPARE(run({u"bookmark"_qs, u"add"_qs, u"700003"_qs}, library).exitCode, 0);
        QCOMPARE(run({u"label"_qs, u"add"_qs, u"700006"_qs, u"thesis"_qs}, library).exitCode, 0);
        QCOMPARE(run({u"watchlist"_qs, u"add"_qs, u"HBLN.US"_qs}, library).exitCode, 0);

        const Run dry = run({u"prune"_qs, u"--older-than"_qs, u"6m"_qs, u"--dry-run"_qs}, library);
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.startsWith(u"would delete 2 articles"), qPrintable(dry.out));
        QCOMPARE(run({u"list"_qs}, library).lines().size(), 6);

        const Run pruned = run({u"prune"_qs, u"--older-than"_qs, u"6m"_qs}, library);
        QCOMPARE(pruned.exitCode, 0);
        QVERIFY2(pruned.out.startsWith(u"deleted 2 articles"), qPrintable(pruned.out));
        const QString left = run({u"list"_qs}, library).out;
        QVERIFY(left.contains(u"Old but bookmarked"));
        QVERIFY(left.contains(u"Old and watched"));
        QVERIFY(left.contains(u"Old but labelled"));
        QVERIFY(left.contains(u"Recent news"));
        QVERIFY(!left.contains(u"Old news"));
        QVERIFY(!left.contains(u"Older news"));
        QCOMPARE(run({u"search"_qs, u"older"_qs}, library).out, QString()); // gone from the index too
        QCOMPARE(run({u"show"_qs, u"--json"_qs, u"700003"_qs}, library).exitCode, 0);

        // The watchlist keeps its article until the user includes it; the bookmark still wins.
        const Run watched = run({u"prune"_qs, u"--older-than"_qs, u"6m"_qs, u"--include-watchlist"_qs}, library);
        QVERIFY2(watched.out.startsWith(u"deleted 1 articles"), qPrintable(watched.out));
        QVERIFY(run({u"list"_qs}, library).out.contains(u"Old but bookmarked"));
        QCOMPARE(run({u"list"_qs}, library).lines().size(), 3);

        // A label keeps its article the same way.
        const Run labelled = run({u"prune"_qs, u"--older-than"_qs, u"6m"_qs, u"--include-labelled"_qs}, library);
        QVERIFY2(labelled.out.startsWith(u"deleted 1 articles"), qPrintable(labelled.out));
        QVERIFY(!run({u"list"_qs}, library).out.contains(u"Old but labelled"));
        QCOMPARE(run({u"list"_qs}, library).lines().size(), 2);

        QCOMPARE(run({u"prune"_qs}, library).exitCode, 2);
        QCOMPARE(run({u"prune"_qs, u"--older-than"_qs, u"soon"_qs}, library).exitCode, 2);
    }

    void refusesALibraryItCannotUse()
    {
        const QString text = writeFile(u"notes.txt"_qs, QByteArray("not a database, just some notes\n").repeated(40));
        const Run result = run({u"list"_qs}, text);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(u"newsdesk: "), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"not a Newsdesk library"), qPrintable(result.err));
    }

    void unknownCommandIsAUsageError() { QCOMPARE(run({u"frobnicate"_qs}).exitCode, 2); }
};

QTEST_GUILESS_MAIN(TestCliLibrary)
#include "tst_cli_library.moc"
