// The reader's web view in a real WebEngine, offscreen, fed by a real library file and the real
// helpers: hostile.md runs no script and makes no remote request (a local TCP server it points at
// never hears from it), the interceptor blocks what gets past the page, clicks on links reach the
// app as signals while the page stays, and the page's own resources load under its CSP.

#include "core/articleparser.h"
#include "core/links.h"
#include "storage/library.h"
#include "support/pagescript.h"
#include "web/appschemehandler.h"
#include "web/appurlscheme.h"
#include "web/readerpage.h"
#include "web/readerprofile.h"
#include "web/readerview.h"
#include "web/requestinterceptor.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWebEnginePage>

using namespace Newsdesk;
using Newsdesk::Test::evaluate;

namespace {

Render::PageRenderer::Options rendererOptions()
{
    Render::PageRenderer::Options options;
    options.markdownWorker.program = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk-render-worker");
    options.highlighter.program = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk-highlighter");
    return options;
}

QByteArray readFormatSample(const QString &name)
{
    QFile file(QStringLiteral(NEWSDESK_TEST_DATA_DIR "/format/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class TestReaderWeb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hostilePageRunsNothingAndLoadsNothingRemote();
    void interceptorBlocksRemoteRequests();
    void relatedNewsClickReachesTheAppAndThePageStays();
    void otherClicksAreSortedAndNeverFollowed();
    void missingArticleShowsAMessage();
    void imagesComeFromTheProvider();
    void quickSwitchingKeepsTheLastPageAndTheZoom();
    void sourceViewAndDarkTheme();

private:
    bool showAndWait(const QUrl &url);
    QPoint centreOf(const QString &selector);

    QTemporaryDir m_dir;
    Storage::Library m_library;
    QTcpServer m_server;
    int m_connections = 0;
    QString m_hostileTitle;
    Ui::ReaderProfile *m_profile = nullptr;
    Ui::ReaderView *m_view = nullptr;
};

void TestReaderWeb::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        ++m_connections;
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            socket->close();
    });

    // hostile.md, plus every way an article could point the page at the local server.
    const QByteArray origin = "http://127.0.0.1:" + QByteArray::number(m_server.serverPort());
    const QByteArray hostile = readFormatSample(u"hostile.md"_qs) + "\n\n![remote](" + origin
        + "/image.png)\n\n<img src=\"" + origin + "/raw.png\">\n\n<link rel=\"stylesheet\" href=\"" + origin
        + "/x.css\">\n\n<iframe src=\"" + origin + "/frame\"></iframe>\n\n<script src=\"" + origin
        + "/s.js\"></script>\n\n<video src=\"" + origin + "/v.mp4\" autoplay></video>\n\nauto " + origin
        + "/auto and [a link](" + origin + "/link)\n";
    const Core::Article hostileArticle = Core::parseArticle(hostile);
    m_hostileTitle = hostileArticle.title;
    QCOMPARE(hostileArticle.key, u"example.test/news/99"_qs);

    QVERIFY(m_library.open(m_dir.filePath(u"library.sqlite"_qs)).ok());
    QVERIFY(m_library.store(hostileArticle).ok());
    QVERIFY(m_library.store(Core::parseArticle(readFormatSample(u"news-en.md"_qs))).ok());

