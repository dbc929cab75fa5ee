#include "../storage/pagedamage.h"
#include "../storage/testarticles.h"
#include "storage/library.h"
#include "ui/damagenotice.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Newsdesk;

// The reader meets a damaged page while listing: it says so once, in a message box, and the
// check it offers finds the damage.
class TestDamageNotice final : public QObject
{
    Q_OBJECT

private:
    static void makeDamagedLibrary(const QString &path)
    {
        {
            Storage::Library library;
            QVERIFY(library.open(path).ok());
            QList<Core::Article> articles;
            for (int i = 0; i < 400; ++i) {
                articles.append(Tests::article(QString::number(281000000 + i), u"en"_qs, u"Report %1"_qs.arg(i),
                    Tests::utc("2026-01-05T08:00:00Z").addSecs(i * 60),
                    u"Harborline had a record quarter. "_qs.repeated(6)));
            }
            for (const Result<Storage::StoreOutcome> &stored : library.storeAll(articles))
                QVERIFY(stored.ok());
        }
        QVERIFY(Tests::damageMiddleLeafOfArticles(path).number > 0);
    }

private slots:
    void damageIsOfferedACheckOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"library.sqlite"_qs);
        makeDamagedLibrary(path);
        if (QTest::currentTestFailed())
            return;

        Storage::Library library;
        QVERIFY(library.open(path).ok());
        QWidget window;
        window.show();
        auto *notice = new Ui::DamageNotice(&library, &window);
        QSignalSpy met(notice, &Ui::DamageNotice::damageMet);

        // The boxes as the user sees them: "Check the Library" on the first, Close on the result.
        QStringList shown;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, &window, [&shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            shown.append(box->objectName() + u": "_qs + box->text());
            if (box->objectName() == u"damageNotice")
                box->defaultButton()->click();
            else
                box->button(QMessageBox::Close)->click();
        });
        answer.start();

        QVERIFY(library.rows({}, 1000).isEmpty());
        QVERIFY(library.rows({}, 1000).isEmpty());
        QTRY_COMPARE(shown.size(), 2);
        QCOMPARE(met.count(), 1);
        QVERIFY2(shown.at(0).startsWith(u"damageNotice: Part of the library could not be read: the library is damaged "
                                        u"at the table articles"_qs),
            qPrintable(shown.at(0)));
        QVERIFY2(shown.at(1).startsWith(u"damageCheckResult: The check found damage"_qs), qPrintable(shown.at(1)));

        // Said once a session.
        QVERIFY(library.rows({}, 1000).isEmpty());
        QTest::qWait(200);
        QCOMPARE(met.count(), 1);
        QCOMPARE(shown.size(), 2);
    }

    // The whole way a user takes: Check the Library, Recover into a New File…, a file name typed
    // into the save dialog, and the outcome; the new file holds what could be read.
    void recoveryIsOfferedAfterTheCheck()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"library.sqlite"_qs);
        makeDamagedLibrary(path);
        if (QTest::currentTestFailed())
            return;
        const QString target = dir.filePath(u"recovered.sqlite"_qs);

        Storage::Library library;
        QVERIFY(library.open(path).ok());
        QWidget window;
        window.show();
        new Ui::DamageNotice(&library, &window);

        QStringList shown;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, &window, [&shown, &target] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
                shown.append(dialog->objectName());
                auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_qs);
                QVERIFY(name);
                name->setFocus();
                name->selectAll();
                QTest::keyClicks(name, target);
                QTest::keyClick(name, Qt::Key_Return);
                return;
            }
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box)
                return;
            shown.append(box->objectName() + u": "_qs + box->text());
            if (box->objectName() == u"damageRecovered")
                box->button(QMessageBox::Close)->click();
            else
                QTest::keyClick(box, Qt::Key_Return); // the default: Check, then Recover
        });
        answer.start();

        QVERIFY(library.rows({}, 1000).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 4, 20000);
        QCOMPARE(shown.at(2), u"damageRecoveryFile"_qs);
        QVERIFY2(
            shown.at(3).startsWith(u"damageRecovered: "_qs) && shown.at(3).contains(u"were copied into "_qs + target),
            qPrintable(shown.at(3)));
        Storage::Library recovered;
        QVERIFY(recovered.open(target).ok());
        QVERIFY(recovered.documentCount() > 0);
        QVERIFY(recovered.documentCount() < 400); // the damaged page's articles could not be read
    }
};

QTEST_MAIN(TestDamageNotice)
#include "tst_damagenotice.moc"
