// The OPML reader and writer (`opml import`/`opml export`): what is read survives being written
// and read again, as fuzz_opml checks; the rows here are what it found.
#include "core/opml.h"
#include "testdata.h"

#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Core;

class TestOpml final : public QObject
{
    Q_OBJECT

private slots:
    void exportedFeedsReadBackTheSame_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("address"); // the first feed's address as read
        QTest::newRow("nominal: grouped feeds") << QByteArray(
            "<opml version=\"2.0\"><head><title>Mine</title></head><body>"
            "<outline text=\"Markets\"><outline type=\"rss\" text=\"Wire\" "
            "xmlUrl=\"https://example.com/wire.xml?x=1&amp;y=2\"/></outline>"
            "<outline type=\"rss\" title=\"Atom\" xmlUrl=\"http://example.org/feed.atom\"/></body></opml>")
                                                << u"https://example.com/wire.xml?x=1&y=2"_qs;
        // A '#' in a fragment was exported as %23 and read back as another address; the fragment is
        // never sent, and subscriptions drop it anyway.
        QTest::newRow("robustness: '#' in the fragment")
            << QByteArray("<opml><body><outline text=\"x\" xmlUrl=\"http://example.com/feed.xml##a#b\"/></body></opml>")
            << u"http://example.com/feed.xml"_qs;
        QTest::newRow("robustness: fuzz_opml's find (#### after the host)")
            << testData(u"core/opml-fuzz-hash-fragment.opml"_qs) << u"http://127.0.0.1:8097/feeds/dates.json"_qs;
    }

    void exportedFeedsReadBackTheSame()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, address);
        const Result<OpmlDocument> read = parseOpml(document);
        QVERIFY(read);
        QVERIFY(!read->feeds.isEmpty());
        QCOMPARE(read->feeds.first().xmlUrl.toString(), address);
        const Result<OpmlDocument> again = parseOpml(writeOpml(read->title, read->feeds));
        QVERIFY(again);
        QCOMPARE(again->title, read->title);
        QCOMPARE(again->feeds.size(), read->feeds.size());
        for (qsizetype i = 0; i < read->feeds.size(); ++i) {
            QCOMPARE(again->feeds.at(i).xmlUrl, read->feeds.at(i).xmlUrl);
            QCOMPARE(again->feeds.at(i).group, read->feeds.at(i).group);
            if (!read->feeds.at(i).title.isEmpty()) // an untitled feed is written with its address as the title
                QCOMPARE(again->feeds.at(i).title, read->feeds.at(i).title);
        }
    }
};

QTEST_GUILESS_MAIN(TestOpml)
#include "tst_opml.moc"
