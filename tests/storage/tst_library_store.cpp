#include "storage/connection.h"
#include "storage/library.h"
#include "testarticles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Storage;
using Tests::article;
using Tests::utc;

namespace {

Core::Article fullArticle()
{
    Core::Article a = article(u"281000001"_qs, u"en"_qs, u"Harborline posts record quarter"_qs,
        utc("2026-03-12T08:30:00.250Z"), u"Body with **bold** and a table.\n\n| a | b |\n"_qs, u"Revenue up 41%."_qs);
    a.relatedStocks = {Tests::stock(u"HBLN.US"_qs, u"Harborline Semiconductor Corp."_qs),
        Tests::stock(u"02382.HK"_qs, u"Pearl River Packaging"_qs)};
    a.relatedNews
        = {{u"280990412"_qs, u"Cloud providers raise 2026 plans"_qs, Tests::newsUrl(u"280990412"_qs, u"en"_qs)},
            {QString(), u"An outside link"_qs, QUrl(u"https://example.com/a?b=c&d=%C3%A9"_qs)}};
    a.mentions = {u"HBLN.US"_qs, u"2382.HK"_qs, u"BRK.B.US"_qs};
    a.extra = {{u"author"_qs, QVariant(u"Desk"_qs)}, {u"tags"_qs, QVariant(QStringList{u"chips"_qs, u"earnings"_qs})}};
    a.warnings = {u"line 3: unknown key kept"_qs};
    return a;
}

QString message(const Result<StoreOutcome> &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

// Storing articles: upsert by (document key, locale), one document for all locales, and read state
// and bookmarks that survive every re-import.
class TestLibraryStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;

private slots:
    void init()
    {
        m_library = std::make_unique<Library>();
        QVERIFY(m_library->open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite")).ok());
    }

    void cleanup()
    {
        if (m_library && m_library->isOpen())
            QVERIFY2(m_library->checkIntegrity().ok(), qPrintable(m_library->checkIntegrity().error().message));
        m_library.reset();
    }

    void roundTrip()
    {
        const Core::Article original = fullArticle();
        const Result<StoreOutcome> stored = m_library->store(original);
        QVERIFY2(stored.ok(), qPrintable(message(stored)));
        QCOMPARE(stored->action, StoreAction::Inserted);
        const Result<Core::Article> read = m_library->article(stored->docId, u"en"_qs);
        QVERIFY(read.ok());
        QCOMPARE(read->key, original.key);
        QCOMPARE(read->url, original.url);
        QCOMPARE(read->published, original.published);
        QCOMPARE(read->variants, original.variants);
        QCOMPARE(read->relatedStocks, original.relatedStocks);
        QCOMPARE(read->relatedNews, original.relatedNews);
        QCOMPARE(read->extra, original.extra);
        QVERIFY(read.value() == original);
        QCOMPARE(m_library->storedPublished(original.key), std::optional<QDateTime>(original.published));
        QCOMPARE(m_library->storedPublished(u"nope"_qs), std::nullopt);
    }

    void reimportIsNoDuplicate()
    {
        const Core::Article a = fullArticle();
        const Result<StoreOutcome> first = m_library->store(a);
        const Result<StoreOutcome> second = m_library->store(a);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(second->action, StoreAction::Unchanged);
        QCOMPARE(second->docId, first->docId);
        QCOMPARE(m_library->documentCount(), 1);
        QCOMPARE(m_library->rows({}, 10).size(), 1);
        QCOMPARE(m_library->storedLocales(first->docId), QStringList{u"en"_qs});
    }

    void readAndBookmarkSurviveReimport()
    {
        Core::Article a = fullArticle();
        const DocId doc = m_library->store(a)->docId;
        QVERIFY(m_library->setRead(doc, true).ok());
        QVERIFY(m_library->setBookmarked(doc, true).ok());
        a.title = u"Harborline posts record quarter (updated)"_qs;
        a.body += u"\nA correction."_qs;
        const Result<StoreOutcome> again = m_library->store(a);
        QCOMPARE(again->action, StoreAction::Updated);
        QCOMPARE(again->docId, doc);
        const std::optional<ListRow> row = m_library->row(doc);
        QVERIFY(row);
        QVERIFY(row->read);
        QVERIFY(row->bookmarked);
        QCOMPARE(row->title, a.title);
    }

    void changedRelatedNewsIsAnUpdate()
    {
        Core::Article a = fullArticle();
        const DocId doc = m_library->store(a)->docId;
        QVERIFY(m_library->setBookmarked(doc, true).ok());
        a.relatedNews = {{u"281000777"_qs, u"Something else today"_qs, Tests::newsUrl(u"281000777"_qs, u"en"_qs)}};
        a.source += u"\n- [Something else today](…)\n"_qs;
        const Result<StoreOutcome> again = m_library->store(a);
        QCOMPARE(again->action, StoreAction::Updated);
        QCOMPARE(again->docId, doc);
        QCOMPARE(m_library->documentCount(), 1);
        QCOMPARE(m_library->article(doc, u"en"_qs)->relatedNews, a.relatedNews);
        QVERIFY(m_library->row(doc)->bookmarked);
    }

    void localesShareOneDocument()
    {
        const QDateTime when = utc("2026-03-12T08:30:00Z");
        const DocId doc = m_library->store(article(u"5"_qs, u"zh-CN"_qs, u"港湾线"_qs, when))->docId;
        QCOMPARE(m_library->store(article(u"5"_qs, u"en"_qs, u"Harborline"_qs, when))->docId, doc);
        QCOMPARE(m_library->store(article(u"5"_qs, u"zh-HK"_qs, u"港灣線"_qs, when))->docId, doc);
        QCOMPARE(m_library->documentCount(), 1);
        QCOMPARE(m_library->storedLocales(doc), (QStringList{u"zh-CN"_qs, u"en"_qs, u"zh-HK"_qs}));
        QCOMPARE(m_library->row(doc, u"en"_qs)->title, u"Harborline"_qs);
        QCOMPARE(m_library->row(doc, u"fr"_qs)->locale, u"zh-CN"_qs); // not stored: the first stored one
        QCOMPARE(m_library->row(doc)->locales, (QStringList{u"zh-CN"_qs, u"en"_qs, u"zh-HK"_qs}));
        QCOMPARE(m_library->article(doc, {}, u"zh-HK"_qs)->title, u"港灣線"_qs);
        QCOMPARE(m_library->article(doc, u"fr"_qs).error().kind, Error::Kind::NotFound);
        // Read state is per document: reading one variant marks them all.
        QVERIFY(m_library->setRead(doc, true).ok());
        QVERIFY(m_library->row(doc, u"zh-HK"_qs)->read);
        QCOMPARE(m_library->count({ListFilter::View::Unread, {}, {}}), 0);
    }

    void changedPublishTimeMovesTheDocument()
    {
        const DocId a
            = m_library->store(article(u"1"_qs, u"en"_qs, u"Alpha"_qs, utc("2026-03-10T08:00:00Z"), u"apricot"_qs))
                  ->docId;
        QVERIFY(m_library->store(article(u"1"_qs, u"zh-CN"_qs, u"甲"_qs, utc("2026-03-10T08:00:00Z"), u"杏子果园"_qs))
                    .ok());
        QVERIFY(m_library->store(article(u"2"_qs, u"en"_qs, u"Beta"_qs, utc("2026-03-11T08:00:00Z"))).ok());
        QVERIFY(m_library->store(article(u"3"_qs, u"en"_qs, u"Gamma"_qs, utc("2026-03-12T08:00:00Z"))).ok());
        Core::Article alpha = article(u"1"_qs, u"en"_qs, u"Alpha"_qs, utc("2026-03-13T09:00:00Z"), u"apricot"_qs);
        alpha.relatedStocks = {Tests::stock(u"0700.HK"_qs, u"Tencent"_qs)};
        QVERIFY(m_library->setRead(a, true).ok());

        const Result<StoreOutcome> moved = m_library->store(alpha);
        QVERIFY2(moved.ok(), qPrintable(message(moved)));
        QCOMPARE(moved->action, StoreAction::Updated);
        QVERIFY(moved->docId > a);
        QCOMPARE(m_library->findDocument(u"1"_qs), std::optional<DocId>(moved->docId));
        QCOMPARE(m_library->documentCount(), 3);

        QStringList order;
        for (const ListRow &row : m_library->rows({}, 10))
            order.append(row.key);
        QCOMPARE(order, (QStringList{u"1"_qs, u"3"_qs, u"2"_qs}));
        const std::optional<ListRow> row = m_library->row(moved->docId, u"en"_qs);
        QVERIFY(row->read);
        QCOMPARE(row->published, utc("2026-03-13T09:00:00Z"));
        QCOMPARE(row->locales, (QStringList{u"en"_qs, u"zh-CN"_qs}));
        QVERIFY(!m_library->row(a).has_value());
        // Both variants moved, in the full-text index and the ticker index too.
        const QList<ListRow> found = m_library->rows({ListFilter::View::All, {}, u"杏子"_qs}, 10);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().docId, moved->docId);
        QCOMPARE(m_library->rows({ListFilter::View::All, {}, u"apricot"_qs}, 10).first().docId, moved->docId);
        QCOMPARE(m_library->rows({ListFilter::View::All, {u"700.HK"_qs}, {}}, 10).first().docId, moved->docId);

        // An earlier time moves it back down.
        alpha.published = utc("2026-03-09T09:00:00Z");
        const DocId earlier = m_library->store(alpha)->docId;
        QVERIFY(earlier < m_library->findDocument(u"2"_qs).value());
        QCOMPARE(m_library->rows({}, 10).last().key, u"1"_qs);
    }

    void documentWithoutTimeSortsByImport()
    {
        QVERIFY(m_library->store(article(u"old"_qs, u"en"_qs, u"Old"_qs, utc("2001-01-01T00:00:00Z"))).ok());
        const Result<StoreOutcome> undated = m_library->store(article(u"undated"_qs, u"en"_qs, u"No date"_qs, {}));
        QVERIFY(undated.ok());
        const QList<ListRow> rows = m_library->rows({}, 10);
        QCOMPARE(rows.first().key, u"undated"_qs);
        QVERIFY(!rows.first().published.isValid());
        QVERIFY(!m_library->article(undated->docId)->published.isValid());
        // Re-importing it without a time keeps it where it is.
        QCOMPARE(m_library->store(article(u"undated"_qs, u"en"_qs, u"No date"_qs, {}))->docId, undated->docId);
        // Not above all news: an article published after the import lists above it.
        const QDateTime afterImport = QDateTime::currentDateTimeUtc().addDays(1);
        QVERIFY(m_library->store(article(u"later"_qs, u"en"_qs, u"Later"_qs, afterImport)).ok());
        const QList<ListRow> after = m_library->rows({}, 10);
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.at(0).key, u"later"_qs);
        QCOMPARE(after.at(1).key, u"undated"_qs);
        QCOMPARE(after.at(2).key, u"old"_qs);
    }

