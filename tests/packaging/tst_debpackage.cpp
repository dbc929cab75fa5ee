// Builds the Debian package with CPack, as `cpack -G DEB` does, and checks what apt would see:
// its control fields, its dependencies (found by dpkg-shlibdeps plus the run-time ones listed by
// hand), its contents, and that the packaged reader runs.
#include "processrun.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString appId = QStringLiteral(NEWSDESK_APP_ID);

QString dpkgDeb(const QStringList &arguments, QByteArray *error = nullptr)
{
    const ProcessRun run = runProcess(QStringLiteral("dpkg-deb"), arguments);
    if (error)
        *error = run.succeeded() ? QByteArray() : run.describe();
    return QString::fromUtf8(run.out);
}

} // namespace

class DebPackageTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void controlFields_data();
    void controlFields();
    void depends_data();
    void depends();
    void noBuildDependencies();
    void noDuplicateDependencies();
    void contents_data();
    void contents();
    void packagedReaderRuns();

private:
    QString field(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_deb;
    QStringList m_dependsNames;
    QString m_contents;
};

void DebPackageTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const ProcessRun cpack = runProcess(QStringLiteral(NEWSDESK_CPACK_COMMAND),
        {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_dir.path(), QStringLiteral("--config"),
            QStringLiteral(NEWSDESK_BINARY_DIR "/CPackConfig.cmake")},
        QProcessEnvironment::systemEnvironment(), 240000);
    QVERIFY2(cpack.succeeded(), cpack.describe().constData());
    const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = m_dir.filePath(debs.first());

    // "libfoo (>= 1), libbar | libbaz" → every package name that could satisfy it.
    static const QRegularExpression separator(QStringLiteral("[,|]"));
    for (const QString &alternative : field(QStringLiteral("Depends")).split(separator, Qt::SkipEmptyParts))
        m_dependsNames.append(alternative.trimmed().section(u' ', 0, 0).section(u':', 0, 0));
    QVERIFY(!m_dependsNames.isEmpty());

    QByteArray error;
    m_contents = dpkgDeb({QStringLiteral("--contents"), m_deb}, &error);
    QVERIFY2(error.isEmpty(), error.constData());
}

QString DebPackageTest::field(const QString &name) const
{
    return dpkgDeb({QStringLiteral("--field"), m_deb, name}).trimmed();
}

void DebPackageTest::controlFields_data()
{
    const QString arch
        = QString::fromUtf8(runProcess(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}).out).trimmed();

    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("nominal: package name") << u"Package"_qs << u"newsdesk"_qs;
    QTest::newRow("nominal: version") << u"Version"_qs << QStringLiteral(NEWSDESK_VERSION "-1");
    QTest::newRow("nominal: architecture") << u"Architecture"_qs << arch;
    QTest::newRow("nominal: section") << u"Section"_qs << u"web"_qs;
    QTest::newRow("nominal: maintainer") << u"Maintainer"_qs
                                         << u"The Newsdesk developers <newsdesk@example.invalid>"_qs;
}

void DebPackageTest::controlFields()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QCOMPARE(field(name), value);
}

void DebPackageTest::depends_data()
{
    QTest::addColumn<QString>("package");
    // Found by dpkg-shlibdeps from the executables' libraries.
    QTest::newRow("nominal: Qt 6 core, from shlibdeps") << u"libqt6core6"_qs;
    QTest::newRow("nominal: Qt 6 SQL, from shlibdeps") << u"libqt6sql6"_qs;
    QTest::newRow("nominal: SQLite, from shlibdeps") << u"libsqlite3-0"_qs;
    QTest::newRow("nominal: Qt WebEngine, from shlibdeps") << u"libqt6webenginecore6"_qs;
    QTest::newRow("nominal: WebEngine's helper process, from shlibdeps") << u"libqt6webenginecore6-bin"_qs;
    QTest::newRow("nominal: cmark-gfm, from shlibdeps") << u"libcmark-gfm0.29.0.gfm.6"_qs;
    QTest::newRow("nominal: the highlighter's KF5 library, from shlibdeps") << u"libkf5syntaxhighlighting5"_qs;
    QTest::newRow("nominal: Qt Charts (the ticker's timeline), from shlibdeps") << u"libqt6charts6"_qs;
    // Loaded at run time, so listed by hand.
    QTest::newRow("nominal: the Qt SQLite driver plugin") << u"libqt6sql6-sqlite"_qs;
    QTest::newRow("nominal: the Qt SVG icon plugin") << u"libqt6svg6"_qs;
    QTest::newRow("nominal: Qt's translations of its dialogs") << u"qt6-translations-l10n"_qs;
    QTest::newRow("nominal: CJK fonts") << u"fonts-noto-cjk"_qs;
}

