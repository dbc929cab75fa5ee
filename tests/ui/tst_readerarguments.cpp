// The reader's command line (QCommandLineParser) and how the executable tells it from a command:
// an option's value given separately is never read as a command or a document.
#include "cli/cli.h"
#include "ui/readerarguments.h"

#include <QDir>
#include <QTest>

using Newsdesk::Ui::ReaderArguments;

class TestReaderArguments final : public QObject
{
    Q_OBJECT

private:
    static QStringList withProgram(const QStringList &arguments) { return QStringList{u"newsdesk"_qs} + arguments; }
    static Newsdesk::Cli::ReaderFace readerFace()
    {
        return {ReaderArguments::optionsWithValue(), &ReaderArguments::helpText};
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("screenshot");
        QTest::addColumn<QStringList>("documents");
        QTest::addColumn<QString>("error");
        const QString here = QDir::currentPath();
        QTest::newRow("nominal: separate values")
            << QStringList{u"--db"_qs, u"lib.sqlite"_qs, u"--open"_qs, u"290000101@zh-CN"_qs, u"--screenshot"_qs,
                   u"shot.png"_qs}
            << u"lib.sqlite"_qs << u"290000101@zh-CN"_qs << u"shot.png"_qs << QStringList() << QString();
        QTest::newRow("nominal: values after =")
            << QStringList{u"--db=lib.sqlite"_qs, u"--open=290000101"_qs, u"--screenshot=shot.png"_qs}
            << u"lib.sqlite"_qs << u"290000101"_qs << u"shot.png"_qs << QStringList() << QString();
        QTest::newRow("nominal: one dash") << QStringList{u"-db"_qs, u"lib.sqlite"_qs} << u"lib.sqlite"_qs << QString()
                                           << QString() << QStringList() << QString();
        QTest::newRow("nominal: documents, files made absolute")
            << QStringList{u"a.md"_qs, u"/tmp/b.md"_qs, u"file:///tmp/c%20d.md"_qs,
                   u"https://example.com/news/1.html"_qs}
            << QString() << QString() << QString()
            << QStringList{here + u"/a.md"_qs, u"/tmp/b.md"_qs, u"/tmp/c d.md"_qs,
                   u"https://example.com/news/1.html"_qs}
            << QString();
        QTest::newRow("nominal: an option after a document")
            << QStringList{u"a.md"_qs, u"--open"_qs, u"7"_qs} << QString() << u"7"_qs << QString()
            << QStringList{here + u"/a.md"_qs} << QString();
        QTest::newRow("nominal: Qt's own options are left to Qt")
            << QStringList{u"-platform"_qs, u"offscreen"_qs, u"-style"_qs, u"fusion"_qs, u"--reverse"_qs,
                   u"-qwindowgeometry=800x600"_qs, u"a.md"_qs}
            << QString() << QString() << QString() << QStringList{here + u"/a.md"_qs} << QString();
        QTest::newRow("robustness: unknown option")
            << QStringList{u"--frobnicate"_qs, u"a.md"_qs} << QString() << QString() << QString()
            << QStringList{here + u"/a.md"_qs} << u"Unknown option 'frobnicate'."_qs;
        QTest::newRow("robustness: a command's option is not the reader's")
            << QStringList{u"--unread"_qs} << QString() << QString() << QString() << QStringList()
            << u"Unknown option 'unread'."_qs;
        QTest::newRow("robustness: missing value")
            << QStringList{u"--db"_qs, u"lib.sqlite"_qs, u"--screenshot"_qs} << u"lib.sqlite"_qs << QString()
            << QString() << QStringList() << u"Missing value after '--screenshot'."_qs;
    }

    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        ReaderArguments parsed;
        QCOMPARE(parsed.parse(withProgram(arguments)), error.isEmpty());
        QCOMPARE(parsed.error(), error);
        QTEST(parsed.db(), "db");
        QTEST(parsed.open(), "open");
        QTEST(parsed.screenshot(), "screenshot");
        QTEST(parsed.documents(), "documents");
    }

    void offlineIsTheReadersToo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("offline");
        QTest::newRow("nominal: given") << QStringList{u"--offline"_qs, u"a.md"_qs} << true;
        QTest::newRow("nominal: not given") << QStringList{u"a.md"_qs} << false;
    }

    void offlineIsTheReadersToo()
    {
        QFETCH(QStringList, arguments);
        ReaderArguments parsed;
        QVERIFY(parsed.parse(withProgram(arguments)));
        QTEST(parsed.offline(), "offline");
    }

    // The screenshots' fixed "today" (packaging/screenshot.sh passes it with =).
    void nowIsTakenWithTheScreenshot()
    {
        ReaderArguments parsed;
        QVERIFY(parsed.parse(withProgram({u"--screenshot=shot.png"_qs, u"--now=2026-11-25T12:00:00Z"_qs})));
        QCOMPARE(parsed.now(), u"2026-11-25T12:00:00Z"_qs);
        QVERIFY(parsed.documents().isEmpty()); // the value is no document
    }

    // What a second `newsdesk` hands to the running reader reads back as what it was given.
    void handOverRoundTrips()
    {
        ReaderArguments given;
        QVERIFY(given.parse(withProgram({u"--db"_qs, u"lib.sqlite"_qs, u"--open"_qs, u"290000101@en"_qs,
            u"/tmp/a.md"_qs, u"https://x.test/n"_qs})));
        ReaderArguments received;
        QVERIFY(received.parse(QStringList{QString()} + given.handOverArguments()));
        QCOMPARE(received.open(), u"290000101@en"_qs);
        QCOMPARE(received.documents(), (QStringList{u"/tmp/a.md"_qs, u"https://x.test/n"_qs}));
        QVERIFY(received.db().isEmpty()); // the library is the running reader's
    }

    void helpListsTheReadersOptions()
    {
        const QString help = ReaderArguments::helpText();
        QVERIFY2(help.startsWith(u"Usage: newsdesk [options] [FILE.md|URL…]\n"), qPrintable(help));
        for (const char *option : {"--db <FILE>", "--open <KEY[@LOCALE]>", "--screenshot <FILE>", "--now <DATETIME>",
                 "--dialog <NAME>", "--offline", "-h, --help", "-v, --version", "FILE.md|URL"}) {
            QVERIFY2(help.contains(QLatin1StringView(option)), option);
        }
        QVERIFY(!help.contains(u"-platform"_qs)); // Qt's options are Qt's to document
        QVERIFY(!help.contains(u"-style"_qs));
    }

    // main() runs a command headless only when the arguments name one; the reader gets the rest.
    void commandOrReader_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("command");
        QTest::newRow("reader: nothing") << QStringList() << false;
        QTest::newRow("reader: --screenshot's value apart")
            << QStringList{u"--screenshot"_qs, u"window.png"_qs} << false;
        QTest::newRow("reader: --open's value apart") << QStringList{u"--open"_qs, u"290000101"_qs} << false;
        QTest::newRow("reader: --db's value apart")
            << QStringList{u"--db"_qs, u"lib.sqlite"_qs, u"--open"_qs, u"list"_qs} << false;
        QTest::newRow("reader: values after =") << QStringList{u"--screenshot=window.png"_qs, u"--open=7"_qs} << false;
        QTest::newRow("reader: Qt's option") << QStringList{u"-style"_qs, u"fusion"_qs} << false;
        QTest::newRow("reader: a markdown file") << QStringList{u"new.md"_qs} << false;
        QTest::newRow("reader: a URL") << QStringList{u"https://example.com/news/1.html"_qs} << false;
        QTest::newRow("reader: an unknown option (the reader refuses it)") << QStringList{u"--frobnicate"_qs} << false;
        QTest::newRow("command: after --db's value") << QStringList{u"--db"_qs, u"lib.sqlite"_qs, u"list"_qs} << true;
        QTest::newRow("command: --db after it") << QStringList{u"list"_qs, u"--db"_qs, u"lib.sqlite"_qs} << true;
        QTest::newRow("command: after a reader's option")
            << QStringList{u"--screenshot"_qs, u"window.png"_qs, u"version"_qs} << true;
        QTest::newRow("command: --help") << QStringList{u"--help"_qs} << true;
        QTest::newRow("command: an unknown word (an error there)") << QStringList{u"frobnicate"_qs} << true;
        QTest::newRow("command: --db without its value (an error there)") << QStringList{u"--db"_qs} << true;
    }

    void commandOrReader()
    {
        QFETCH(QStringList, arguments);
        QTEST(Newsdesk::Cli::isCommand(withProgram(arguments), readerFace()), "command");
    }
};

QTEST_GUILESS_MAIN(TestReaderArguments)
#include "tst_readerarguments.moc"
