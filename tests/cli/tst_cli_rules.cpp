#include "clirun.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk::Tests;

// Rules from the command line, acting on a real import: the real executable, a temporary library.
class TestCliRules final : public QObject
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

    // Imports one document per (id, title, body) and checks it went in.
    void importInto(const QString &folder, const QList<QStringList> &documents)
    {
        QStringList files;
        int day = 1;
        for (const QStringList &d : documents) {
            files.append(writeFile(m_dir.filePath(folder + u'/' + d.at(0) + u".md"),
                newsDocument(d.at(0), d.at(1),
                    u"2026-%1-%2T08:00:00Z"_qs.arg(folder == u"before" ? u"01"_qs : u"02"_qs)
                        .arg(day++, 2, 10, QChar(u'0')),
                    d.value(2))));
        }
        const CliRun imported = run(QStringList{u"import"_qs} + files);
        QCOMPARE(imported.exitCode, 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(newsdeskExecutable), qPrintable(newsdeskExecutable + u" is not built"));
        m_db = m_dir.filePath(u"library.sqlite"_qs);
        importInto(u"before"_qs, {{u"31"_qs, u"Old chip tariffs"_qs}, {u"32"_qs, u"Old rate cut"_qs}});
        QVERIFY(!QTest::currentTestFailed());
    }

    void helpNamesTheCommands()
    {
        const CliRun help = runCli(m_db, {u"--help"_qs});
        QCOMPARE(help.exitCode, 0);
        for (const char *text : {"label add KEY LABEL", "--label L", "rule add NAME QUERY", "--mark-read", "--bookmark",
                 "--notify", "--mute", "--stop", "rule apply NAME|--all", "label:L"})
            QVERIFY2(help.out.contains(QString::fromUtf8(text)), text);
    }

    void addsAndListsInOrder()
    {
        QCOMPARE(
            run({u"rule"_qs, u"add"_qs, u"Tariffs"_qs, u"tariffs"_qs, u"--label"_qs, u"trade"_qs, u"--stop"_qs}).out,
            u"added rule Tariffs\n"_qs);
        // Sees the label the rule before it added, in the same transaction.
        QCOMPARE(run({u"rule"_qs, u"add"_qs, u"Quiet trade"_qs, u"label:trade"_qs, u"--mute"_qs}).exitCode, 0);
        QCOMPARE(run({u"rule"_qs, u"add"_qs, u"Cuts"_qs, u"\"rate cut\""_qs, u"--mark-read"_qs, u"--bookmark"_qs,
                         u"--label"_qs, u"rates"_qs, u"--label"_qs, u"宏观"_qs, u"--notify"_qs})
                     .exitCode,
            0);
        QCOMPARE(run({u"rule"_qs, u"add"_qs, u"Chips"_qs, u"chip"_qs, u"--mute"_qs}).exitCode, 0);
        const CliRun listed = run({u"rule"_qs, u"list"_qs});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.lines(),
            (QStringList{u"Tariffs\ttariffs\t--label trade --stop"_qs, u"Quiet trade\tlabel:trade\t--mute"_qs,
                u"Cuts\t\"rate cut\"\t--label rates --label 宏观 --mark-read --bookmark --notify"_qs,
                u"Chips\tchip\t--mute"_qs}));
        const QJsonArray json = run({u"rule"_qs, u"list"_qs, u"--json"_qs}).json().array();
        QCOMPARE(json.size(), 4);
        const QJsonObject cuts = json.at(2).toObject();
        QCOMPARE(cuts.value(u"name"_qs).toString(), u"Cuts"_qs);
        QCOMPARE(cuts.value(u"query"_qs).toString(), u"\"rate cut\""_qs);
        QCOMPARE(cuts.value(u"labels"_qs).toArray(), (QJsonArray{u"rates"_qs, u"宏观"_qs}));
        QCOMPARE(cuts.value(u"mark_read"_qs).toBool(), true);
        QCOMPARE(cuts.value(u"bookmark"_qs).toBool(), true);
        QCOMPARE(cuts.value(u"notify"_qs).toBool(), true);
        QCOMPARE(cuts.value(u"mute"_qs).toBool(), false);
        QCOMPARE(cuts.value(u"stop"_qs).toBool(), false);
    }

    // An import runs the rules on what it brings, in order; what was stored before is untouched.
    void actOnArrivingArticles()
    {
        importInto(u"after"_qs,
            {{u"41"_qs, u"Chip tariffs widen"_qs},
                {u"42"_qs, u"Rate cut ahead"_qs, u"The central bank signals a rate cut."_qs},
                {u"43"_qs, u"Chip shortage eases"_qs}, {u"44"_qs, u"Oil steady"_qs}});
        // Tariffs labelled 41 and stopped there: Quiet trade and Chips never saw it.
        QCOMPARE(titles({u"list"_qs, u"--label"_qs, u"trade"_qs}), QStringList{u"Chip tariffs widen"_qs});
        // Chips muted 43: gone from All and Unread, still found by a search.
        QCOMPARE(titles({u"list"_qs}),
            (QStringList{u"Oil steady"_qs, u"Rate cut ahead"_qs, u"Chip tariffs widen"_qs, u"Old rate cut"_qs,
                u"Old chip tariffs"_qs}));
        QCOMPARE(titles({u"list"_qs, u"--unread"_qs}),
            (QStringList{u"Oil steady"_qs, u"Chip tariffs widen"_qs, u"Old rate cut"_qs, u"Old chip tariffs"_qs}));
        QCOMPARE(titles({u"search"_qs, u"shortage"_qs}), QStringList{u"Chip shortage eases"_qs});
        // Cuts marked 42 read, bookmarked it and gave it two labels.
        QCOMPARE(titles({u"bookmark"_qs, u"list"_qs}), QStringList{u"Rate cut ahead"_qs});
        QCOMPARE(titles({u"list"_qs, u"--label"_qs, u"宏观"_qs}), QStringList{u"Rate cut ahead"_qs});
        QCOMPARE(run({u"label"_qs, u"list"_qs}).lines(), (QStringList{u"rates\t1"_qs, u"trade\t1"_qs, u"宏观\t1"_qs}));
    }

    // Importing the same files again brings nothing new: no rule runs again.
    void reimportRunsNoRule()
    {
        QCOMPARE(run({u"label"_qs, u"remove"_qs, u"42"_qs, u"rates"_qs}).exitCode, 0);
        importInto(u"after"_qs,
            {{u"41"_qs, u"Chip tariffs widen"_qs},
                {u"42"_qs, u"Rate cut ahead"_qs, u"The central bank signals a rate cut."_qs},
                {u"43"_qs, u"Chip shortage eases"_qs}, {u"44"_qs, u"Oil steady"_qs}});
        QCOMPARE(titles({u"list"_qs, u"--label"_qs, u"rates"_qs}), QStringList());
    }

    // On request, to everything stored: one rule, then all of them; it says how many it changed.
    void applyToExisting()
    {
        CliRun applied = run({u"rule"_qs, u"apply"_qs, u"cuts"_qs});
        QCOMPARE(applied.exitCode, 0);
        // 31 is not a rate cut; 32 gets read, bookmark and labels; 42 gets "rates" back.
        QCOMPARE(applied.out, u"changed 2 articles\n"_qs);
        QCOMPARE(
            titles({u"list"_qs, u"--label"_qs, u"rates"_qs}), (QStringList{u"Rate cut ahead"_qs, u"Old rate cut"_qs}));
        applied = run({u"rule"_qs, u"apply"_qs, u"cuts"_qs});
        QCOMPARE(applied.out, u"changed 0 articles\n"_qs);
        // All: Tariffs labels 31 and stops it (so Chips does not mute it); nothing else changes.
        applied = run({u"rule"_qs, u"apply"_qs, u"--all"_qs});
        QCOMPARE(applied.out, u"changed 1 article\n"_qs);
        QCOMPARE(titles({u"list"_qs, u"--label"_qs, u"trade"_qs}),
            (QStringList{u"Chip tariffs widen"_qs, u"Old chip tariffs"_qs}));
        QVERIFY(titles({u"list"_qs}).contains(u"Old chip tariffs"_qs));
    }

    void removes()
    {
        QCOMPARE(run({u"rule"_qs, u"remove"_qs, u"QUIET TRADE"_qs}).out, u"removed rule QUIET TRADE\n"_qs);
        QCOMPARE(run({u"rule"_qs, u"list"_qs}).lines().size(), 3);
        const CliRun missing = run({u"rule"_qs, u"remove"_qs, u"Quiet trade"_qs});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"no rule named \"Quiet trade\""_qs), qPrintable(missing.err));
    }

    // Bad requests say what is wrong and change nothing.
    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{u"rule"_qs} << 2 << u"say add, remove, list or apply"_qs;
        QTest::newRow("no query") << QStringList{u"rule"_qs, u"add"_qs, u"X"_qs, u"--mute"_qs} << 2
                                  << u"needs a name and a query"_qs;
        QTest::newRow("apply nothing") << QStringList{u"rule"_qs, u"apply"_qs} << 2 << u"name or --all"_qs;
        QTest::newRow("remove all") << QStringList{u"rule"_qs, u"remove"_qs, u"Cuts"_qs, u"--all"_qs} << 2
                                    << u"--all goes with apply"_qs;
        QTest::newRow("action on remove")
            << QStringList{u"rule"_qs, u"remove"_qs, u"Cuts"_qs, u"--mute"_qs} << 2 << u"options of rule add"_qs;
        QTest::newRow("no action to do") << QStringList{u"rule"_qs, u"add"_qs, u"X"_qs, u"chips"_qs} << 1
                                         << u"needs something to do"_qs;
        QTest::newRow("name in use") << QStringList{u"rule"_qs, u"add"_qs, u"cuts"_qs, u"x"_qs, u"--mute"_qs} << 1
                                     << u"already a rule named"_qs;
        QTest::newRow("bad label") << QStringList{u"rule"_qs, u"add"_qs, u"X"_qs, u"x"_qs, u"--label"_qs, u"a b"_qs}
                                   << 1 << u"cannot be a label"_qs;
        QTest::newRow("unknown rule") << QStringList{u"rule"_qs, u"apply"_qs, u"nothing"_qs} << 1
                                      << u"no rule named"_qs;
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(run({u"rule"_qs, u"list"_qs}).lines().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCliRules)
#include "tst_cli_rules.moc"
