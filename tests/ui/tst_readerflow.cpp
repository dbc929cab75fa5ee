// The reader's window in a real WebEngine, offscreen: real clicks on the rendered page (related
// news, ticker chips), the keyboard (history, j/k, b, Ctrl+1/2/3, Space), and language variants
// fetched from a real HTTP server on 127.0.0.1 with their loading and error states.
#include "core/articleparser.h"
#include "core/feeditem.h"
#include "core/links.h"
#include "net/fetchservice.h"
#include "storage/subscriptionstore.h"
#include "support/pagescript.h"
#include "support/testdocuments.h"
#include "support/testhttpserver.h"
#include "ui/articlelistmodel.h"
#include "ui/mainwindow.h"
#include "ui/readerpane.h"
#include "ui/settings.h"
#include "ui/tickerheader.h"
#include "ui/uilanguage.h"
#include "uifixture.h"
#include "web/appurlscheme.h"
#include "web/readerview.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDesktopServices>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>

#include <memory>

using namespace Newsdesk;
using Test::evaluate;
using Ui::MainWindow;

// Where "Open in Browser" sends a page, instead of a real browser.
class BrowserSpy final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestReaderFlow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Test::TestHttpServer m_server;
    Test::ArticleSpec m_remote;
    Test::ArticleSpec m_tickerNews;
    std::unique_ptr<Storage::Library> m_library;
    std::unique_ptr<Ui::Settings> m_settings;
    std::unique_ptr<Net::FetchService> m_fetch;
    std::unique_ptr<MainWindow> m_window;

    Storage::DocId doc(const QString &key) const { return m_library->findDocument(key).value_or(-1); }
    Ui::ReaderView *view() const { return m_window->readerPane()->view(); }

    // Opens through the window and waits for the page of that article and locale.
    bool openAndWait(const QString &key, const QString &locale = {})
    {
        QSignalSpy loaded(view(), &Ui::ReaderView::pageLoaded);
        if (!m_window->openArticleByKey(key, locale))
            return false;
        return waitForPage(loaded, key);
    }

    bool waitForPage(QSignalSpy &loaded, const QString &key)
    {
        const auto matches = [&] {
            for (const QList<QVariant> &args : std::as_const(loaded)) {
                const Core::AppUrl::Parsed parsed = Core::AppUrl::parse(args.at(0).toUrl());
                if (parsed.value.section(u'/', -1) == key.section(u'/', -1)
                    && parsed.locale == m_window->controller()->currentLocale() && args.at(1).toBool())
                    return true;
            }
            return false;
        };
        return QTest::qWaitFor([&] { return matches(); }, 20000);
    }

    // The centre of the element's first line box (a wrapped link's bounding box is mostly not link).
    QPoint centreOf(const QString &selector)
    {
        const QVariantList rect = evaluate(view()->page(),
            QStringLiteral("(function() { const e = document.querySelector('%1');"
                           " if (!e) return null; e.scrollIntoView();"
                           " const r = e.getClientRects()[0];"
                           " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
                .arg(selector))
                                      .toList();
        if (rect.size() != 2)
            return {};
        QTest::qWait(100); // let the scroll settle
        const qreal zoom = view()->zoomFactor();
        return QPoint(qRound(rect.at(0).toDouble() * zoom), qRound(rect.at(1).toDouble() * zoom));
    }

    void keyClick(int key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(m_window->listView(), Qt::Key(key), modifiers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTest::useTemporarySettings(m_dir.filePath(QStringLiteral("settings")));
        QCOMPARE(
            UiTest::importAndWait(m_dir.filePath(QStringLiteral("library.sqlite")), {UiTest::sampleDir()}).inserted,
            12);

        // An article published on the test server in three locales, of which only English is stored.
        QVERIFY(m_server.start());
        QVERIFY(m_server.isListening());
        m_remote.id = QStringLiteral("291000001");
        m_remote.title = QStringLiteral("Remote variants");
        m_remote.summary = QStringLiteral("Stored in English only.");
        m_remote.published = QDateTime::currentDateTimeUtc().addSecs(-60);
        m_remote.locales = {QStringLiteral("en"), QStringLiteral("zh-CN"), QStringLiteral("zh-HK")};
        // The newest CLRX.US article stored comes from the server: Fetch Latest News asks that site.
        m_remote.relatedStocks = {QStringLiteral("CLRX.US")};
        const QString root = m_dir.filePath(QStringLiteral("site"));
        QVERIFY(Test::writeArticle(root, m_server.baseUrl(), m_remote));
        // One ticker's news page on the server, listing an article about CLRX.US not stored yet.
        m_tickerNews.id = QStringLiteral("291000002");
        m_tickerNews.title = QStringLiteral("Clearwater news from the server");
        m_tickerNews.published = QDateTime::currentDateTimeUtc().addSecs(-30);
        m_tickerNews.relatedStocks = {QStringLiteral("CLRX.US")};
        QVERIFY(Test::writeArticle(root, m_server.baseUrl(), m_tickerNews));
        QVERIFY(Test::writeFile(root + QStringLiteral("/en/quote/CLRX.US/news.md"),
            Test::tickerNewsDocument(
                m_server.baseUrl(), QStringLiteral("en"), QStringLiteral("CLRX.US"), {m_tickerNews})));
        m_server.setDocumentRoot(root);
        m_server.setRoute(Test::articlePath(m_remote, QStringLiteral("zh-HK")), Test::Route::error(500));

        m_library = std::make_unique<Storage::Library>();
        QVERIFY(m_library->open(m_dir.filePath(QStringLiteral("library.sqlite"))).ok());
        // As if fetched from the server: the fetch policy lets its versions come from there.
        const auto remote = m_library->store(
            Core::parseArticle(Test::articleDocument(m_server.baseUrl(), m_remote, QStringLiteral("en"))));
        QVERIFY(remote.ok());
        QVERIFY(m_library->setOrigin(remote->docId, m_server.baseUrl()).ok());

        m_settings = std::make_unique<Ui::Settings>();
        m_settings->setPreferredLocale(QStringLiteral("en"));
        Net::FetchSettings fetchSettings;
        fetchSettings.deadlineMs = 5000;
        fetchSettings.fetchVariants = false;
        fetchSettings.followSystemNetworkState = false;
        fetchSettings.newsSite = m_server.baseUrl();
        m_fetch = std::make_unique<Net::FetchService>(m_library->path(), fetchSettings);
        m_window = std::make_unique<MainWindow>(m_library.get(), m_settings.get(), m_fetch.get());
        m_window->resize(1200, 640);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        // The web view comes after the window is on screen.
        QVERIFY(QTest::qWaitFor([this] { return m_window->readerPane()->hasView(); }, 5000));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_fetch.reset();
        m_settings.reset();
        m_library.reset();
    }

    void showsTheArticlePage()
    {
        QVERIFY(openAndWait(QStringLiteral("290000101"), QStringLiteral("en")));
        const QString text = evaluate(view()->page(), QStringLiteral("document.body.innerText")).toString();
        QVERIFY2(text.contains(QStringLiteral("reported third-quarter revenue of $412 million")),
            qPrintable(text.left(300)));
        QCOMPARE(evaluate(view()->page(), QStringLiteral("document.querySelectorAll('table').length")).toInt(), 1);
        QCOMPARE(evaluate(view()->page(), QStringLiteral("document.querySelectorAll('pre').length")).toInt(), 1);
    }

    void relatedNewsClickAndBack()
    {
        QVERIFY(openAndWait(QStringLiteral("290000101"), QStringLiteral("en")));
        const QPoint target = centreOf(QStringLiteral(".related-news a"));
        QVERIFY(!target.isNull());
        QSignalSpy opened(m_window.get(), &MainWindow::articleOpened);
        QSignalSpy loaded(view(), &Ui::ReaderView::pageLoaded);
        QTest::mouseClick(view()->focusProxy(), Qt::LeftButton, {}, target);
        QVERIFY(opened.wait(5000));
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000102"));
        QVERIFY(waitForPage(loaded, QStringLiteral("290000102")));
        QCOMPARE(m_window->listView()->currentIndex().data(Ui::ArticleListModel::KeyRole).toString().section(u'/', -1),
            QStringLiteral("290000102"));

        // Back with the keyboard, forward with the mouse's forward button, back with its back button.
        keyClick(Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000101"));
        QTest::mouseClick(view()->focusProxy(), Qt::ForwardButton, {}, QPoint(20, 20));
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000102"));
        QTest::mouseClick(m_window->listView()->viewport(), Qt::BackButton, {}, QPoint(20, 20));
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000101"));
        QTRY_COMPARE_WITH_TIMEOUT(view()->url(),
            Core::AppUrl::articlePage(m_window->controller()->article().key, QStringLiteral("en")), 10000);
        QCOMPARE(Core::AppUrl::parse(view()->url()).value.section(u'/', -1), QStringLiteral("290000101"));
    }

    void tickerChipClickThenWatch()
    {
        QVERIFY(openAndWait(QStringLiteral("290000104"), QStringLiteral("en")));
        const QPoint target = centreOf(QStringLiteral(".related-stocks a"));
        QVERIFY(!target.isNull());
        QSignalSpy views(m_window.get(), &MainWindow::viewChanged);
        QTest::mouseClick(view()->focusProxy(), Qt::LeftButton, {}, target);
        QVERIFY(views.wait(5000));
        QCOMPARE(m_window->controller()->view().kind, Ui::SidebarEntry::Kind::Ticker);
        QCOMPARE(m_window->controller()->view().value, QStringLiteral("CLRX.US"));
        QVERIFY(m_window->tickerHeader()->isVisible());
        QCOMPARE(m_window->listModel()->rowCount(), 4); // 101, 103, 104 and the server's article
        QTest::mouseClick(m_window->tickerHeader()->watchButton(), Qt::LeftButton);
        QVERIFY(m_library->isWatched(QStringLiteral("CLRX.US")));
        // Back to all articles for the next tests.
        m_window->selectView({Ui::SidebarEntry::Kind::All, {}});
        QVERIFY(m_library->removeFromWatchlist(QStringLiteral("CLRX.US")).ok());
    }

    // The article's own stocks are marked in its text: a company name is a link to its ticker (the
    // ticker as tooltip), a watchlist ticker stands out, and a click opens the ticker's view.
    void markedCompanyNameClickOpensTheTicker()
    {
        QVERIFY(m_library->addToWatchlist(QStringLiteral("NWGD.US")).ok());
        QVERIFY(openAndWait(QStringLiteral("290000102"), QStringLiteral("en")));
        QCOMPARE(
            evaluate(view()->page(),
                QStringLiteral("document.querySelector('.article-body a.ticker-mark[title=\"HLRB.US\"]').textContent"))
                .toString(),
            QStringLiteral("Harbor Lane Robotics"));
        QCOMPARE(
            evaluate(view()->page(),
                QStringLiteral(
                    "[...document.querySelectorAll('.article-body a.ticker-mark.watched')].map(e => e.title).join()"))
                .toString(),
            QStringLiteral("NWGD.US,NWGD.US")); // "Northwind Grid (NWGD.US)"
        const QPoint target = centreOf(QStringLiteral(".article-body a.ticker-mark[title=\"HLRB.US\"]"));
        QVERIFY(!target.isNull());
        QSignalSpy views(m_window.get(), &MainWindow::viewChanged);
        QTest::mouseClick(view()->focusProxy(), Qt::LeftButton, {}, target);
        QVERIFY(views.wait(5000));
        QCOMPARE(m_window->controller()->view().kind, Ui::SidebarEntry::Kind::Ticker);
        QCOMPARE(m_window->controller()->view().value, QStringLiteral("HLRB.US"));
        QVERIFY(m_window->tickerHeader()->isVisible());
        m_window->selectView({Ui::SidebarEntry::Kind::All, {}});
        QVERIFY(m_library->removeFromWatchlist(QStringLiteral("NWGD.US")).ok());
    }

    void bookmarkStarInTheList()
    {
        m_window->selectView({Ui::SidebarEntry::Kind::All, {}});
        QListView *list = m_window->listView();
        const QModelIndex row = m_window->listModel()->index(2);
        const QString key = row.data(Ui::ArticleListModel::KeyRole).toString().section(u'/', -1);
        QVERIFY(!m_library->row(doc(key))->bookmarked);
        const QRect rect = list->visualRect(row);
        const QPoint star(rect.right() - 12, rect.center().y());
        const auto current = m_window->controller()->currentDocument();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, star);
        QVERIFY(m_library->row(doc(key))->bookmarked);
        QCOMPARE(m_window->controller()->currentDocument(), current); // the star does not open the row
        QVERIFY(row.data(Ui::ArticleListModel::BookmarkedRole).toBool());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, star);
        QVERIFY(!m_library->row(doc(key))->bookmarked);
    }

    void readingKeys()
    {
        QVERIFY(openAndWait(QStringLiteral("290000102"), QStringLiteral("en")));
        m_window->listView()->setFocus();
        keyClick(Qt::Key_J);
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000103"));
        keyClick(Qt::Key_K);
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000102"));
        keyClick(Qt::Key_B);
        QVERIFY(m_library->row(doc(QStringLiteral("290000102")))->bookmarked);
        keyClick(Qt::Key_B);
        QVERIFY(!m_library->row(doc(QStringLiteral("290000102")))->bookmarked);

        QSignalSpy loaded(view(), &Ui::ReaderView::pageLoaded);
        keyClick(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->controller()->currentLocale(), QStringLiteral("zh-HK"));
        QVERIFY(waitForPage(loaded, QStringLiteral("290000102")));
        const QString title
            = evaluate(view()->page(), QStringLiteral("document.querySelector('h1').innerText")).toString();
        QCOMPARE(title, QStringLiteral(u"翠峰半導體上調資本開支計劃，股價創歷史新高"));
        keyClick(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->controller()->currentLocale(), QStringLiteral("en"));

        // The search field takes the letters typed into it; "/" gets there.
        keyClick(Qt::Key_Slash);
        QVERIFY(m_window->searchField()->hasFocus());
        QTest::keyClicks(m_window->searchField(), QStringLiteral("jb"));
        QCOMPARE(m_window->searchField()->text(), QStringLiteral("jb"));
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000102"));
        m_window->setSearchText({});
        m_window->listView()->setFocus();
    }

    void spaceScrollsThenGoesToTheNextUnread()
    {
        QVERIFY(m_library->setRead(doc(QStringLiteral("290000102")), false).ok());
        QVERIFY(m_library->setRead(doc(QStringLiteral("290000103")), true).ok());
        QVERIFY(m_library->setRead(doc(QStringLiteral("290000104")), false).ok());
        m_window->refreshList();
        QVERIFY(openAndWait(QStringLiteral("290000101"), QStringLiteral("en")));
        m_window->listView()->setFocus();
        keyClick(Qt::Key_Space);
        QVERIFY(QTest::qWaitFor(
            [this] { return evaluate(view()->page(), QStringLiteral("window.scrollY")).toInt() > 0; }, 3000));
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000101"));
        for (int i = 0;
             i < 30 && m_window->controller()->article().key.section(u'/', -1) == QStringLiteral("290000101"); ++i) {
            keyClick(Qt::Key_Space);
            QTest::qWait(150);
        }
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000102"));
    }

    void variantFetchedFromTheServer()
    {
        QVERIFY(openAndWait(m_remote.id, QStringLiteral("en")));
        QSignalSpy opened(m_window.get(), &MainWindow::articleOpened);
        m_window->listView()->setFocus();
        keyClick(Qt::Key_2, Qt::ControlModifier);
        // Loading, visibly, while the page still shows English.
        QVERIFY(m_window->readerPane()->isLoading());
        QVERIFY(m_window->readerPane()->statusText().contains(QStringLiteral(u"简体中文")));
        QVERIFY(opened.wait(10000));
        QCOMPARE(m_window->controller()->currentLocale(), QStringLiteral("zh-CN"));
        QCOMPARE(m_window->controller()->article().title, Test::articleTitle(m_remote, QStringLiteral("zh-CN")));
        QVERIFY(!m_window->readerPane()->isLoading());
        QCOMPARE(m_window->listView()->currentIndex().data(Ui::ArticleListModel::KeyRole).toString().section(u'/', -1),
            m_remote.id);
        QVERIFY(m_library->storedLocales(doc(m_remote.id)).contains(QStringLiteral("zh-CN")));
    }

    void variantServerErrorIsShown()
    {
        QVERIFY(openAndWait(m_remote.id, QStringLiteral("en")));
        QSignalSpy failed(m_window.get(), &MainWindow::fetchFailed);
        m_window->controller()->switchVariant(QStringLiteral("zh-HK"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_window->controller()->currentLocale(), QStringLiteral("en"));
        QVERIFY(!m_window->readerPane()->isLoading());
        QVERIFY2(m_window->readerPane()->statusText().contains(QStringLiteral("server")),
            qPrintable(m_window->readerPane()->statusText()));
    }

    void tickerViewFetchesLatestNews()
    {
        m_window->showTicker(QStringLiteral("CLRX.US"));
        Ui::TickerHeader *header = m_window->tickerHeader();
        QVERIFY(header->fetchButton()->isVisible());
        const int before = m_window->listModel()->rowCount();
        QTest::mouseClick(header->fetchButton(), Qt::LeftButton);
        // The ticker's news page on the site its articles came from, fetched once; its new article
        // joins the list, and no subscription stays behind (Subscribe is its own button).
        QTRY_COMPARE_WITH_TIMEOUT(m_window->listModel()->rowCount(), before + 1, 15000);
        QCOMPARE(m_window->listModel()->index(0).data(Ui::ArticleListModel::KeyRole).toString().section(u'/', -1),
            m_tickerNews.id);
        QCOMPARE(m_server.count(QStringLiteral("/en/quote/CLRX.US/news.md")), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_library->subscriptions().all().isEmpty(), 5000);
        QVERIFY(header->subscribeButton()->isEnabled());
        m_window->selectView({Ui::SidebarEntry::Kind::All, {}});
    }

    void pageFollowsTheInterfaceLanguage()
    {
        QVERIFY(openAndWait(QStringLiteral("290000101"), QStringLiteral("en")));
        const auto pageText = [this] {
            return evaluate(view()->page(), QStringLiteral("document.body.textContent")).toString();
        };
        QVERIFY(pageText().contains(QStringLiteral("Related News")));
        QSignalSpy loaded(view(), &Ui::ReaderView::pageLoaded);
        Ui::UiLanguage::install(QStringLiteral("zh_CN"));
        QVERIFY(waitForPage(loaded, QStringLiteral("290000101")));
        QTRY_VERIFY_WITH_TIMEOUT(pageText().contains(QStringLiteral(u"相关资讯")), 5000);
        QVERIFY(pageText().contains(QStringLiteral("reported third-quarter revenue of $412 million")));
        loaded.clear();
        Ui::UiLanguage::install(QStringLiteral("en"));
        QVERIFY(waitForPage(loaded, QStringLiteral("290000101")));
        QTRY_VERIFY_WITH_TIMEOUT(pageText().contains(QStringLiteral("Related News")), 5000);
    }

    void blockedImageShowsItsTextAndLoadsOnClick()
    {
        // An article from the server with a chart; remote images are off (the default), so the
        // page shows the chart's alt text and "Load image". Its Related News: one stored, one not.
        QImage chart(48, 24, QImage::Format_RGB32);
        chart.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && chart.save(&buffer, "PNG"));
        m_server.setRoute(QStringLiteral("/img/curve.png"), Test::Route::image(png));
        Test::ArticleSpec spec;
        spec.id = QStringLiteral("291000010");
        spec.title = QStringLiteral("Curve day");
        spec.published = QDateTime::currentDateTimeUtc().addSecs(-120);
        spec.body = QStringLiteral("![Yield curve, two years](/img/curve.png)\n\n## Related News\n\n"
                                   "- [Stored sample](https://news.example.com/en/news/290000102.md)\n"
                                   "- [Never fetched](https://news.example.com/en/news/299999999.md)\n");
        const auto stored = m_library->store(
            Core::parseArticle(Test::articleDocument(m_server.baseUrl(), spec, QStringLiteral("en"))));
        QVERIFY(stored.ok());
        QVERIFY(m_library->setOrigin(stored->docId, m_server.baseUrl()).ok());
        QVERIFY(!m_settings->remoteImages());

        QVERIFY(openAndWait(spec.id, QStringLiteral("en")));
        QCOMPARE(evaluate(view()->page(), QStringLiteral("document.querySelectorAll('img').length")).toInt(), 0);
        QCOMPARE(
            evaluate(view()->page(), QStringLiteral("document.querySelector('.image-blocked').innerText")).toString(),
            QStringLiteral("Yield curve, two years Load image"));
        // Related News: the stored item says so, the other does not.
        QCOMPARE(
            evaluate(view()->page(), QStringLiteral("document.querySelectorAll('.related-news li').length")).toInt(),
            2);
        QCOMPARE(
            evaluate(view()->page(), QStringLiteral("document.querySelector('.related-news li.is-stored a').innerText"))
                .toString(),
            QStringLiteral("Stored sample"));
        QCOMPARE(evaluate(view()->page(), QStringLiteral("document.querySelectorAll('.related-news .stored').length"))
                     .toInt(),
            1);

        const auto imageRequests = [this] {
            const QList<Test::RecordedRequest> requests = m_server.requests();
            return std::count_if(requests.cbegin(), requests.cend(),
                [](const Test::RecordedRequest &r) { return r.path == QStringLiteral("/img/curve.png"); });
        };
        QCOMPARE(imageRequests(), 0); // nothing left on the page's behalf
        const QPoint target = centreOf(QStringLiteral(".load-image"));
        QVERIFY(!target.isNull());
        QTest::mouseClick(view()->focusProxy(), Qt::LeftButton, {}, target);
        QTRY_COMPARE_WITH_TIMEOUT(imageRequests(), 1, 10000);
        // The page comes back with the image in place, its pixels loaded; the article stays.
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(view()->page(),
                                     QStringLiteral("(function() { const i = document.querySelector('img');"
                                                    " return i ? i.naturalWidth : 0; })()"))
                                     .toInt()
                == 48,
            10000);
        QCOMPARE(
            evaluate(view()->page(), QStringLiteral("document.querySelectorAll('.image-blocked').length")).toInt(), 0);
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), spec.id);
        QCOMPARE(imageRequests(), 1);
    }

    void feedExcerptOffersTheFullArticle()
    {
        // A feed item whose link is a web page: what is stored is the feed's excerpt.
        const QString path = QStringLiteral("/story/cobalt-supply");
        const QUrl page = m_server.baseUrl().resolved(QUrl(path));
        m_server.setRoute(path, Test::Route::html("<!doctype html><html><body><p>Cobalt</p></body></html>"));
        Core::ArticleRef item;
        item.url = page;
        item.title = QStringLiteral("Cobalt supply tightens");
        item.summary = QStringLiteral("Miners cut output for the third month.");
        item.published = QDateTime::currentDateTimeUtc().addSecs(-5);
        const auto stored = m_library->store(Core::articleFromFeedItem(item));
        QVERIFY(stored.ok());
        QVERIFY(m_library->setOrigin(stored->docId, m_server.baseUrl()).ok());
        m_window->selectView({Ui::SidebarEntry::Kind::All, {}});
        m_window->refreshList();
        const auto rowOf = [this, &stored] {
            for (int r = 0; r < m_window->listModel()->rowCount(); ++r) {
                const QModelIndex index = m_window->listModel()->index(r);
                if (index.data(Ui::ArticleListModel::DocIdRole).value<Storage::DocId>() == stored->docId)
                    return index;
            }
            return QModelIndex();
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf().isValid(), 5000);
        // The list row says it is an excerpt (what a screen reader reads is what the row shows).
        QVERIFY2(rowOf().data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("feed excerpt")),
            qPrintable(rowOf().data(Qt::AccessibleTextRole).toString()));

        // Opened with the mouse, its page says what it is and offers the whole article.
        QSignalSpy loaded(view(), &Ui::ReaderView::pageLoaded);
        m_window->listView()->scrollTo(rowOf());
        QTest::mouseClick(
            m_window->listView()->viewport(), Qt::LeftButton, {}, m_window->listView()->visualRect(rowOf()).center());
        QCOMPARE(m_window->controller()->article().title, item.title);
        QVERIFY(waitForPage(loaded, m_window->controller()->article().key));
        QCOMPARE(
            evaluate(view()->page(), QStringLiteral("document.querySelector('.excerpt-note .full-article').innerText"))
                .toString(),
            QStringLiteral("Fetch full article"));

        // The page is HTML: the reader says so and offers the browser, and the excerpt stays.
        const int pageRequests = m_server.count(path);
        const QPoint link = centreOf(QStringLiteral(".full-article"));
        QVERIFY(!link.isNull());
        QTest::mouseClick(view()->focusProxy(), Qt::LeftButton, {}, link);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->readerPane()->statusText().contains(QStringLiteral("web page")), 10000);
        QCOMPARE(m_server.count(path), pageRequests + 1);
        auto *browse = m_window->readerPane()->findChild<QPushButton *>(QStringLiteral("readerBrowse"));
        QVERIFY(browse && browse->isVisible());
        BrowserSpy browser;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
        QTest::mouseClick(browse, Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QCOMPARE(browser.opened, QList<QUrl>{page});
        QCOMPARE(m_window->controller()->article().title, item.title);

        // The site now publishes the article as markdown too: Shift+O (Article → Fetch Full
        // Article) replaces the excerpt in place, the same row, opened at once.
        const QByteArray markdown = "---\ntitle: \"Cobalt supply tightens as miners cut output\"\nurl: \""
            + page.toEncoded() + "\"\ndatetime: \"" + item.published.toString(Qt::ISODate).toUtf8()
            + "\"\n---\n\nOutput fell for the third month in a row.\n";
        m_server.setRoute(path + QStringLiteral(".md"), Test::Route::markdown(markdown));
        loaded.clear();
        keyClick(Qt::Key_O, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->controller()->article().title,
            QStringLiteral("Cobalt supply tightens as miners cut output"), 10000);
        QCOMPARE(m_window->controller()->currentDocument(), std::optional<Storage::DocId>(stored->docId));
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(view()->page(), QStringLiteral("document.body.innerText"))
                                     .toString()
                                     .contains(QStringLiteral("Output fell for the third month")),
            10000);
        QCOMPARE(
            evaluate(view()->page(), QStringLiteral("document.querySelectorAll('.excerpt-note').length")).toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            !rowOf().data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("feed excerpt")), 5000);
        QVERIFY(m_window->readerPane()->statusText().isEmpty());
    }

    void offlineSaysSo()
    {
        m_settings->setOffline(true);
        QVERIFY(m_fetch->isOffline());
        QVERIFY(openAndWait(QStringLiteral("290000101"), QStringLiteral("en")));
        QSignalSpy failed(m_window.get(), &MainWindow::fetchFailed);
        m_window->controller()->followLink(Core::AppUrl::news(QStringLiteral("290000199")));
        QVERIFY(failed.wait(5000));
        QVERIFY2(m_window->readerPane()->statusText().contains(QStringLiteral("offline")),
            qPrintable(m_window->readerPane()->statusText()));
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000101"));
        m_settings->setOffline(false);
    }
};

int main(int argc, char *argv[])
{
    Ui::registerAppUrlScheme();
    QApplication app(argc, argv);
    TestReaderFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_readerflow.moc"