    void manyDocumentsInOneSecond()
    {
        QList<Core::Article> batch;
        for (int i = 0; i < 300; ++i)
            batch.append(article(QString::number(1000 + i), u"en"_qs, u"Same second"_qs, utc("2026-03-12T08:30:00Z")));
        for (const Result<StoreOutcome> &result : m_library->storeAll(batch))
            QVERIFY(result.ok());
        QCOMPARE(m_library->documentCount(), 300);
        QCOMPARE(m_library->rows({}, 1000).size(), 300);
    }

    void oneBadArticleLosesNothingElse()
    {
        Core::Article noKey = article(QString(), u"en"_qs, u"Nameless"_qs, utc("2026-03-12T08:30:00Z"));
        const QList<Result<StoreOutcome>> results
            = m_library->storeAll({article(u"a"_qs, u"en"_qs, u"A"_qs, utc("2026-03-12T08:30:00Z")), noKey,
                article(u"b"_qs, u"en"_qs, u"B"_qs, utc("2026-03-12T08:31:00Z"))});
        QCOMPARE(results.size(), 3);
        QVERIFY(results.at(0).ok());
        QVERIFY(!results.at(1).ok());
        QCOMPARE(results.at(1).error().kind, Error::Kind::InvalidInput);
        QVERIFY(results.at(2).ok());
        QCOMPARE(m_library->documentCount(), 2);
    }

