#include "clirun.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk::Tests;

// Labels from the command line, as a script uses them: the real executable, a temporary library.
class TestCliLabels final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    CliRun run(const QStringList &arguments) { return runCli(m_db, arguments); }

    QStringList titles(const QStringList &arguments)
    {
        QStringList found;
        const QJsonArray rows = run(arguments + QStringList{u"--json"_qs}).json().array();
        for (const QJsonValue &row : rows)
            found.append(row.toObject().value(u"title"_qs).toString());
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(newsdeskExecutable), qPrintable(newsdeskExecutable + u" is not built"));
        m_db = m_dir.filePath(u"library.sqlite"_qs);
        const CliRun imported = run({u"import"_qs,
            writeFile(
                m_dir.filePath(u"in/a.md"_qs), newsDocument(u"21"_qs, u"Chip tariffs"_qs, u"2026-01-01T00:00:00Z"_qs)),
            writeFile(
                m_dir.filePath(u"in/b.md"_qs), newsDocument(u"22"_qs, u"Rate cut"_qs, u"2026-01-02T00:00:00Z"_qs)),
            writeFile(m_dir.filePath(u"in/c.md"_qs),
                newsDocument(
                    u"23"_qs, u"央行降准"_qs, u"2026-01-03T00:00:00Z"_qs, u"降准0.5个百分点"_qs, u"zh-CN"_qs))});
        QCOMPARE(imported.exitCode, 0);
    }

    // Added by key, listed with counts, found by `list --label` and by `label:` in a search.
    void addListAndFind()
    {
        CliRun added = run({u"label"_qs, u"add"_qs, u"21"_qs, u"Macro"_qs});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.out, u"labelled 21 Macro\n"_qs);
        QCOMPARE(run({u"label"_qs, u"add"_qs, u"https://longbridge.com/en/news/22"_qs, u"macro"_qs}).exitCode, 0);
        QCOMPARE(run({u"label"_qs, u"add"_qs, u"22"_qs, u"Rates"_qs}).exitCode, 0);
        QCOMPARE(run({u"label"_qs, u"add"_qs, u"23"_qs, u"宏观"_qs}).exitCode, 0);
        added = run({u"label"_qs, u"add"_qs, u"21"_qs, u"MACRO"_qs});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.out, u"already labelled 21 MACRO\n"_qs);

        // One label whatever its case, kept as first written; sorted by name.
        const CliRun listed = run({u"label"_qs, u"list"_qs});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.lines(), (QStringList{u"Macro\t2"_qs, u"Rates\t1"_qs, u"宏观\t1"_qs}));
        const QJsonArray json = run({u"label"_qs, u"list"_qs, u"--json"_qs}).json().array();
        QCOMPARE(json.size(), 3);
        QCOMPARE(json.at(0).toObject().value(u"name"_qs).toString(), u"Macro"_qs);
        QCOMPARE(json.at(0).toObject().value(u"count"_qs).toInt(), 2);
        QCOMPARE(json.at(2).toObject().value(u"name"_qs).toString(), u"宏观"_qs);
        QCOMPARE(json.at(2).toObject().value(u"count"_qs).toInt(), 1);

        QCOMPARE(titles({u"list"_qs, u"--label"_qs, u"macro"_qs}), (QStringList{u"Rate cut"_qs, u"Chip tariffs"_qs}));
        QCOMPARE(
            titles({u"list"_qs, u"--label"_qs, u"macro"_qs, u"--label"_qs, u"rates"_qs}), QStringList{u"Rate cut"_qs});
        QCOMPARE(titles({u"list"_qs, u"--label"_qs, u"宏观"_qs}), QStringList{u"央行降准"_qs});
        QCOMPARE(titles({u"search"_qs, u"label:macro"_qs}), (QStringList{u"Rate cut"_qs, u"Chip tariffs"_qs}));
        QCOMPARE(titles({u"search"_qs, u"label:Macro chip"_qs}), QStringList{u"Chip tariffs"_qs});
        QCOMPARE(titles({u"search"_qs, u"label:macro -rate"_qs}), QStringList{u"Chip tariffs"_qs});
        QCOMPARE(titles({u"search"_qs, u"label:宏观 降准"_qs}), QStringList{u"央行降准"_qs});
        // A label nobody carries finds nothing; it is not searched as words.
        QCOMPARE(titles({u"search"_qs, u"label:nothing"_qs}), QStringList());
    }

    // Removed by key; a label no article carries is gone from the list.
    void remove()
    {
        QCOMPARE(run({u"label"_qs, u"remove"_qs, u"22"_qs, u"RATES"_qs}).out, u"unlabelled 22 RATES\n"_qs);
        QCOMPARE(run({u"label"_qs, u"list"_qs}).lines(), (QStringList{u"Macro\t2"_qs, u"宏观\t1"_qs}));
        const CliRun again = run({u"label"_qs, u"remove"_qs, u"22"_qs, u"Rates"_qs});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"has no label \"Rates\""_qs), qPrintable(again.err));
        QCOMPARE(titles({u"search"_qs, u"label:rates"_qs}), QStringList());
    }

    // Bad requests say what is wrong and change nothing.
    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{u"label"_qs} << 2 << u"say add, remove or list"_qs;
        QTest::newRow("no label") << QStringList{u"label"_qs, u"add"_qs, u"21"_qs} << 2
                                  << u"needs an article and a label"_qs;
        QTest::newRow("unknown article") << QStringList{u"label"_qs, u"add"_qs, u"999"_qs, u"x"_qs} << 1
                                         << u"999: no such article"_qs;
        QTest::newRow("two words") << QStringList{u"label"_qs, u"add"_qs, u"21"_qs, u"two words"_qs} << 1
                                   << u"cannot be a label"_qs;
        QTest::newRow("quotes") << QStringList{u"label"_qs, u"add"_qs, u"21"_qs, u"\"x\""_qs} << 1
                                << u"cannot be a label"_qs;
        QTest::newRow("punctuation only")
            << QStringList{u"label"_qs, u"add"_qs, u"21"_qs, u"!?"_qs} << 1 << u"cannot be a label"_qs;
        QTest::newRow("too long") << QStringList{u"label"_qs, u"add"_qs, u"21"_qs, QString(65, u'x')} << 1
                                  << u"cannot be a label"_qs;
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(run({u"label"_qs, u"list"_qs}).lines(), (QStringList{u"Macro\t2"_qs, u"宏观\t1"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestCliLabels)
#include "tst_cli_labels.moc"
