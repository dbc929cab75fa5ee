// "Open With Newsdesk" end to end: the desktop file runs `newsdesk %F`; the real executable must
// start the reader (not treat the path as an unknown command), import the file and show it.
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestOpenWith final : public QObject
{
    Q_OBJECT

private:
    static QString program() { return QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk"); }

private Q_SLOTS:
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
