// "Open With Newsdesk" end to end: the desktop file runs `newsdesk %F`; the real executable must
// start the reader (not treat the path as an unknown command), import the file and show it. And the
// reader's own options as scripts give them: values apart or after '=', --help, a mistyped option.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray newsDocument(const QString &id, const QString &title, const QString &datetime)
{
    return u"---\ntitle: \"%1\"\ntype: \"News\"\nlocale: \"en\"\nurl: \"https://longbridge.com/en/news/%2.md\"\n"
           u"datetime: \"%3\"\n---\n\n# %1\n\nBody of %1.\n"_qs.arg(title, id, datetime)
               .toUtf8();
}

} // namespace

class TestOpenWith final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library; // two articles, 71 (older) and 72

    static QString program() { return QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk"); }

    // The executable with the test's own settings folders; `display` false takes every display away.
    Run run(const QStringList &arguments, bool display = true)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_qs, m_dir.filePath(u"config"_qs));
        env.insert(u"XDG_DATA_HOME"_qs, m_dir.filePath(u"data"_qs));
        env.remove(u"NEWSDESK_DB"_qs);
        if (!display) {
            env.insert(u"QT_QPA_PLATFORM"_qs, u"xcb"_qs);
            env.remove(u"DISPLAY"_qs);
            env.remove(u"WAYLAND_DISPLAY"_qs);
        }
        process.setProcessEnvironment(env);
        process.start(program(), arguments);
        Run result;
        if (!process.waitForFinished(90000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(program()), qPrintable(program() + u" is not built"_qs));
        m_library = m_dir.filePath(u"two.sqlite"_qs);
        const Run imported = run({u"--db"_qs, m_library, u"import"_qs,
            writeFile(u"71.md"_qs, newsDocument(u"71"_qs, u"Older news"_qs, u"2030-01-01T00:00:00Z"_qs)),
            writeFile(u"72.md"_qs, newsDocument(u"72"_qs, u"Newer news"_qs, u"2030-01-02T00:00:00Z"_qs))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void fileArgumentIsImportedAndShown()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("library.sqlite"));
        const QString shot = dir.filePath(QStringLiteral("window.png"));
        QVERIFY(QFile::copy(QStringLiteral(NEWSDESK_TEST_DATA_DIR "/format/news-zh-HK.md"),
            dir.filePath(QStringLiteral("港股新聞.md"))));

        QProcess reader;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        reader.setProcessEnvironment(env);
        reader.start(program(),
            {QStringLiteral("--db=") + db, QStringLiteral("--screenshot=") + shot,
                dir.filePath(QStringLiteral("港股新聞.md"))});
        QVERIFY(reader.waitForFinished(90000));
        QCOMPARE(reader.exitStatus(), QProcess::NormalExit);
        QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
        QVERIFY(!QImage(shot).isNull()); // the reader ran and showed its window

        QProcess show;
        show.start(program(),
            {QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("--json"),
                dir.filePath(QStringLiteral("港股新聞.md"))});
        QVERIFY(show.waitForFinished(30000));
        QCOMPARE(show.exitCode(), 0);
        const QJsonObject article = QJsonDocument::fromJson(show.readAllStandardOutput()).object();
        QCOMPARE(article.value(QStringLiteral("key")).toString(), QStringLiteral("281000001"));
        QCOMPARE(article.value(QStringLiteral("locale")).toString(), QStringLiteral("zh-HK"));
    }

    // `--open KEY --offline --screenshot FILE` with their values apart: the reader starts (the values
    // are no command), opens that article (an explicit open marks it read at once) and saves the picture.
    void openAndScreenshotWithValuesApart()
    {
        const QString shot = m_dir.filePath(u"window.png"_qs);
        const Run reader
            = run({u"--db"_qs, m_library, u"--open"_qs, u"71"_qs, u"--offline"_qs, u"--screenshot"_qs, shot});
        QVERIFY2(reader.exitCode == 0, qPrintable(reader.err));
        QVERIFY(!QImage(shot).isNull());
        QVERIFY2(!reader.err.contains(u"no stored article"_qs), qPrintable(reader.err));
        const Run unread = run({u"--db"_qs, m_library, u"list"_qs, u"--unread"_qs});
        QCOMPARE(unread.exitCode, 0);
        QVERIFY2(unread.out.contains(u"Newer news"_qs), qPrintable(unread.out));
        QVERIFY2(!unread.out.contains(u"Older news"_qs), qPrintable(unread.out));
    }

    // A picture that cannot be written is a failure the script sees, not a silent success.
    void unwritableScreenshotFails()
    {
        const QString shot = m_dir.filePath(u"no-such-folder/window.png"_qs);
        const Run reader = run({u"--db"_qs, m_library, u"--open"_qs, u"72"_qs, u"--screenshot"_qs, shot});
        QCOMPARE(reader.exitCode, 1);
        QVERIFY2(reader.err.contains(u"could not write the screenshot"_qs), qPrintable(reader.err));
    }

    void dbBeforeOrAfterTheCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("lines");
        const QString missing = m_dir.filePath(u"missing.sqlite"_qs);
        QTest::newRow("nominal: before, value apart") << QStringList{u"--db"_qs, m_library, u"list"_qs} << 0 << 2;
        QTest::newRow("nominal: before, after '='") << QStringList{u"--db="_qs + m_library, u"list"_qs} << 0 << 2;
        QTest::newRow("nominal: after, value apart") << QStringList{u"list"_qs, u"--db"_qs, m_library} << 0 << 2;
        QTest::newRow("nominal: between the command's options") << QStringList{u"list"_qs, u"--locale"_qs, u"en"_qs,
            u"--db"_qs, m_library, u"--limit"_qs, u"1"_qs} << 0 << 1;
        QTest::newRow("robustness: after, a missing library") << QStringList{u"list"_qs, u"--db"_qs, missing} << 1 << 0;
    }

    void dbBeforeOrAfterTheCommand()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QTEST(r.exitCode, "exitCode");
        QTEST(int(r.out.split(u'\n', Qt::SkipEmptyParts).size()), "lines");
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing.sqlite"_qs))); // a reading command creates nothing
    }

    void helpListsTheReadersOptions_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--help") << u"--help"_qs;
        QTest::newRow("-h") << u"-h"_qs;
    }

    void helpListsTheReadersOptions()
    {
        QFETCH(QString, option);
        const Run help = run({option}, false); // no display needed
        QCOMPARE(help.exitCode, 0);
        for (const char *text : {"Usage: newsdesk [options] [FILE.md|URL…]", "--db <FILE>", "--open <KEY[@LOCALE]>",
                 "--screenshot <FILE>", "Commands:", "import"}) {
            QVERIFY2(help.out.contains(QString::fromUtf8(text)), text);
        }
    }

    void unknownOptionIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("an unknown option") << QStringList{u"--frobnicate"_qs} << u"Unknown option 'frobnicate'."_qs;
        QTest::newRow("a command's option without the command")
            << QStringList{u"--unread"_qs} << u"Unknown option 'unread'."_qs;
        QTest::newRow("--screenshot without its value")
            << QStringList{u"--screenshot"_qs} << u"Missing value after '--screenshot'."_qs;
    }

    // Told on stderr with exit 2 before any window: no display is needed to hear it, and no library
    // is made.
    void unknownOptionIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const QString library = m_dir.filePath(u"untouched.sqlite"_qs);
        const Run r = run(QStringList{u"--db"_qs, library} + arguments, false);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, u"newsdesk: "_qs + error + u"\nTry 'newsdesk --help'.\n"_qs);
        QVERIFY(!QFile::exists(library));
    }

    void unknownWordIsStillAUsageError()
    {
        QProcess cli;
        cli.start(program(), {QStringLiteral("frobnicate")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardError().contains("unknown command"));
    }
};

QTEST_GUILESS_MAIN(TestOpenWith)
#include "tst_openwith.moc"