    void failureInsideABatchLosesNothingElse()
    {
        // The 65th locale of one document has no slot: that article fails inside the batch, after
        // others were written; the batch is stored again around it.
        QList<Core::Article> batch;
        for (int i = 0; i < 65; ++i)
            batch.append(article(u"many"_qs, u"x-%1"_qs.arg(i), u"Variant"_qs, utc("2026-03-12T08:30:00Z")));
        batch.append(article(u"other"_qs, u"en"_qs, u"Other"_qs, utc("2026-03-12T09:30:00Z")));
        const QList<Result<StoreOutcome>> results = m_library->storeAll(batch);
        QCOMPARE(results.size(), 66);
        for (int i = 0; i < 64; ++i)
            QVERIFY(results.at(i).ok());
        QVERIFY(!results.at(64).ok());
        QVERIFY2(results.at(64).error().message.contains(u"64 locales"), qPrintable(results.at(64).error().message));
        QVERIFY(results.at(65).ok());
        QCOMPARE(m_library->documentCount(), 2);
        QCOMPARE(m_library->storedLocales(results.at(0)->docId).size(), 64);
    }

    void tickersAreStoredByKey()
    {
        Core::Article a = fullArticle();
        const DocId doc = m_library->store(a)->docId;
        QCOMPARE(m_library->row(doc)->tickers, (QStringList{u"HBLN.US"_qs, u"02382.HK"_qs, u"BRK.B.US"_qs}));
        QCOMPARE(m_library->tickerName(u"2382.HK"_qs), u"Pearl River Packaging"_qs);
        QCOMPARE(m_library->tickerName(u"0002382.hk"_qs), u"Pearl River Packaging"_qs);
        QCOMPARE(m_library->tickerName(u"BRK.B.US"_qs), QString()); // only mentioned: no name
        QCOMPARE(m_library->rows({ListFilter::View::All, {u"brk.b.us"_qs}, {}}, 10).size(), 1);
        // A re-import without the stock drops it from the filter.
        a.relatedStocks.removeLast();
        a.mentions = {u"HBLN.US"_qs};
        QVERIFY(m_library->store(a).ok());
        QCOMPARE(m_library->rows({ListFilter::View::All, {u"2382.HK"_qs}, {}}, 10).size(), 0);
        QCOMPARE(m_library->rows({ListFilter::View::All, {u"HBLN.US"_qs}, {}}, 10).size(), 1);
    }

