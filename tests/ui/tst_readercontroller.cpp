// The reader's decisions without a widget (links newsdesk_reader only, no Qt Widgets): views and
// their filters, the read rule with a delay the test fires, history with scroll positions, one
// path for links, the watchlist model's writes, and the fetch tracker's messages.
#include "controller/fetchtracker.h"
#include "controller/readdelay.h"
#include "controller/readercontroller.h"
#include "controller/watchlistmodel.h"
#include "core/ticker.h"
#include "net/fetchservice.h"
#include "storage/subscriptionstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Newsdesk;
using Ui::ReaderController;
using Ui::SidebarEntry;
using Reason = Ui::ReaderController::Reason;

namespace {

// A news article stored under its news id, listing all three variants, with related stocks.
Core::Article article(const QString &id, const QString &locale, const QString &title, const QDateTime &published,
    const QStringList &tickers = {})
{
    Core::Article a;
    a.key = id;
    a.locale = locale;
    a.title = title;
    a.type = QStringLiteral("News");
    a.url = QUrl(QStringLiteral("https://news.example.com/%1/news/%2.md").arg(locale, id));
    a.published = published;
    a.body = QStringLiteral("Body of ") + title;
    for (const char *variant : {"en", "zh-CN", "zh-HK"}) {
        const QString code = QString::fromLatin1(variant);
        a.variants.append({code, QUrl(QStringLiteral("https://news.example.com/%1/news/%2.md").arg(code, id))});
    }
    for (const QString &t : tickers)
        a.relatedStocks.append({t, Core::Ticker::keyFor(t), t + QStringLiteral(" Inc"), QUrl()});
    a.source = QStringLiteral("---\ntitle: \"%1\"\n---\n\n%2\n").arg(title, a.body);
    return a;
}

} // namespace