    m_profile = new Ui::ReaderProfile(rendererOptions(), this);
    m_profile->setLibrary(&m_library);
    m_view = new Ui::ReaderView(m_profile);
    m_view->resize(1000, 1400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestReaderWeb::cleanupTestCase()
{
    delete m_view; // pages before their profile
    m_view = nullptr;
    delete m_profile;
    m_profile = nullptr;
}

bool TestReaderWeb::showAndWait(const QUrl &url)
{
    QSignalSpy loaded(m_view, &Ui::ReaderView::pageLoaded);
    m_view->showPage(url);
    if (!loaded.wait(20000))
        return false;
    return loaded.constFirst().at(0).toUrl() == url && loaded.constFirst().at(1).toBool();
}

QPoint TestReaderWeb::centreOf(const QString &selector)
{
    const QVariantList rect = evaluate(m_view->page(),
        u"(function() { const e = document.querySelector('%1'); e.scrollIntoView();"
        " const r = e.getBoundingClientRect();"
        " return [r.left + r.width / 2, r.top + r.height / 2]; })()"_qs.arg(selector))
                                  .toList();
    if (rect.size() != 2)
        return {};
    const qreal zoom = m_view->zoomFactor();
    return QPoint(qRound(rect.at(0).toDouble() * zoom), qRound(rect.at(1).toDouble() * zoom));
}

void TestReaderWeb::hostilePageRunsNothingAndLoadsNothingRemote()
{
    QSignalSpy blocked(m_profile->interceptor(), &Ui::RequestInterceptor::requestBlocked);
    QVERIFY(showAndWait(Core::AppUrl::articlePage(u"example.test/news/99"_qs, u"en"_qs)));
    QTest::qWait(500); // time for any stray request to be made

    // No script ran: the hostile <script> and onerror would have set the title.
    QCOMPARE(m_view->title(), m_hostileTitle);
    QCOMPARE(evaluate(m_view->page(), u"document.title"_qs).toString(), m_hostileTitle);
    QCOMPARE(evaluate(m_view->page(),
                 u"document.querySelectorAll('script, iframe, style, object, embed, video, "
                 "link[href^=\"http\"]').length"_qs)
                 .toInt(),
        0);
    // No remote request: the interceptor saw none (nothing even tried), the local server heard nothing.
    QCOMPARE(blocked.count(), 0);
    QCOMPARE(m_connections, 0);

    // Still a readable page: the text is there, the app's stylesheets and images loaded under the CSP.
    const QString text = evaluate(m_view->page(), u"document.body.innerText"_qs).toString();
    QVERIFY2(text.contains(u"click me and data"_qs), qPrintable(text));
    QCOMPARE(evaluate(m_view->page(), u"getComputedStyle(document.querySelector('.article')).maxWidth"_qs)
                 .toString()
                 .endsWith(u"px"_qs),
        true);
    // Remote images are off: the tracker and the remote image are their alt text and "Load image",
    // not images (the page loads none).
    QCOMPARE(evaluate(m_view->page(), u"document.images.length"_qs).toInt(), 0);
    QCOMPARE(evaluate(m_view->page(), u"document.querySelectorAll('.image-blocked .load-image').length"_qs).toInt(), 2);
    QCOMPARE(m_view->url(), Core::AppUrl::articlePage(u"example.test/news/99"_qs, u"en"_qs));

    // An image added behind the page's back (from the app's own script world) is stopped by the
    // page's CSP before the interceptor even sees it.
    evaluate(m_view->page(),
        u"const i = document.createElement('img'); i.src = 'http://127.0.0.1:%1/injected.png';"
        " document.body.appendChild(i); 1"_qs.arg(m_server.serverPort()));
    QTest::qWait(500);
    QCOMPARE(blocked.count(), 0);
    QCOMPARE(m_connections, 0);
}

void TestReaderWeb::interceptorBlocksRemoteRequests()
{
    // The second wall, seen on its own: a page of the same profile that is not the reader's
    // page (so nothing stops the navigation) still cannot reach the network.
    QSignalSpy blocked(m_profile->interceptor(), &Ui::RequestInterceptor::requestBlocked);
    QWebEnginePage page(m_profile->profile());
    QSignalSpy finished(&page, &QWebEnginePage::loadFinished);
    const QUrl url(u"http://127.0.0.1:%1/direct"_qs.arg(m_server.serverPort()));
    page.load(url);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QCOMPARE(blocked.count(), 1);
    QCOMPARE(blocked.constFirst().constFirst().toUrl(), url);
    QTest::qWait(200);
    QCOMPARE(m_connections, 0);
}

void TestReaderWeb::relatedNewsClickReachesTheAppAndThePageStays()
{
    const QUrl pageUrl = Core::AppUrl::articlePage(u"281000001"_qs, u"en"_qs);
    QVERIFY(showAndWait(pageUrl));
    const QPoint target = centreOf(u".related-news a"_qs);
    QVERIFY(!target.isNull());
    QTest::qWait(100); // let the scroll settle

    QSignalSpy news(m_view, &Ui::ReaderView::newsLinkClicked);
    QSignalSpy links(m_view, &Ui::ReaderView::linkClicked);
    QSignalSpy loaded(m_view, &Ui::ReaderView::pageLoaded);
    evaluate(m_view->page(), u"document.body.dataset.marker = 'same document'"_qs);
    QWidget *input = m_view->focusProxy();
    QVERIFY(input);
    QTest::mouseClick(input, Qt::LeftButton, {}, target);
    QVERIFY(news.wait(5000));
    QCOMPARE(news.constFirst().constFirst().toString(), u"280990412"_qs);
    QCOMPARE(links.count(), 1);
    QCOMPARE(links.constFirst().constFirst().toUrl(), Core::AppUrl::news(u"280990412"_qs));
    // The page stayed: same URL, same document, no page load reported.
    QTest::qWait(300);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(evaluate(m_view->page(), u"document.body.dataset.marker"_qs).toString(), u"same document"_qs);
    QCOMPARE(m_view->url(), pageUrl);
}

void TestReaderWeb::otherClicksAreSortedAndNeverFollowed()
{
    const QUrl pageUrl = Core::AppUrl::articlePage(u"281000001"_qs, u"en"_qs);
    QVERIFY(showAndWait(pageUrl));
    QWidget *input = m_view->focusProxy();

    // A variant in the header.
    QSignalSpy variants(m_view, &Ui::ReaderView::pageLinkClicked);
    QTest::mouseClick(input, Qt::LeftButton, {}, centreOf(u".article-locales a[lang=\"zh-CN\"]"_qs));
    QVERIFY(variants.wait(5000));
    QCOMPARE(variants.constFirst().at(0).toString(), u"281000001"_qs);
    QCOMPARE(variants.constFirst().at(1).toString(), u"zh-CN"_qs);

    // A middle click asks for a new window: caught, reported once, nothing opens.
    QSignalSpy tickers(m_view, &Ui::ReaderView::tickerLinkClicked);
    QSignalSpy links(m_view, &Ui::ReaderView::linkClicked);
    QTest::mouseClick(input, Qt::MiddleButton, {}, centreOf(u".related-stocks a"_qs));
    QVERIFY(tickers.wait(5000));
    QCOMPARE(tickers.constFirst().constFirst().toString(), u"HBLN.US"_qs);
    QTest::qWait(300);
    QCOMPARE(links.count(), 1);
    QCOMPARE(m_view->url(), pageUrl);
}

void TestReaderWeb::missingArticleShowsAMessage()
{
    QVERIFY(showAndWait(Core::AppUrl::articlePage(u"404404"_qs, u"en"_qs)));
    QCOMPARE(evaluate(m_view->page(), u"document.body.className"_qs).toString(), u"message-page"_qs);
}

void TestReaderWeb::imagesComeFromTheProvider()
{
    // A 2×1 PNG.
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwQZGBgAJ/QF+xM3P5YAAAAASUVORK5CYII=");
    QList<Ui::ImageRequest> requests;
    m_profile->setRemoteImagesAllowed(true);
    m_profile->setImageProvider([&](const Ui::ImageRequest &request, Ui::ImageCallback done) {
        requests.append(request);
        if (request.source.host() == u"tracker.example.test") {
            // Answered later, from another thread, as a network fetch would.
            QThread *thread = QThread::create([done, png] { done(Ui::ImageData{png, "image/png"}); });
            connect(thread, &QThread::finished, thread, &QObject::deleteLater);
            thread->start();
        } else {
            done(Ui::ImageData{"<html>not an image</html>", "text/html"}); // refused: placeholder
        }
    });
    // The page was shown before without its images (remote images were off): reload() renders
    // it again, and the page asks the provider for each image.
    QVERIFY(showAndWait(Core::AppUrl::articlePage(u"example.test/news/99"_qs, u"en"_qs)));
    requests.clear();
    QSignalSpy loaded(m_view, &Ui::ReaderView::pageLoaded);
    m_view->reload();
    QVERIFY(loaded.wait(20000));
    m_profile->setImageProvider({});
    m_profile->setRemoteImagesAllowed(false);

    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).source, QUrl(u"https://tracker.example.test/pixel.gif"_qs));
    QVERIFY(requests.at(0).remoteAllowed);
    QCOMPARE(requests.at(1).source.path(), u"/image.png"_qs);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return evaluate(m_view->page(), u"Array.from(document.images).map(i => i.naturalWidth).join(',')"_qs)
                == u"2,160"_qs;
        },
        5000));
    QCOMPARE(m_connections, 0); // the provider decides; the page itself still fetched nothing
}

