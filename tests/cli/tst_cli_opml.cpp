// `newsdesk opml import FILE` and `newsdesk opml export [FILE]`, run as a user runs them: the real
// executable, a temporary library, OPML files from other readers.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString newsdesk = QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliOpml final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run run(const QString &library, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
        environment.remove(u"NEWSDESK_DB"_qs);
        process.setProcessEnvironment(environment);
        process.start(newsdesk, QStringList{u"--db"_qs, library} + arguments);
        Run result;
        if (!process.waitForFinished(60000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    QStringList subscribedUrls(const QString &library)
    {
        QStringList urls;
        const Run listed = run(library, {u"subscriptions"_qs, u"--json"_qs});
        for (const QJsonValue &value : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            urls.append(value.toObject().value(u"url"_qs).toString());
        return urls;
    }

private Q_SLOTS:
    void importNestedOutlinesAndReportTheRest()
    {
        // As Akregator/NetNewsWire write it: categories with feeds inside, one outline without a feed.
        const QString opml = write(u"reader.opml"_qs,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<opml version=\"2.0\"><head><title>My feeds</title></head><body>\n"
            "  <outline text=\"Markets\">\n"
            "    <outline type=\"rss\" text=\"Wire\" xmlUrl=\"https://example.com/wire.xml\" "
            "htmlUrl=\"https://example.com/\"/>\n"
            "    <outline text=\"Deeper\"><outline type=\"rss\" title=\"Atom one\" "
            "xmlUrl=\"http://example.org/feed.atom\"/></outline>\n"
            "  </outline>\n"
            "  <outline type=\"rss\" text=\"Local file\" xmlUrl=\"file:///etc/passwd\"/>\n"
            "  <outline text=\"Just a note\"/>\n"
            "</body></opml>");
        const QString library = m_dir.filePath(u"a.sqlite"_qs);
        const Run imported = run(library, {u"opml"_qs, u"import"_qs, opml});
        QCOMPARE(imported.exitCode, 1); // one outline could not be taken, and it says which
        QVERIFY2(imported.err.contains(u"file:///etc/passwd"_qs) && imported.err.contains(u"Local file"_qs),
            qPrintable(imported.err));
        QVERIFY2(imported.out.contains(u"Imported 2 new of 2 feeds, 1 skipped"_qs), qPrintable(imported.out));
        QCOMPARE(subscribedUrls(library),
            (QStringList{u"https://example.com/wire.xml"_qs, u"http://example.org/feed.atom"_qs}));
        // Importing again adds nothing.
        const Run again = run(library, {u"opml"_qs, u"import"_qs, opml});
        QVERIFY2(again.out.contains(u"Imported 0 new of 2 feeds"_qs), qPrintable(again.out));
        QCOMPARE(subscribedUrls(library).size(), 2);
    }

    void documentTypeDeclarationsAreRefused()
    {
        const QString opml = write(u"bomb.opml"_qs,
            "<?xml version=\"1.0\"?>\n"
            "<!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\"><!ENTITY y \"&x;&x;\">]>\n"
            "<opml version=\"2.0\"><body><outline type=\"rss\" text=\"&y;\" "
            "xmlUrl=\"https://example.com/a.xml\"/></body></opml>");
        const QString library = m_dir.filePath(u"b.sqlite"_qs);
        const Run imported = run(library, {u"opml"_qs, u"import"_qs, opml});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(u"document type declaration"_qs), qPrintable(imported.err));
        QVERIFY(subscribedUrls(library).isEmpty());
        const Run notOpml = run(library, {u"opml"_qs, u"import"_qs, write(u"x.opml"_qs, "<rss/>")});
        QCOMPARE(notOpml.exitCode, 1);
        QVERIFY2(notOpml.err.contains(u"not an OPML file"_qs), qPrintable(notOpml.err));
    }

    void exportRoundTripsWithTheWatchlist()
    {
        const QString library = m_dir.filePath(u"c.sqlite"_qs);
        QCOMPARE(run(library, {u"subscribe"_qs, u"https://example.com/wire.xml"_qs}).exitCode, 0);
        QCOMPARE(run(library, {u"watchlist"_qs, u"add"_qs, u"AAPL.US"_qs}).exitCode, 0);
        const Run exported = run(library, {u"opml"_qs, u"export"_qs});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains(u"<opml version=\"2.0\">"_qs), qPrintable(exported.out));
        QVERIFY2(exported.out.contains(u"<outline text=\"Watchlist\">"_qs), qPrintable(exported.out));
        QVERIFY2(exported.out.contains(u"xmlUrl=\"https://longbridge.com/en/quote/AAPL.US/news.md\""_qs),
            qPrintable(exported.out));

        const QString file = m_dir.filePath(u"out.opml"_qs);
        QCOMPARE(run(library, {u"opml"_qs, u"export"_qs, file}).exitCode, 0);
        const QString other = m_dir.filePath(u"d.sqlite"_qs);
        QCOMPARE(run(other, {u"opml"_qs, u"import"_qs, file}).exitCode, 0);
        QCOMPARE(subscribedUrls(other),
            (QStringList{u"https://example.com/wire.xml"_qs, u"https://longbridge.com/en/quote/AAPL.US/news.md"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestCliOpml)
#include "tst_cli_opml.moc"
