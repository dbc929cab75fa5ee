// Installs the build into a temporary prefix (as `cmake --install` does for a user or a package)
// and checks that the installed tree is complete and that the installed reader works from there.
#include "processrun.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString appId = QStringLiteral(NEWSDESK_APP_ID);
const QString binDir = QStringLiteral(NEWSDESK_INSTALL_BINDIR);
const QString libexecDir = QStringLiteral(NEWSDESK_INSTALL_LIBEXEC_DIR);
const QString dataDir = QStringLiteral(NEWSDESK_INSTALL_DATADIR);
const QString sampleDocument = QStringLiteral(NEWSDESK_TEST_DATA_DIR "/format/news-en.md");
const QString sampleKey = QStringLiteral("281000001");

// The <pre> block of the rendered page that holds the sample's Python snippet.
QByteArray codeBlock(const QByteArray &html)
{
    const qsizetype code = html.indexOf("perf_per_watt");
    if (code < 0)
        return {};
    const qsizetype begin = html.lastIndexOf("<pre", code);
    const qsizetype end = html.indexOf("</pre>", code);
    if (begin < 0 || end < 0)
        return {};
    return html.mid(begin, end - begin);
}

} // namespace

class InstallTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void installedFiles_data();
    void installedFiles();
    void nothingElseInstalled();
    void desktopFileNamesInstalledFiles_data();
    void desktopFileNamesInstalledFiles();
    void pngIcons_data();
    void pngIcons();
    void appstreamTreeValidates();
    void metainfoNamesThisVersion();
    void metainfoScreenshotsExist();
    void version();
    void importAndShow();
    void renderFindsHelpersInPrefix_data();
    void renderFindsHelpersInPrefix();

private:
    QString installed(const QString &relative) const { return m_prefix + u'/' + relative; }
    ProcessRun runReader(const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QString m_prefix;
};

void InstallTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_prefix = m_dir.filePath(QStringLiteral("prefix"));
    const ProcessRun install = runProcess(QStringLiteral(NEWSDESK_CMAKE_COMMAND),
        {QStringLiteral("--install"), QStringLiteral(NEWSDESK_BINARY_DIR), QStringLiteral("--prefix"), m_prefix});
    QVERIFY2(install.succeeded(), install.describe().constData());
}

ProcessRun InstallTest::runReader(const QStringList &arguments) const
{
    // A user's environment, but nothing of this machine's own library or settings.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("NEWSDESK_DB"));
    environment.remove(QStringLiteral("NEWSDESK_HELPER_DIR"));
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + u"/.config");
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + u"/.local/share");
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + u"/.cache");
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return runProcess(installed(binDir + u"/newsdesk"), arguments, environment);
}

void InstallTest::installedFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("executable");

    QTest::newRow("nominal: the reader") << binDir + u"/newsdesk" << true;
    QTest::newRow("nominal: the highlighter helper") << libexecDir + u"/newsdesk-highlighter" << true;
    QTest::newRow("nominal: the render worker") << libexecDir + u"/newsdesk-render-worker" << true;
    QTest::newRow("nominal: desktop file") << dataDir + u"/applications/" + appId + u".desktop" << false;
    QTest::newRow("nominal: AppStream metainfo") << dataDir + u"/metainfo/" + appId + u".metainfo.xml" << false;
    QTest::newRow("nominal: manual page") << QStringLiteral(NEWSDESK_INSTALL_MANDIR "/man1/newsdesk.1.gz") << false;
    QTest::newRow("nominal: scalable icon") << dataDir + u"/icons/hicolor/scalable/apps/" + appId + u".svg" << false;
    QTest::newRow("nominal: licence (Debian copyright)") << dataDir + u"/doc/newsdesk/copyright" << false;
}

void InstallTest::installedFiles()
{
    QFETCH(QString, path);
    QFETCH(bool, executable);

    const QFileInfo file(installed(path));
    QVERIFY2(file.isFile(), qPrintable(path + u" is not installed"));
    QCOMPARE(file.isExecutable(), executable);
}