    void findsDocumentsByAnyName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("found");
        QTest::newRow("nominal: news id") << u"281000001"_qs << true;
        QTest::newRow("nominal: canonical URL") << u"https://longbridge.com/en/news/281000001.md"_qs << true;
        QTest::newRow("nominal: other locale URL") << u"https://longbridge.com/zh-HK/news/281000001"_qs << true;
        QTest::newRow("nominal: no locale, query") << u"https://longbridge.com/news/281000001.md?ref=x"_qs << true;
        QTest::newRow("nominal: old host") << u"https://longportapp.com/zh-CN/news/281000001"_qs << true;
        QTest::newRow("robustness: other id") << u"281000002"_qs << false;
        QTest::newRow("robustness: empty") << QString() << false;
        QTest::newRow("robustness: garbage") << u"::// %%"_qs << false;
    }

    void findsDocumentsByAnyName()
    {
        QFETCH(QString, name);
        QFETCH(bool, found);
        const DocId doc = m_library->store(fullArticle())->docId;
        const std::optional<DocId> result = m_library->findDocument(name);
        QCOMPARE(result.has_value(), found);
        if (found)
            QCOMPARE(*result, doc);
    }

    void remembersImportedFiles()
    {
        const QList<Result<StoreOutcome>> results
            = m_library->storeAll({fullArticle()}, {u"/data/news/harborline.md"_qs});
        QVERIFY(results.first().ok());
        const auto found = m_library->findImportedFile(u"/data/news/harborline.md"_qs);
        QVERIFY(found);
        QCOMPARE(found->first, results.first()->docId);
        QCOMPARE(found->second, u"en"_qs);
        QVERIFY(!m_library->findImportedFile(u"/data/news/other.md"_qs));
    }

    void fullDiskIsAClearErrorAndLosesNothing()
    {
        const QString path = m_library->path();
        QStringList stored;
        for (int i = 0; i < 5; ++i) {
            const QString id = QString::number(100 + i);
            QVERIFY(
                m_library->store(article(id, u"en"_qs, u"Before"_qs, utc("2026-03-12T08:30:00Z"), u"text"_qs)).ok());
            stored.append(id);
        }
        {
            const Result<QVariant> pages = m_library->connection().scalar(u"PRAGMA page_count"_qs);
            QVERIFY(pages.ok());
            QVERIFY(m_library->connection().scalar(u"PRAGMA max_page_count = %1"_qs.arg(pages->toInt() + 20)).ok());
        }
        const QString bigBody = u"Lorem ipsum dolor sit amet, consectetur adipiscing elit. "_qs.repeated(400);
        bool sawFull = false;
        for (int batch = 0; batch < 10 && !sawFull; ++batch) {
            QList<Core::Article> articles;
            for (int i = 0; i < 10; ++i) {
                articles.append(article(
                    QString::number(1000 + batch * 10 + i), u"en"_qs, u"Big"_qs, utc("2026-03-12T09:00:00Z"), bigBody));
            }
            const QList<Result<StoreOutcome>> results = m_library->storeAll(articles);
            for (qsizetype i = 0; i < results.size(); ++i) {
                if (results.at(i).ok()) {
                    stored.append(articles.at(i).key);
                } else {
                    QCOMPARE(results.at(i).error().kind, Error::Kind::Io);
                    QVERIFY2(results.at(i).error().message.contains(u"disk is full"),
                        qPrintable(results.at(i).error().message));
                    sawFull = true;
                }
            }
        }
        QVERIFY(sawFull);
        QVERIFY(m_library->checkIntegrity().ok());
        m_library.reset();
        Library reopened;
        QVERIFY(reopened.open(path).ok());
        QVERIFY(reopened.checkIntegrity().ok());
        QCOMPARE(reopened.documentCount(), int(stored.size()));
        for (const QString &key : std::as_const(stored))
            QVERIFY2(reopened.findDocument(key).has_value(), qPrintable(key));
    }

    void readOnlyIsAClearError()
    {
        const DocId doc = m_library->store(fullArticle())->docId;
        Connection &connection = m_library->connection();
        QVERIFY(connection.exec(u"PRAGMA query_only = ON"_qs).ok());
        const Result<StoreOutcome> stored = m_library->store(article(u"2"_qs, u"en"_qs, u"Two"_qs, {}));
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().kind, Error::Kind::Io);
        QVERIFY2(stored.error().message.contains(u"read-only"), qPrintable(stored.error().message));
        QVERIFY(!m_library->setRead(doc, true).ok());
        QVERIFY(connection.exec(u"PRAGMA query_only = OFF"_qs).ok());
        QCOMPARE(m_library->documentCount(), 1);
        QVERIFY(m_library->setRead(doc, true).ok());
    }

    void unknownDocumentStateIsNotFound()
    {
        QCOMPARE(m_library->setRead(12345, true).error().kind, Error::Kind::NotFound);
        QCOMPARE(m_library->setBookmarked(12345, true).error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_library_store.moc"
