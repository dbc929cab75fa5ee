// `newsdesk render` as a user runs it: the real executable on a real library file prints the page
// the reader's scheme serves, byte for byte the golden reference (times in UTC via TZ).

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestRenderCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsThePage_data();
    void printsThePage();
    void errors_data();
    void errors();

private:
    struct Run
    {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);

    QTemporaryDir m_dir;
};

TestRenderCommand::Run TestRenderCommand::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TZ"_qs, u"UTC"_qs);
    environment.insert(u"QT_LOGGING_RULES"_qs, u"*.debug=false;*.info=false"_qs);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(NEWSDESK_BINARY_DIR "/bin/newsdesk"),
        QStringList{u"--db"_qs, m_dir.filePath(u"library.sqlite"_qs)} + arguments);
    if (!process.waitForFinished(60000))
        return {};
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError()};
}

void TestRenderCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run imported = run({u"import"_qs, QStringLiteral(NEWSDESK_TEST_DATA_DIR "/format/news-en.md"),
        QStringLiteral(NEWSDESK_TEST_DATA_DIR "/format/hostile.md")});
    QVERIFY2(imported.status == 0, imported.err.constData());
}

void TestRenderCommand::printsThePage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("golden");
    QTest::newRow("nominal: by news id") << QStringList{u"281000001"_qs} << u"news-en.html"_qs;
    QTest::newRow("nominal: by URL, dark theme, locale") << QStringList{u"https://longbridge.com/news/281000001.md"_qs,
        u"--theme"_qs, u"dark"_qs, u"--locale"_qs, u"en"_qs}
                                                         << u"news-en.dark.html"_qs;
    QTest::newRow("robustness: hostile.md by file path")
        << QStringList{QStringLiteral(NEWSDESK_TEST_DATA_DIR "/format/hostile.md")} << u"hostile.html"_qs;
}

void TestRenderCommand::printsThePage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, golden);
    const Run rendered = run(QStringList{u"render"_qs} + arguments);
    QVERIFY2(rendered.status == 0, rendered.err.constData());
    QFile reference(QStringLiteral(NEWSDESK_TEST_DATA_DIR "/render/golden/") + golden);
    QVERIFY(reference.open(QIODevice::ReadOnly));
    QCOMPARE(rendered.out, reference.readAll());
}

void TestRenderCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("robustness: no key") << QStringList{} << 2 << u"name one article"_qs;
    QTest::newRow("robustness: bad theme")
        << QStringList{u"281000001"_qs, u"--theme"_qs, u"blue"_qs} << 2 << u"--theme is light or dark"_qs;
    QTest::newRow("robustness: unknown article") << QStringList{u"404"_qs} << 1 << u"no such article"_qs;
    QTest::newRow("robustness: locale not stored")
        << QStringList{u"281000001"_qs, u"--locale"_qs, u"zh-HK"_qs} << 1 << u"stored: en"_qs;
}

void TestRenderCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Run rendered = run(QStringList{u"render"_qs} + arguments);
    QCOMPARE(rendered.status, status);
    QVERIFY(rendered.out.isEmpty());
    QVERIFY2(QString::fromUtf8(rendered.err).contains(message), rendered.err.constData());
}

QTEST_GUILESS_MAIN(TestRenderCommand)
#include "tst_rendercommand.moc"