void InstallTest::nothingElseInstalled()
{
    // Static libraries, headers or test programs in the package would be a packaging bug.
    const QStringList allowed{
        binDir + u"/newsdesk",
        libexecDir + u'/',
        dataDir + u"/applications/" + appId + u".desktop",
        dataDir + u"/metainfo/" + appId + u".metainfo.xml",
        dataDir + u"/icons/hicolor/",
        QStringLiteral(NEWSDESK_INSTALL_MANDIR "/man1/newsdesk.1.gz"),
        dataDir + u"/doc/newsdesk/copyright",
    };
    QDirIterator it(m_prefix, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(m_prefix).relativeFilePath(it.next());
        const bool known = std::any_of(allowed.cbegin(), allowed.cend(), [&](const QString &prefix) {
            return prefix.endsWith(u'/') ? relative.startsWith(prefix) : relative == prefix;
        });
        QVERIFY2(known, qPrintable(u"unexpected installed file: "_qs + relative));
    }
}

void InstallTest::desktopFileNamesInstalledFiles_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("installedPath");

    // The menu entry works only if its program and icon are where a desktop looks for them.
    const QString program = binDir + u"/%1";
    QTest::newRow("nominal: Exec runs the installed reader") << u"Exec"_qs << program;
    QTest::newRow("nominal: TryExec names it too") << u"TryExec"_qs << program;
    QTest::newRow("nominal: Icon is in the hicolor theme")
        << u"Icon"_qs << dataDir + u"/icons/hicolor/scalable/apps/%1.svg";
}

void InstallTest::desktopFileNamesInstalledFiles()
{
    QFETCH(QString, key);
    QFETCH(QString, installedPath);

    QFile file(installed(dataDir + u"/applications/" + appId + u".desktop"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QString value;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(key + u'='))
            value = line.mid(key.size() + 1).section(u' ', 0, 0);
    }
    QVERIFY2(!value.isEmpty(), qPrintable(key + u" missing from the desktop file"));
    const QString path = installedPath.arg(value);
    QVERIFY2(
        QFileInfo::exists(installed(path)), qPrintable(key + u'=' + value + u" but " + path + u" is not installed"));
}

void InstallTest::pngIcons_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 32, 48, 64, 128, 256})
        QTest::addRow("nominal: %dx%d", size, size) << size;
}

void InstallTest::pngIcons()
{
    QFETCH(int, size);

    const QString sizeDir = QString::number(size) + u'x' + QString::number(size);
    const QString path = installed(dataDir + u"/icons/hicolor/" + sizeDir + u"/apps/" + appId + u".png");
    const QImage icon(path);
    QVERIFY2(!icon.isNull(), qPrintable(path + u" is missing or not a PNG"));
    QCOMPARE(icon.size(), QSize(size, size));
    // The page in the middle of the glyph is drawn, opaque; the corners of the plate are not.
    QCOMPARE(icon.pixelColor(size / 2, size / 2).alpha(), 255);
    QCOMPARE(icon.pixelColor(0, 0).alpha(), 0);
}

void InstallTest::appstreamTreeValidates()
{
    // Checks the metainfo against the installed desktop file and icons, as a software centre does.
    const ProcessRun validate = runProcess(QStringLiteral(NEWSDESK_APPSTREAMCLI),
        {QStringLiteral("validate-tree"), QStringLiteral("--no-net"), QStringLiteral("--strict"), m_prefix});
    QVERIFY2(validate.succeeded(), validate.describe().constData());
}