void DebPackageTest::depends()
{
    QFETCH(QString, package);
    QVERIFY2(
        m_dependsNames.contains(package), qPrintable(package + u" is not in Depends: " + m_dependsNames.join(u", ")));
}

void DebPackageTest::noBuildDependencies()
{
    for (const QString &name : std::as_const(m_dependsNames))
        QVERIFY2(!name.endsWith(u"-dev") && !name.endsWith(u"-dev-tools"),
            qPrintable(u"build package in Depends: "_qs + name));
}

void DebPackageTest::noDuplicateDependencies()
{
    // A hand-listed package that dpkg-shlibdeps also finds belongs only to shlibdeps.
    QStringList seen;
    for (const QString &name : std::as_const(m_dependsNames)) {
        QVERIFY2(!seen.contains(name), qPrintable(u"listed twice in Depends: "_qs + name));
        seen.append(name);
    }
}

void DebPackageTest::contents_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("nominal: the reader") << u"./usr/bin/newsdesk"_qs;
    QTest::newRow("nominal: the highlighter helper") << u"./usr/libexec/newsdesk/newsdesk-highlighter"_qs;
    QTest::newRow("nominal: the render worker") << u"./usr/libexec/newsdesk/newsdesk-render-worker"_qs;
    QTest::newRow("nominal: desktop file") << u"./usr/share/applications/"_qs + appId + u".desktop";
    QTest::newRow("nominal: metainfo") << u"./usr/share/metainfo/"_qs + appId + u".metainfo.xml";
    QTest::newRow("nominal: scalable icon") << u"./usr/share/icons/hicolor/scalable/apps/"_qs + appId + u".svg";
    QTest::newRow("nominal: manual page") << u"./usr/share/man/man1/newsdesk.1.gz"_qs;
    QTest::newRow("nominal: licence (Debian copyright)") << u"./usr/share/doc/newsdesk/copyright"_qs;
    QTest::newRow("nominal: 48 px icon") << u"./usr/share/icons/hicolor/48x48/apps/"_qs + appId + u".png";
}

void DebPackageTest::contents()
{
    QFETCH(QString, path);
    // dpkg-deb --contents prints `ls -l`-style lines ending with the path.
    const QRegularExpression line(
        u"\\s"_qs + QRegularExpression::escape(path) + u"$"_qs, QRegularExpression::MultilineOption);
    QVERIFY2(line.match(m_contents).hasMatch(), qPrintable(path + u" is not in the package"));
}

void DebPackageTest::packagedReaderRuns()
{
    // The package's executables are stripped; the reader must still run.
    const QString root = m_dir.filePath(QStringLiteral("root"));
    QByteArray error;
    dpkgDeb({QStringLiteral("--extract"), m_deb, root}, &error);
    QVERIFY2(error.isEmpty(), error.constData());
    const ProcessRun run = runProcess(root + u"/usr/bin/newsdesk", {QStringLiteral("--version")});
    QVERIFY2(run.succeeded(), run.describe().constData());
    QCOMPARE(run.out.trimmed(), QByteArray("newsdesk " NEWSDESK_VERSION));
}

QTEST_GUILESS_MAIN(DebPackageTest)
#include "tst_debpackage.moc"