void TestReaderWeb::quickSwitchingKeepsTheLastPageAndTheZoom()
{
    m_view->setZoom(1.5);
    QSignalSpy loaded(m_view, &Ui::ReaderView::pageLoaded);
    // The first two requests are abandoned while their pages render; only the last one shows.
    m_view->showArticle(u"example.test/news/99"_qs, u"en"_qs);
    m_view->showSource(u"example.test/news/99"_qs, u"en"_qs);
    const QUrl last = Core::AppUrl::articlePage(u"281000001"_qs, u"en"_qs);
    m_view->showPage(last);
    QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty() && loaded.last().at(0).toUrl() == last; }, 20000));
    QVERIFY(loaded.last().at(1).toBool());
    QCOMPARE(m_view->url(), last);
    QCOMPARE(evaluate(m_view->page(), u"document.querySelector('h1').innerText"_qs).toString(),
        u"Harborline Semiconductor posts record quarter as data-center orders double"_qs);
    QCOMPARE(m_view->zoomFactor(), 1.5);
    m_view->setZoom(1.0);
}

void TestReaderWeb::sourceViewAndDarkTheme()
{
    m_profile->setTheme(Render::PageTheme::Dark);
    QVERIFY(showAndWait(Core::AppUrl::sourcePage(u"281000001"_qs, u"en"_qs)));
    m_profile->setTheme(Render::PageTheme::Light);
    QCOMPARE(evaluate(m_view->page(), u"document.documentElement.className"_qs).toString(), u"theme-dark"_qs);
    QCOMPARE(evaluate(m_view->page(), u"getComputedStyle(document.documentElement).backgroundColor"_qs).toString(),
        u"rgb(28, 31, 35)"_qs);
    // Highlighted as Markdown, coloured by the helper's stylesheet.
    QVERIFY(evaluate(m_view->page(), u"document.querySelectorAll('pre.source span[class^=\"hl-\"]').length"_qs).toInt()
        > 5);
    QVERIFY(evaluate(m_view->page(), u"document.querySelector('pre.source').innerText"_qs)
                .toString()
                .startsWith(u"---\ntitle: \"Harborline"_qs));
    const QString codeBackground
        = evaluate(m_view->page(), u"getComputedStyle(document.querySelector('pre.source')).backgroundColor"_qs)
              .toString();
    QVERIFY2(codeBackground != u"rgba(0, 0, 0, 0)"_qs, qPrintable(codeBackground));
}

int main(int argc, char *argv[])
{
    Ui::registerAppUrlScheme(); // before the application object, as in the reader's main()
    QApplication app(argc, argv);
    TestReaderWeb test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_readerweb.moc"
