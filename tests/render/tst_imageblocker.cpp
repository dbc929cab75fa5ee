// Images kept out of the page (remote images off, not stored): rendered by the real markdown
// worker, then shown as their alt text (or title, or host) with a "Load image" link, escaped; a
// stored image stays an image; an image inside a link gets no second link.

#include "core/article.h"
#include "render/imageblocker.h"
#include "render/pagerenderer.h"

#include <QTest>

using namespace Newsdesk;

class TestImageBlocker final : public QObject
{
    Q_OBJECT

    Render::PageRenderer::Options rendererOptions() const
    {
        Render::PageRenderer::Options options;
        options.markdownWorker.program = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk-render-worker");
        options.highlighter.program = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk-highlighter");
        return options;
    }

private Q_SLOTS:
    void imagesLeftOut_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("stored");
        QTest::addColumn<int>("blocked");
        QTest::addColumn<QStringList>("shown"); // in the HTML
        QTest::addColumn<QStringList>("notShown"); // not in it

        const QString q3 = QStringLiteral("https://img.example.com/q3.png");
        QTest::newRow("alt text and a load link")
            << QStringLiteral("Revenue:\n\n![Quarterly revenue chart](%1)\n").arg(q3) << QStringList() << 1
            << QStringList{QStringLiteral("<span class=\"image-alt\">Quarterly revenue chart</span>"),
                   QStringLiteral("<a class=\"load-image\" "
                                  "href=\"newsdesk://load-image/?src=https%3A%2F%2Fimg.example.com%2Fq3.png\""),
                   QStringLiteral(">Load image</a>")}
            << QStringList{QStringLiteral("<img")};
        QTest::newRow("no alt: the title")
            << QStringLiteral("![](https://a.example/x.png \"Rates since 2020\")") << QStringList() << 1
            << QStringList{QStringLiteral("<span class=\"image-alt\">Rates since 2020</span>")}
            << QStringList{QStringLiteral("<img")};
        QTest::newRow("no alt, no title: the host")
            << QStringLiteral("![](https://cdn.example.net/x.png)") << QStringList() << 1
            << QStringList{QStringLiteral("<span class=\"image-alt\">Image from cdn.example.net</span>")}
            << QStringList{QStringLiteral("<img")};
        QTest::newRow("hostile alt text stays text")
            << QStringLiteral("![<script>alert(1)</script> \"q\" & <b>](https://a.example/x.png)") << QStringList() << 1
            << QStringList{QStringLiteral("&quot;q&quot; &amp; ")}
            << QStringList{QStringLiteral("<script"), QStringLiteral("<b>"), QStringLiteral("<img")};
        QTest::newRow("stored image stays an image")
            << QStringLiteral("![chart](%1) and ![other](https://img.example.com/other.png)").arg(q3) << QStringList{q3}
            << 1
            << QStringList{QStringLiteral("<img src=\"newsdesk://image/?src=https%3A%2F%2Fimg.example.com%2Fq3.png\" "
                                          "alt=\"chart\""),
                   QStringLiteral("<span class=\"image-alt\">other</span>")}
            << QStringList();
        QTest::newRow("inside a link: no second link")
            << QStringLiteral("[![Company logo](https://a.example/logo.png)](https://example.com/about)")
            << QStringList() << 1 << QStringList{QStringLiteral("<span class=\"image-alt\">Company logo</span>")}
            << QStringList{QStringLiteral("load-image"), QStringLiteral("<img")};
        QTest::newRow("relative source resolved against the article")
            << QStringLiteral("![Map](/static/map.png)") << QStringList() << 1
            << QStringList{QStringLiteral("src=https%3A%2F%2Fnews.example.com%2Fstatic%2Fmap.png")}
            << QStringList{QStringLiteral("<img")};
        QTest::newRow("code is not an image")
            << QStringLiteral("`![x](https://a.example/x.png)`\n\n    ![y](https://a.example/y.png)\n") << QStringList()
            << 0 << QStringList{QStringLiteral("![x](https://a.example/x.png)")}
            << QStringList{QStringLiteral("image-blocked")};
    }

    void imagesLeftOut()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, stored);
        QFETCH(int, blocked);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, notShown);

        Core::Article article;
        article.url = QUrl(QStringLiteral("https://news.example.com/en/news/1.md"));
        article.body = markdown;
        Render::PageRenderer renderer(rendererOptions());
        const QString body = renderer.bodyHtml(article);
        const Render::BlockedImages out = Render::blockImages(body, QSet<QString>(stored.cbegin(), stored.cend()));
        QCOMPARE(out.blocked, blocked);
        for (const QString &s : shown)
            QVERIFY2(out.html.contains(s), qPrintable(s + u"\n in \n" + out.html));
        for (const QString &s : notShown)
            QVERIFY2(!out.html.contains(s), qPrintable(s + u"\n in \n" + out.html));
    }

    void pageWithRemoteImagesOffShowsPlaceholders()
    {
        Core::Article article;
        article.url = QUrl(QStringLiteral("https://news.example.com/en/news/1.md"));
        article.title = QStringLiteral("Chart day");
        article.body = QStringLiteral("![Yield curve](https://img.example.com/curve.png)\n");
        Render::PageRenderer renderer(rendererOptions());
        Render::PageOptions options;
        QVERIFY(renderer.articlePage(article, options).contains(QStringLiteral("<img src=")));
        options.blockRemoteImages = true;
        const QString page = renderer.articlePage(article, options);
        QVERIFY(!page.contains(QStringLiteral("<img src=")));
        QVERIFY(page.contains(QStringLiteral("<span class=\"image-alt\">Yield curve</span>")));
    }
};

QTEST_GUILESS_MAIN(TestImageBlocker)
#include "tst_imageblocker.moc"
