#include "../storage/pagedamage.h"
#include "../storage/testarticles.h"
#include "damagenotice.h"
#include "library.h"

#include <QAbstractButton>
#include <QApplication>
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

private slots:
    void damageIsOfferedACheckOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"library.sqlite"_qs);
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
};

QTEST_MAIN(TestDamageNotice)
#include "tst_damagenotice.moc"
