// Saved searches in a real library file: the built-ins a new library starts with, adding,
// renaming, editing, ordering and removing, names the user cannot tell apart refused, and what
// each one lists, with the clock `within:` counts from given by the test.
#include "storage/library.h"
#include "storage/savedsearches.h"
#include "testarticles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Tests;
using Storage::ListFilter;
using Storage::SavedSearch;

class TestSavedSearches final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Library> m_library;

    QStringList names() const
    {
        QStringList result;
        const QList<SavedSearch> all = m_library->savedSearches().all();
        for (const SavedSearch &s : all)
            result.append(s.name.isEmpty() ? s.builtIn : s.name);
        return result;
    }

    QStringList listed(const QString &query, const QDateTime &now) const
    {
        ListFilter filter;
        filter.search = query;
        filter.now = now;
        return keys(m_library->rows(filter, 100));
    }

private Q_SLOTS:
    void init()
    {
        m_library = std::make_unique<Storage::Library>();
        QVERIFY(m_library
                    ->open(m_dir.filePath(
                        QStringLiteral("lib-%1.sqlite").arg(QLatin1StringView(QTest::currentTestFunction()))))
                    .ok());
    }

    void aNewLibraryHasTheBuiltIns()
    {
        QCOMPARE(names(), (QStringList{QStringLiteral("today"), QStringLiteral("watchlist-24h")}));
        const QList<SavedSearch> all = m_library->savedSearches().all();
        QCOMPARE(all.at(0).query, QStringLiteral("within:today"));
        QCOMPARE(all.at(1).query, QStringLiteral("is:watchlist within:24h"));
    }

    void addRenameEditMoveRemove()
    {
        Storage::SavedSearchStore &store = m_library->savedSearches();
        const auto nvda = store.add(QStringLiteral("Nvidia chips"), QStringLiteral("ticker:NVDA.US chips"));
        QVERIFY(nvda.ok());
        const auto fed = store.add(QStringLiteral("Fed"), QStringLiteral("\"rate cut\" -crypto"));
        QVERIFY(fed.ok());
        QCOMPARE(names(),
            (QStringList{QStringLiteral("today"), QStringLiteral("watchlist-24h"), QStringLiteral("Nvidia chips"),
                QStringLiteral("Fed")}));
        // Names the sidebar could not tell apart, and empty ones, are refused with a reason.
        const auto same = store.add(QStringLiteral("nvidia CHIPS"), QStringLiteral("x"));
        QVERIFY(!same.ok());
        QVERIFY2(same.error().message.contains(QStringLiteral("already")), qPrintable(same.error().message));
        QVERIFY(!store.add(QStringLiteral("  "), QStringLiteral("x")).ok());
        QVERIFY(!store.add(QStringLiteral("Empty"), QStringLiteral(" ")).ok());

        QVERIFY(store.rename(*fed, QStringLiteral("Rates")).ok());
        QVERIFY(store.setQuery(*fed, QStringLiteral("\"rate cut\"")).ok());
        QVERIFY(store.move(*fed, 0).ok());
        QCOMPARE(names(),
            (QStringList{QStringLiteral("Rates"), QStringLiteral("today"), QStringLiteral("watchlist-24h"),
                QStringLiteral("Nvidia chips")}));
        QCOMPARE(store.find(*fed)->query, QStringLiteral("\"rate cut\""));
        // A built-in renamed keeps its query; removed, it stays removed.
        const qint64 today = store.findByName(QStringLiteral("today"))->id;
        QVERIFY(store.rename(today, QStringLiteral("Since midnight")).ok());
        QCOMPARE(store.findByName(QStringLiteral("Since midnight"))->query, QStringLiteral("within:today"));
        QVERIFY(store.remove(today).ok());
        QVERIFY(!store.remove(today).ok());
        QCOMPARE(names(),
            (QStringList{QStringLiteral("Rates"), QStringLiteral("watchlist-24h"), QStringLiteral("Nvidia chips")}));

        // Kept in the file.
        m_library = std::make_unique<Storage::Library>();
        QVERIFY(m_library->open(m_dir.filePath(QStringLiteral("lib-addRenameEditMoveRemove.sqlite"))).ok());
        QCOMPARE(names(),
            (QStringList{QStringLiteral("Rates"), QStringLiteral("watchlist-24h"), QStringLiteral("Nvidia chips")}));
    }

    void builtInsListWhatTheySay()
    {
        const QDateTime now = utc("2026-11-20T15:00:00Z");
        Core::Article watchedRecent = article(
            QStringLiteral("1"), QStringLiteral("en"), QStringLiteral("Watched, 2 h"), now.addSecs(-2 * 3600));
        watchedRecent.relatedStocks = {stock(QStringLiteral("NVDA.US"), QStringLiteral("NVIDIA"))};
        Core::Article watchedOld = article(
            QStringLiteral("2"), QStringLiteral("en"), QStringLiteral("Watched, 30 h"), now.addSecs(-30 * 3600));
        watchedOld.relatedStocks = watchedRecent.relatedStocks;
        Core::Article otherRecent
            = article(QStringLiteral("3"), QStringLiteral("en"), QStringLiteral("Other, 1 h"), now.addSecs(-3600));
        otherRecent.relatedStocks = {stock(QStringLiteral("AAPL.US"), QStringLiteral("Apple"))};
        for (const Core::Article &a : {watchedRecent, watchedOld, otherRecent})
            QVERIFY(m_library->store(a).ok());
        QVERIFY(m_library->addToWatchlist(QStringLiteral("NVDA.US")).ok());

        QCOMPARE(listed(QStringLiteral("is:watchlist within:24h"), now), QStringList{QStringLiteral("1")});
        QCOMPARE(listed(QStringLiteral("is:watchlist"), now), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(listed(QStringLiteral("within:24h"), now), (QStringList{QStringLiteral("3"), QStringLiteral("1")}));
        QCOMPARE(listed(QStringLiteral("within:2d"), now).size(), 3);
        // Today: since local midnight of the day `now` is in.
        const QDateTime midnight = now.toLocalTime().date().startOfDay().toUTC();
        QStringList today;
        for (const Core::Article &a : {otherRecent, watchedRecent, watchedOld}) {
            if (a.published >= midnight)
                today.append(a.key);
        }
        QCOMPARE(listed(QStringLiteral("within:today"), now), today);
        // Tomorrow the same saved search lists nothing of these.
        QCOMPARE(listed(QStringLiteral("within:today"), now.addDays(2)), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSavedSearches)
#include "tst_savedsearches.moc"