class TestReaderController final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Library> m_library;
    std::unique_ptr<ReaderController> m_controller;
    Ui::ManualReadDelay *m_delay = nullptr;

    Storage::DocId doc(const char *key) const { return m_library->findDocument(QString::fromLatin1(key)).value_or(-1); }
    bool isRead(const char *key) const { return m_library->row(doc(key))->read; }
    QStringList listed(const Storage::ListFilter &filter) const
    {
        QStringList keys;
        for (const Storage::ListRow &row : m_library->rows(filter, 100))
            keys.append(row.key);
        return keys;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString db = m_dir->filePath(QStringLiteral("library.sqlite"));
        m_library = std::make_unique<Storage::Library>();
        QVERIFY(m_library->open(db).ok());
        const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        QList<Core::Article> articles{article(QStringLiteral("1001"), QStringLiteral("en"), QStringLiteral("Chips"), t0,
                                          {QStringLiteral("NVDA.US")}),
            article(QStringLiteral("1002"), QStringLiteral("en"), QStringLiteral("Banks"), t0.addSecs(60),
                {QStringLiteral("700.HK")}),
            article(QStringLiteral("1003"), QStringLiteral("en"), QStringLiteral("Both"), t0.addSecs(120),
                {QStringLiteral("NVDA.US"), QStringLiteral("700.HK")})};
        Core::Article wire
            = article(QStringLiteral("wire-1"), QStringLiteral("en"), QStringLiteral("Wire story"), t0.addSecs(180));
        wire.key = QStringLiteral("https://wire.example.org/story/1");
        wire.url = QUrl(QStringLiteral("https://wire.example.org/story/1"));
        wire.variants.clear();
        articles.append(wire);
        articles.append(
            article(QStringLiteral("1003"), QStringLiteral("zh-CN"), QStringLiteral("两者"), t0.addSecs(120)));
        for (const Core::Article &a : std::as_const(articles))
            QVERIFY(m_library->store(a).ok());
        m_controller = std::make_unique<ReaderController>(m_library.get(), nullptr);
        auto delay = std::make_unique<Ui::ManualReadDelay>();
        m_delay = delay.get();
        m_controller->setReadDelay(std::move(delay));
        m_controller->setPreferredLocale(QStringLiteral("en"));
    }

    void cleanup()
    {
        m_controller.reset();
        m_library.reset();
        m_dir.reset();
    }

    void eachViewHasItsFilter()
    {
        QVERIFY(m_library->addToWatchlist(QStringLiteral("NVDA.US")).ok());
        QVERIFY(m_library->setRead(doc("1002"), true).ok());
        QVERIFY(m_library->setBookmarked(doc("1001"), true).ok());
        const QString wireKey = QStringLiteral("https://wire.example.org/story/1");
        const struct
        {
            SidebarEntry entry;
            QStringList keys;
        } views[] = {
            {{SidebarEntry::Kind::All, {}},
                {wireKey, QStringLiteral("1003"), QStringLiteral("1002"), QStringLiteral("1001")}},
            {{SidebarEntry::Kind::Unread, {}}, {wireKey, QStringLiteral("1003"), QStringLiteral("1001")}},
            {{SidebarEntry::Kind::Bookmarks, {}}, {QStringLiteral("1001")}},
            {{SidebarEntry::Kind::Watchlist, {}}, {QStringLiteral("1003"), QStringLiteral("1001")}},
            {{SidebarEntry::Kind::Ticker, QStringLiteral("700.HK")}, {QStringLiteral("1003"), QStringLiteral("1002")}},
            // A feed or news page: its site's articles; a ticker's news page: that ticker's.
            {{SidebarEntry::Kind::Source, QStringLiteral("https://wire.example.org/feed.xml")}, {wireKey}},
            {{SidebarEntry::Kind::Source, QStringLiteral("https://news.example.com/en/quote/700.HK/news.md")},
                {QStringLiteral("1003"), QStringLiteral("1002")}},
        };
        QSignalSpy changed(m_controller.get(), &ReaderController::filterChanged);
        for (const auto &view : views) {
            m_controller->setView(view.entry);
            QCOMPARE(m_controller->view(), view.entry);
            QCOMPARE(listed(m_controller->filter()), view.keys);
            QCOMPARE(m_library->count(m_controller->filter()), int(view.keys.size()));
        }
        QCOMPARE(changed.count(), int(std::size(views)));
        // A search narrows the view it is typed in.
        m_controller->setView({SidebarEntry::Kind::Ticker, QStringLiteral("NVDA.US")});
        m_controller->setSearch(QStringLiteral("Chips"));
        QCOMPARE(listed(m_controller->filter()), QStringList{QStringLiteral("1001")});
    }

    void explicitOpenReadsAtOnce()
    {
        QSignalSpy read(m_controller.get(), &ReaderController::readStateChanged);
        QVERIFY(m_controller->open(doc("1001"), {}, Reason::Explicit));
        QVERIFY(isRead("1001"));
        QCOMPARE(read.count(), 1);
        QVERIFY(!m_delay->isRunning());
    }

    void browsingReadsOnlyWhatStaysOnScreen()
    {
        m_controller->setReadDelayMs(1500);
        // j held down: three articles pass, none stays.
        for (const char *key : {"1003", "1002", "1001"})
            QVERIFY(m_controller->open(doc(key), {}, Reason::Browse));
        QVERIFY(!isRead("1003"));
        QVERIFY(!isRead("1002"));
        QVERIFY(!isRead("1001"));
        QCOMPARE(m_delay->interval(), 1500);
        // The last one stays for the delay: now it is read, and only it.
        m_delay->fire();
        QVERIFY(isRead("1001"));
        QVERIFY(!isRead("1002"));
        QVERIFY(!isRead("1003"));
    }

    void restoredAndHistoryFollowTheSameRule()
    {
        QVERIFY(m_controller->open(doc("1001"), {}, Reason::Restore));
        QVERIFY(!isRead("1001"));
        m_delay->fire();
        QVERIFY(isRead("1001"));
        QVERIFY(m_controller->open(doc("1002"), {}, Reason::Explicit));
        QVERIFY(m_library->setRead(doc("1001"), false).ok());
        QVERIFY(m_controller->goBack());
        QCOMPARE(m_controller->article().key, QStringLiteral("1001"));
        QVERIFY(!isRead("1001"));
        m_delay->fire();
        QVERIFY(isRead("1001"));
    }

    void markedUnreadStaysUnread()
    {
        QVERIFY(m_controller->open(doc("1001"), {}, Reason::Browse));
        QVERIFY(m_controller->setRead(doc("1001"), false));
        m_delay->fire();
        QVERIFY(!isRead("1001"));
    }

    void variantSwitchIsNotANewVisit()
    {
        QVERIFY(m_controller->open(doc("1003"), QStringLiteral("en"), Reason::Explicit));
        QCOMPARE(m_controller->storedLocales(), (QStringList{QStringLiteral("en"), QStringLiteral("zh-CN")}));
        m_controller->switchVariant(QStringLiteral("zh-CN"));
        QCOMPARE(m_controller->currentLocale(), QStringLiteral("zh-CN"));
        QCOMPARE(m_controller->article().title, QStringLiteral("两者"));
        QVERIFY(!m_controller->canGoBack());
        // Not stored, and nothing can fetch it: said so, nothing changes.
        QSignalSpy failed(m_controller.get(), &ReaderController::fetchFailed);
        m_controller->switchVariant(QStringLiteral("zh-HK"));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_controller->currentLocale(), QStringLiteral("zh-CN"));
    }

    void historyRestoresTheScrollPosition()
    {
        QSignalSpy shown(m_controller.get(), &ReaderController::articleShown);
        QVERIFY(m_controller->open(doc("1001"), {}, Reason::Explicit));
        m_controller->setScrollPosition(640);
        QVERIFY(m_controller->open(doc("1002"), {}, Reason::Explicit));
        m_controller->setScrollPosition(80);
        QVERIFY(m_controller->goBack());
        QCOMPARE(shown.last().at(0).value<Storage::DocId>(), doc("1001"));
        QCOMPARE(shown.last().at(2).toReal(), 640.0);
        QVERIFY(m_controller->goForward());
        QCOMPARE(shown.last().at(2).toReal(), 80.0);
        // A new visit starts at the top.
        QVERIFY(m_controller->open(doc("1003"), {}, Reason::Explicit));
        QCOMPARE(shown.last().at(2).toReal(), 0.0);
        QVERIFY(!m_controller->canGoForward());
    }

    void everyLinkTakesOnePath()
    {
        QSignalSpy external(m_controller.get(), &ReaderController::externalLinkRequested);
        QVERIFY(m_controller->open(doc("1001"), {}, Reason::Explicit));
        m_controller->followLink(QUrl(QStringLiteral("newsdesk://news/1002")));
        QCOMPARE(m_controller->article().key, QStringLiteral("1002"));
        QVERIFY(isRead("1002"));
        m_controller->followLink(QUrl(QStringLiteral("https://longbridge.com/en/quote/700.HK")));
        QCOMPARE(m_controller->view(), (SidebarEntry{SidebarEntry::Kind::Ticker, QStringLiteral("700.HK")}));
        m_controller->followLink(QUrl(QStringLiteral("https://example.com/about")));
        QCOMPARE(external.count(), 1);
        QCOMPARE(external.first().first().toUrl(), QUrl(QStringLiteral("https://example.com/about")));
        // A news link that is not stored and cannot be fetched: said, not followed.
        QSignalSpy failed(m_controller.get(), &ReaderController::fetchFailed);
        m_controller->followLink(QUrl(QStringLiteral("newsdesk://news/999999")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_controller->article().key, QStringLiteral("1002"));
    }

    void openedFromOutsideIsShownWhateverTheView()
    {
        m_controller->setView({SidebarEntry::Kind::Ticker, QStringLiteral("700.HK")});
        m_controller->revealInView(doc("1003")); // listed there: the view stays
        QCOMPARE(m_controller->view().kind, SidebarEntry::Kind::Ticker);
        m_controller->revealInView(doc("1001")); // not listed: All
        QCOMPARE(m_controller->view().kind, SidebarEntry::Kind::All);
    }

    void watchlistModelOwnsTheWrites()
    {
        Ui::WatchlistModel model;
        model.setLibrary(m_library.get());
        // A code alone is completed from the library's tickers.
        QCOMPARE(model.resolve(QStringLiteral("nvda")), QStringLiteral("NVDA.US"));
        QVERIFY(model.add(QStringLiteral("nvda")));
        QVERIFY(model.add(QStringLiteral("700.HK")));
        QSignalSpy messages(&model, &Ui::WatchlistModel::message);
        QVERIFY(!model.add(QStringLiteral("zzzz")));
        QCOMPARE(messages.count(), 1);
        QCOMPARE(model.tickers(), (QStringList{QStringLiteral("NVDA.US"), QStringLiteral("700.HK")}));
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QVERIFY(model.moveRows({}, 1, 1, {}, 0));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(model.tickers(), (QStringList{QStringLiteral("700.HK"), QStringLiteral("NVDA.US")}));
        QCOMPARE(m_library->watchlist().first().ticker, QStringLiteral("700.HK"));
        QVERIFY(!model.moveRows({}, 0, 1, {}, 1)); // onto itself
        QCOMPARE(model.index(1).data(Ui::WatchlistModel::UnreadRole).toInt(), 2);
        QVERIFY(model.remove(QStringLiteral("700.HK")));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!m_library->isWatched(QStringLiteral("700.HK")));
    }

    void fetchMessageClearsWhenItsCauseEnds()
    {
        Net::FetchService service(m_library->path());
        service.setOffline(true);
        Ui::FetchTracker tracker(&service);
        ReaderController controller(m_library.get(), &tracker);
        QSignalSpy failed(&controller, &ReaderController::fetchFailed);
        QVERIFY(controller.open(doc("1001"), {}, Reason::Explicit));
        controller.switchVariant(QStringLiteral("zh-HK"));
        QTRY_COMPARE(failed.count(), 1);
        // The cause once, in words.
        QCOMPARE(failed.first().first().toString(), QStringLiteral("繁體中文 is not stored, and Newsdesk is offline."));
        QCOMPARE(tracker.message().cause, Ui::FetchTracker::Message::Cause::Offline);
        QSignalSpy changed(&tracker, &Ui::FetchTracker::messageChanged);
        service.setOffline(false);
        QTRY_COMPARE(tracker.message().cause, Ui::FetchTracker::Message::Cause::None);
        QVERIFY(changed.count() >= 1);
    }

    void httpErrorSaysItsCauseOnce()
    {
        const QString text = Ui::FetchTracker::describe(
            Error::make(Error::Kind::HttpStatus, QStringLiteral("the server answered HTTP 404 (Not Found)")),
            QStringLiteral("简体中文"));
        QCOMPARE(text, QStringLiteral("简体中文 could not be fetched: the server answered HTTP 404 (Not Found)"));
    }
};

QTEST_GUILESS_MAIN(TestReaderController)
#include "tst_readercontroller.moc"
