// The interface's translations: lupdate over the sources finds no string that the zh_CN and zh_HK
// .ts files lack or leave unfinished, the embedded translations turn the window Chinese, and the
// errors the reader shows from the library and the network follow the interface language.
#include "net/fetcher.h"
#include "storage/library.h"
#include "ui/uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <optional>

class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        QString context;
        QString source;
        QString type; // "unfinished", "vanished", "obsolete" or empty when translated
        bool empty = true;
    };

    static QList<Message> messages(const QString &tsFile)
    {
        QList<Message> list;
        QFile file(tsFile);
        if (!file.open(QIODevice::ReadOnly))
            return list;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                current = Message{context, {}, {}, true};
            } else if (xml.name() == u"source") {
                current.source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                current.type = xml.attributes().value(QLatin1StringView("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                current.empty = text.trimmed().isEmpty();
                list.append(current);
            }
        }
        return list;
    }

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("nominal: Simplified Chinese") << QStringLiteral("zh_CN") << false;
        QTest::newRow("nominal: Traditional Chinese") << QStringLiteral("zh_HK") << false;
        QTest::newRow("nominal: English plural forms") << QStringLiteral("en") << true;
    }

    // lupdate, run over the sources into a copy of the .ts file, must find nothing to add.
    void complete()
    {
        QFETCH(QString, language);
        QFETCH(bool, pluralOnly);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString original = QStringLiteral(NEWSDESK_SOURCE_DIR "/translations/newsdesk_%1.ts").arg(language);
        const QString copy = dir.filePath(QFileInfo(original).fileName());
        QVERIFY(QFile::copy(original, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete")};
        if (pluralOnly)
            arguments.append(QStringLiteral("-pluralonly"));
        arguments += QStringLiteral(NEWSDESK_TRANSLATED_DIRS).split(u'|', Qt::SkipEmptyParts);
        // Without them "storage/library.h" is not found and every class loses its context.
        for (const QString &root : QStringLiteral(NEWSDESK_INCLUDE_ROOTS).split(u'|', Qt::SkipEmptyParts))
            arguments += {QStringLiteral("-I"), root};
        arguments += {QStringLiteral("-ts"), copy};
        lupdate.start(QStringLiteral(NEWSDESK_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QStringList missing;
        const QList<Message> found = messages(copy);
        QVERIFY(found.size() > (pluralOnly ? 5 : 100));
        for (const Message &m : found) {
            if (m.type == u"unfinished" || m.empty)
                missing.append(m.context + u": " + m.source);
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(u"untranslated in newsdesk_" + language + u".ts:\n  " + missing.join(u"\n  ")));
        // Nothing left over that the sources no longer have (the file is kept tidy).
        QCOMPARE(found.size(), messages(original).size());
    }

    void embeddedTranslationsLoad_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("allArticles");
        QTest::newRow("nominal: Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral(u"全部文章");
        QTest::newRow("nominal: Traditional Chinese") << QStringLiteral("zh_HK") << QStringLiteral(u"全部文章");
        QTest::newRow("nominal: English") << QStringLiteral("en") << QStringLiteral("All Articles");
    }

    void embeddedTranslationsLoad()
    {
        QFETCH(QString, language);
        QFETCH(QString, allArticles);
        QCOMPARE(Newsdesk::Ui::UiLanguage::install(language), language);
        QCOMPARE(QCoreApplication::translate("Newsdesk::Ui::Sidebar", "All Articles"), allArticles);
        const QString bookmarks = QCoreApplication::translate("Newsdesk::Ui::Sidebar", "Bookmarks");
        if (language == u"zh_CN")
            QCOMPARE(bookmarks, QStringLiteral(u"书签"));
        else if (language == u"zh_HK")
            QCOMPARE(bookmarks, QStringLiteral(u"書籤"));
        else
            QCOMPARE(bookmarks, QStringLiteral("Bookmarks"));
        Newsdesk::Ui::UiLanguage::install(QStringLiteral("en"));
    }

    void englishPlurals()
    {
        Newsdesk::Ui::UiLanguage::install(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Newsdesk::Ui::StatusArea", "%n article(s)", nullptr, 1),
            QStringLiteral("1 article"));
        QCOMPARE(QCoreApplication::translate("Newsdesk::Ui::StatusArea", "%n article(s)", nullptr, 3),
            QStringLiteral("3 articles"));
    }

    void errorsFromBelowFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("damaged");
        QTest::addColumn<QString>("refused");
        QTest::newRow("nominal: Simplified Chinese")
            << QStringLiteral("zh_CN") << QStringLiteral(u"资料库文件已损坏") << QStringLiteral(u"拒绝连接");
        QTest::newRow("nominal: Traditional Chinese")
            << QStringLiteral("zh_HK") << QStringLiteral(u"資料庫檔案已損壞") << QStringLiteral(u"拒絕連線");
        QTest::newRow("nominal: English") << QStringLiteral("en") << QStringLiteral("the library file is damaged")
                                          << QStringLiteral("connection refused by");
    }

    // What the reader puts after "The library could not be opened:" or "… could not be fetched:".
    void errorsFromBelowFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, damaged);
        QFETCH(QString, refused);
        QCOMPARE(Newsdesk::Ui::UiLanguage::install(language), language);

        // A library file that is not a database.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        Newsdesk::Storage::Library library;
        const Newsdesk::Result<void> opened = library.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(damaged), qPrintable(opened.error().message));

        // A real connection to a port nothing listens on.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        Newsdesk::Net::Fetcher fetcher;
        Newsdesk::Net::FetchRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/en/news/1.md").arg(port));
        std::optional<Newsdesk::Error> error;
        fetcher.fetch(request, this, [&error](const Newsdesk::Result<Newsdesk::Net::FetchedResource> &result) {
            error = result.ok() ? Newsdesk::Error{} : result.error();
        });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
        QCOMPARE(error->kind, Newsdesk::Error::Kind::Network);
        QVERIFY2(error->message.contains(refused), qPrintable(error->message));
        Newsdesk::Ui::UiLanguage::install(QStringLiteral("en"));
    }

    void systemLanguageIsFollowed()
    {
        QCOMPARE(Newsdesk::Ui::UiLanguage::resolve(QStringLiteral("zh_HK")), QStringLiteral("zh_HK"));
        QCOMPARE(Newsdesk::Ui::UiLanguage::resolve(QStringLiteral("en")), QStringLiteral("en"));
        // "" follows the system; under LANGUAGE/LC_ALL of the test run it is one of the three.
        const QString system = Newsdesk::Ui::UiLanguage::resolve({});
        QVERIFY(system == u"en" || system == u"zh_CN" || system == u"zh_HK");
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