void InstallTest::metainfoNamesThisVersion()
{
    QFile file(installed(dataDir + u"/metainfo/" + appId + u".metainfo.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString newestRelease;
    while (newestRelease.isEmpty() && xml.readNextStartElement()) {
        if (xml.name() == u"release")
            newestRelease = xml.attributes().value(QLatin1StringView("version")).toString();
        else if (xml.name() != u"component" && xml.name() != u"releases")
            xml.skipCurrentElement();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // A version bump without release notes would show stale notes in software centres.
    QCOMPARE(newestRelease, QStringLiteral(NEWSDESK_VERSION));
}

void InstallTest::metainfoScreenshotsExist()
{
    // Each screenshot URL names a file of packaging/screenshots/ (packaging/screenshot.sh writes them).
    QFile file(installed(dataDir + u"/metainfo/" + appId + u".metainfo.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList images;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"image")
            images.append(xml.readElementText());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(!images.isEmpty());
    for (const QString &url : std::as_const(images)) {
        const QString name = url.section(u'/', -1);
        const QImage image(QStringLiteral(NEWSDESK_SOURCE_DIR "/packaging/screenshots/") + name);
        QVERIFY2(!image.isNull(), qPrintable(url + u": no such PNG in packaging/screenshots"));
        // Software centres show screenshots at 16:9-ish sizes of at least 620 px wide.
        QVERIFY2(image.width() >= 620, qPrintable(name + u" is too small for a software centre"));
    }
}

void InstallTest::version()
{
    const ProcessRun run = runReader({QStringLiteral("--version")});
    QVERIFY2(run.succeeded(), run.describe().constData());
    QCOMPARE(run.out.trimmed(), QByteArray("newsdesk " NEWSDESK_VERSION));
}

void InstallTest::importAndShow()
{
    const QString db = m_dir.filePath(QStringLiteral("show.sqlite"));
    const ProcessRun imported = runReader({QStringLiteral("--db"), db, QStringLiteral("import"), sampleDocument});
    QVERIFY2(imported.succeeded(), imported.describe().constData());

    const ProcessRun show
        = runReader({QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("--json"), sampleKey});
    QVERIFY2(show.succeeded(), show.describe().constData());
    QJsonParseError error;
    const QJsonObject article = QJsonDocument::fromJson(show.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(article.value(u"title").toString(),
        u"Harborline Semiconductor posts record quarter as data-center orders double"_qs);
    QCOMPARE(article.value(u"locale").toString(), u"en"_qs);
}

void InstallTest::renderFindsHelpersInPrefix_data()
{
    QTest::addColumn<QString>("hiddenHelper");
    QTest::addColumn<bool>("formatted");
    QTest::addColumn<bool>("highlighted");

    // Hiding a helper in the prefix must change the page: if it does not, the reader found that
    // helper somewhere else (the build tree, the configured /usr/local…), not in its prefix.
    QTest::newRow("nominal: both helpers found in the prefix") << QString() << true << true;
    QTest::newRow("robustness: highlighter hidden, code is plain text") << u"newsdesk-highlighter"_qs << true << false;
    QTest::newRow("robustness: render worker hidden, the article is plain text")
        << u"newsdesk-render-worker"_qs << false << false;
}

void InstallTest::renderFindsHelpersInPrefix()
{
    QFETCH(QString, hiddenHelper);
    QFETCH(bool, formatted);
    QFETCH(bool, highlighted);

    const QString db = m_dir.filePath(QStringLiteral("render.sqlite"));
    const ProcessRun imported = runReader({QStringLiteral("--db"), db, QStringLiteral("import"), sampleDocument});
    QVERIFY2(imported.succeeded(), imported.describe().constData());

    const QString helper = installed(libexecDir + u'/' + hiddenHelper);
    const QString hidden = helper + u".hidden";
    if (!hiddenHelper.isEmpty())
        QVERIFY(QFile::rename(helper, hidden));
    const ProcessRun render = runReader({QStringLiteral("--db"), db, QStringLiteral("render"), sampleKey});
    if (!hiddenHelper.isEmpty())
        QVERIFY(QFile::rename(hidden, helper));

    QVERIFY2(render.succeeded(), render.describe().constData());
    QVERIFY2(render.out.contains("perf_per_watt"), "the page lost the article's code");
    QVERIFY2(render.out.contains("<table") == formatted,
        formatted ? "the sample's table is not formatted: newsdesk-render-worker was not found"
                  : "the article was formatted without newsdesk-render-worker in the prefix");
    const QByteArray code = codeBlock(render.out);
    QVERIFY2(code.contains("<span") == highlighted,
        highlighted ? "the code block is not highlighted: newsdesk-highlighter was not found"
                    : "code is highlighted without newsdesk-highlighter in the prefix");
}

QTEST_GUILESS_MAIN(InstallTest)
#include "tst_install.moc"
