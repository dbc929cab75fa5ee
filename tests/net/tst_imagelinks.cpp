// Which images an article shows: what the offline copy of a bookmark must store.
#include "net/imagelinks.h"

#include <QTest>

using Newsdesk::Net::imageUrls;

class TestImageLinks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void images_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("nominal: inline image") << u"Text ![chart](https://img.example.com/a.png) more."_qs
                                               << QStringList{u"https://img.example.com/a.png"_qs};
        QTest::newRow("nominal: title and angle brackets")
            << u"![a](https://i.example.com/a.png \"Title\")\n![b](<https://i.example.com/b c.png>)"_qs
            << QStringList{u"https://i.example.com/a.png"_qs, u"https://i.example.com/b%20c.png"_qs};
        QTest::newRow("nominal: relative resolved against the article")
            << u"![x](/static/x.jpg) ![y](y.jpg)"_qs
            << QStringList{u"https://longbridge.com/static/x.jpg"_qs, u"https://longbridge.com/en/news/y.jpg"_qs};
        QTest::newRow("nominal: reference images")
            << u"![Chart][c1] and ![c2]\n\n[c1]: https://i.example.com/1.png \"t\"\n[C2]: <https://i.example.com/2.png>\n"_qs
            << QStringList{u"https://i.example.com/1.png"_qs, u"https://i.example.com/2.png"_qs};
        QTest::newRow("nominal: duplicates once, in order")
            << u"![](https://i.example.com/b.png) ![](https://i.example.com/a.png) ![](https://i.example.com/b.png)"_qs
            << QStringList{u"https://i.example.com/b.png"_qs, u"https://i.example.com/a.png"_qs};
        QTest::newRow("nominal: parentheses in the URL")
            << u"![w](https://i.example.com/a_(1).png)"_qs << QStringList{u"https://i.example.com/a_(1).png"_qs};
        QTest::newRow("robustness: links are not images")
            << u"[not an image](https://example.com/page) and [![badge](https://i.example.com/b.svg)](https://x.example)"_qs
            << QStringList{u"https://i.example.com/b.svg"_qs};
        QTest::newRow("robustness: code is not an image")
            << u"`![no](https://i.example.com/span.png)`\n\n```\n![no](https://i.example.com/fence.png)\n```\n"_qs
            << QStringList{};
        QTest::newRow("robustness: data, javascript and file images are skipped")
            << u"![a](data:image/png;base64,AAAA) ![b](javascript:alert(1)) ![c](file:///etc/passwd)"_qs
            << QStringList{};
        QTest::newRow("robustness: raw HTML img is inert, not fetched")
            << u"<img src=\"https://tracker.example.com/pixel.gif\">"_qs << QStringList{};
        QTest::newRow("robustness: unterminated image syntax")
            << u"![broken(https://i.example.com/a.png"_qs << QStringList{};
    }

    void images()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, expected);
        QStringList actual;
        for (const QUrl &url : imageUrls(markdown, QUrl(QStringLiteral("https://longbridge.com/en/news/1.md"))))
            actual.append(url.toString(QUrl::FullyEncoded));
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestImageLinks)
#include "tst_imagelinks.moc"
