// Reordering the rules in Edit → Rules… by dragging a row with a real mouse: xcb under Xvfb (CTest
// starts it through xvfb-run) and xdotool moving the X pointer, so Qt's own drag loop runs as on a
// desktop (the offscreen platform has none). The order is read back from the library file.
#include "storage/library.h"
#include "storage/rules.h"
#include "ui/rulesdialog.h"
#include "ui/uilanguage.h"
#include "xpointerdrag.h"

#include <QApplication>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Qt::StringLiterals;

namespace {

const QStringList startOrder{u"Rates"_s, u"Chips"_s, u"Oil"_s, u"Noise"_s};

QStringList storedOrder(Storage::Library &library)
{
    QStringList order;
    for (const Storage::Rule &rule : library.rules().all())
        order.append(rule.name);
    return order;
}

} // namespace

class TestRulesDrag final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != u"xcb")
            QSKIP("needs the xcb platform (CTest runs this test under xvfb-run)");
        QVERIFY2(
            !QStandardPaths::findExecutable(u"xdotool"_s).isEmpty(), "xdotool is missing (packaging/build-deps.txt)");
        Ui::UiLanguage::install(u"en"_s);
    }

    void dragReorders_data()
    {
        QTest::addColumn<QString>("dragged");
        QTest::addColumn<QString>("onto");
        QTest::addColumn<bool>("upperEdge");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nominal: last dragged above the first")
            << u"Noise"_s << u"Rates"_s << true << QStringList{u"Noise"_s, u"Rates"_s, u"Chips"_s, u"Oil"_s};
        QTest::newRow("nominal: first dragged below the third")
            << u"Rates"_s << u"Oil"_s << false << QStringList{u"Chips"_s, u"Oil"_s, u"Rates"_s, u"Noise"_s};
        QTest::newRow("edge: dropped on itself changes nothing") << u"Chips"_s << u"Chips"_s << false << startOrder;
    }

    void dragReorders()
    {
        QFETCH(QString, dragged);
        QFETCH(QString, onto);
        QFETCH(bool, upperEdge);
        QFETCH(QStringList, expected);

        QTemporaryDir dir;
        Storage::Library library;
        QVERIFY(library.open(dir.filePath(u"library.sqlite"_s)).ok());
        for (const QString &name : startOrder) {
            Storage::Rule rule;
            rule.name = name;
            rule.query = name.toLower();
            rule.labels = {name.toLower()};
            QVERIFY(library.rules().add(rule).ok());
        }
        QCOMPARE(storedOrder(library), startOrder);
        Ui::RulesDialog dialog(library);
        dialog.setGeometry(40, 40, 760, 460);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QTest::qWait(200);

        auto *list = dialog.findChild<QListWidget *>(u"ruleList"_s);
        QVERIFY(list);
        const auto itemFor = [list](const QString &name) -> QListWidgetItem * {
            for (int row = 0; row < list->count(); ++row) {
                if (list->item(row)->data(Qt::UserRole + 1).toString() == name)
                    return list->item(row);
            }
            return nullptr;
        };
        QListWidgetItem *source = itemFor(dragged);
        QListWidgetItem *target = itemFor(onto);
        QVERIFY(source && target);
        const QRect from = list->visualItemRect(source);
        const QRect to = list->visualItemRect(target);
        const QPoint start = list->viewport()->mapToGlobal(from.center());
        const QPoint end
            = list->viewport()->mapToGlobal(QPoint(to.left() + 30, upperEdge ? to.top() + 2 : to.bottom() - 2));

        QVERIFY(UiTest::dragWithXPointer(start, end));

        QTRY_COMPARE_WITH_TIMEOUT(storedOrder(library), expected, 5000);
        QTest::qWait(300); // an unchanged order must stay unchanged, not merely be late
        QCOMPARE(storedOrder(library), expected);
        // The list shows the stored order, the dragged rule selected.
        QStringList shown;
        for (int row = 0; row < list->count(); ++row)
            shown.append(list->item(row)->data(Qt::UserRole + 1).toString());
        QCOMPARE(shown, expected);
    }
};

QTEST_MAIN(TestRulesDrag)
#include "tst_rulesdrag.moc"
