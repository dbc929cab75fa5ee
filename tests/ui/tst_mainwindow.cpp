// The reader's window over a real library holding the bundled sample library, without WebEngine:
// views and filters, the watchlist, ticker views, bookmarks, read state, search, variants,
// related-news navigation and history, import, and restoring state.
#include "core/links.h"
#include "ui/articlelistmodel.h"
#include "ui/articlelistview.h"
#include "ui/externallinks.h"
#include "ui/mainwindow.h"
#include "ui/readerpane.h"
#include "ui/settings.h"
#include "ui/settingsdialog.h"
#include "ui/sidebar.h"
#include "ui/theme.h"
#include "ui/tickerheader.h"
#include "uifixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Newsdesk;
using Ui::ArticleListModel;
using Ui::MainWindow;
using Ui::SidebarEntry;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Library> m_library;
    std::unique_ptr<Ui::Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("library.sqlite")); }

    Storage::DocId doc(const char *newsId) const
    {
        const auto id = m_library->findDocument(QString::fromLatin1(newsId));
        return id.value_or(-1);
    }

    QStringList listedKeys() const
    {
        QStringList keys;
        ArticleListModel *model = m_window->listModel();
        for (int row = 0; row < model->rowCount(); ++row)
            keys.append(model->index(row).data(ArticleListModel::KeyRole).toString().section(u'/', -1));
        return keys;
    }

    std::unique_ptr<MainWindow> makeWindow() { return std::make_unique<MainWindow>(m_library.get(), m_settings.get()); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        UiTest::useTemporarySettings(m_dir->filePath(QStringLiteral("settings")));
        const Ui::ImportSummary summary = UiTest::importAndWait(dbPath(), {UiTest::sampleDir()});
        QCOMPARE(summary.failures.size(), 0);
        QCOMPARE(summary.inserted, 12);
        m_library = std::make_unique<Storage::Library>();
        QVERIFY(m_library->open(dbPath()).ok());
        m_settings = std::make_unique<Ui::Settings>();
        m_settings->setPreferredLocale(QStringLiteral("en"));
        m_window = makeWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_library.reset();
        m_dir.reset();
    }

    void listsTheLibraryNewestFirst()
    {
        QCOMPARE(listedKeys(),
            (QStringList{QStringLiteral("290000101"), QStringLiteral("290000102"), QStringLiteral("290000103"),
                QStringLiteral("290000104")}));
        QCOMPARE(m_window->listModel()->index(0).data().toString(),
            QStringLiteral("Harbor Lane Robotics beats estimates as warehouse orders double"));
    }

    void openingMarksReadAndUndo()
    {
        QVERIFY(m_window->openArticle(doc("290000103")));
        QVERIFY(m_library->row(doc("290000103"))->read);
        QCOMPARE(m_window->listView()->currentIndex().data(ArticleListModel::KeyRole).toString().section(u'/', -1),
            QStringLiteral("290000103"));
        QVERIFY(m_window->listView()->currentIndex().data(ArticleListModel::ReadRole).toBool());
        m_window->action(QStringLiteral("markUnread"))->trigger();
        QVERIFY(!m_library->row(doc("290000103"))->read);
        QVERIFY(!m_window->listView()->currentIndex().data(ArticleListModel::ReadRole).toBool());
    }

    void selectingInTheListOpens()
    {
        QSignalSpy opened(m_window.get(), &MainWindow::articleOpened);
        m_window->listView()->setCurrentIndex(m_window->listModel()->index(2));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000103"));
        m_window->action(QStringLiteral("nextArticle"))->trigger();
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000104"));
        m_window->action(QStringLiteral("previousArticle"))->trigger();
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000103"));
        // Passing articles with the keys marks none read (the read rule waits for a moment on
        // screen), so next unread goes through them all.
        QVERIFY(!m_library->row(doc("290000103"))->read);
        m_window->listView()->setCurrentIndex(m_window->listModel()->index(0));
        m_window->action(QStringLiteral("nextUnread"))->trigger();
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000102"));
        m_window->action(QStringLiteral("nextUnread"))->trigger();
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000103"));
    }

    void switchingVariantKeepsTheSelection()
    {
        QVERIFY(m_window->openArticle(doc("290000102"), QStringLiteral("en")));
        QCOMPARE(m_window->readerPane()->currentLocale(), QStringLiteral("en"));
        m_window->controller()->switchVariant(QStringLiteral("zh-HK"));
        QCOMPARE(m_window->controller()->currentLocale(), QStringLiteral("zh-HK"));
        QCOMPARE(
            m_window->controller()->article().title, QStringLiteral(u"翠峰半導體上調資本開支計劃，股價創歷史新高"));
        QCOMPARE(m_window->readerPane()->currentLocale(), QStringLiteral("zh-HK"));
        QCOMPARE(m_window->listView()->currentIndex().data(ArticleListModel::KeyRole).toString().section(u'/', -1),
            QStringLiteral("290000102"));
        QVERIFY(m_window->action(QStringLiteral("language-zh-HK"))->isChecked());
        // A variant switch is not a new place in the history.
        QVERIFY(!m_window->controller()->canGoBack());
    }

    void preferredLanguageOpensFirst()
    {
        m_settings->setPreferredLocale(QStringLiteral("zh-CN"));
        QVERIFY(m_window->openArticle(doc("290000104")));
        QCOMPARE(m_window->controller()->currentLocale(), QStringLiteral("zh-CN"));
        QCOMPARE(
            m_window->listModel()->index(0).data().toString(), QStringLiteral(u"海港巷机器人业绩超预期，仓储订单翻倍"));
    }

    void missingVariantWithoutFetchingSaysSo()
    {
        // Only the English variant of a document that lists three.
        Core::Article lone = UiTest::article(
            QStringLiteral("290000500"), QStringLiteral("en"), QStringLiteral("Lone"), QDateTime::currentDateTimeUtc());
        QVERIFY(m_library->store(lone).ok());
        QVERIFY(m_window->openArticleByKey(QStringLiteral("290000500")));
        m_window->controller()->switchVariant(QStringLiteral("zh-CN"));
        QCOMPARE(m_window->controller()->currentLocale(), QStringLiteral("en"));
        QVERIFY2(m_window->readerPane()->statusText().contains(QStringLiteral("not stored")),
            qPrintable(m_window->readerPane()->statusText()));
    }

    void relatedNewsAndBack()
    {
        QVERIFY(m_window->openArticle(doc("290000101")));
        m_window->controller()->followLink(Core::AppUrl::news(QStringLiteral("290000102")));
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000102"));
        QCOMPARE(m_window->listView()->currentIndex().data(ArticleListModel::KeyRole).toString().section(u'/', -1),
            QStringLiteral("290000102"));
        QVERIFY(m_window->controller()->canGoBack());
        m_window->controller()->goBack();
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000101"));
        QVERIFY(m_window->controller()->canGoForward());
        m_window->controller()->goForward();
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000102"));
        // A related article that is not stored, with no way to fetch it: said so, nothing moves.
        m_window->controller()->followLink(Core::AppUrl::news(QStringLiteral("290000199")));
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000102"));
        QVERIFY(!m_window->readerPane()->statusText().isEmpty());
    }

    void tickerViewAndWatchlistToggle()
    {
        QVERIFY(m_window->openArticle(doc("290000101")));
        m_window->controller()->followLink(Core::AppUrl::ticker(QStringLiteral("6688.HK")));
        QCOMPARE(m_window->controller()->view().kind, SidebarEntry::Kind::Ticker);
        Ui::TickerHeader *header = m_window->tickerHeader();
        QVERIFY(header->isVisibleTo(m_window.get()));
        // 101 and 103 list it as a related stock (as 06688.HK), 102 too; keys make them one stock.
        QCOMPARE(listedKeys(),
            (QStringList{QStringLiteral("290000101"), QStringLiteral("290000102"), QStringLiteral("290000103")}));
        QVERIFY(header->findChild<QLabel *>(QStringLiteral("tickerTitle"))
                    ->text()
                    .contains(QStringLiteral("Jade Peak Semiconductor")));
        // The current article stays selected in the new list.
        QCOMPARE(m_window->listView()->currentIndex().data(ArticleListModel::KeyRole).toString().section(u'/', -1),
            QStringLiteral("290000101"));

        QVERIFY(!m_library->isWatched(QStringLiteral("06688.HK")));
        QTest::mouseClick(header->watchButton(), Qt::LeftButton);
        QVERIFY(m_library->isWatched(QStringLiteral("6688.HK")));
        QCOMPARE(m_window->sidebar()->watchlistTickers().size(), 1);
        QCOMPARE(header->watchButton()->text(), QStringLiteral("Remove from Watchlist"));
        QTest::mouseClick(header->watchButton(), Qt::LeftButton);
        QVERIFY(!m_library->isWatched(QStringLiteral("6688.HK")));
        QCOMPARE(m_window->sidebar()->watchlistTickers().size(), 0);
        QCOMPARE(header->watchButton()->text(), QStringLiteral("Add to Watchlist"));
    }

    void watchlistFiltering()
    {
        Ui::Sidebar *sidebar = m_window->sidebar();
        sidebar->addField()->setText(QStringLiteral("hlrb.us"));
        QTest::keyClick(sidebar->addField(), Qt::Key_Return);
        QCOMPARE(sidebar->watchlistTickers(), QStringList{QStringLiteral("HLRB.US")});
        QVERIFY(sidebar->addField()->text().isEmpty());
        // Not a ticker: refused, nothing added.
        QSignalSpy messages(sidebar, &Ui::Sidebar::message);
        QVERIFY(!sidebar->addTicker(QStringLiteral("not a ticker")));
        QCOMPARE(messages.count(), 1);
        QCOMPARE(sidebar->watchlistTickers().size(), 1);

        m_window->selectView({SidebarEntry::Kind::Watchlist, {}});
        // 101 and 104 relate to HLRB.US; 102 mentions it in its text.
        QCOMPARE(listedKeys(),
            (QStringList{QStringLiteral("290000101"), QStringLiteral("290000102"), QStringLiteral("290000104")}));
        // Search applies within the filter: "Northwind" is in 102 and 103, only 102 is watched.
        m_window->setSearchText(QStringLiteral("Northwind"));
        QCOMPARE(listedKeys(), QStringList{QStringLiteral("290000102")});
        m_window->setSearchText({});

        QVERIFY(sidebar->addTicker(QStringLiteral("NWGD.US")));
        QCOMPARE(listedKeys().size(), 4);
        // One ticker of the watchlist from the sidebar.
        m_window->selectView({SidebarEntry::Kind::Ticker, QStringLiteral("NWGD.US")});
        QCOMPARE(listedKeys(), (QStringList{QStringLiteral("290000102"), QStringLiteral("290000103")}));
        QCOMPARE(sidebar->current().kind, SidebarEntry::Kind::Ticker);
        // Reorder, then remove.
        QVERIFY(sidebar->moveTicker(QStringLiteral("NWGD.US"), 0));
        QCOMPARE(sidebar->watchlistTickers(), (QStringList{QStringLiteral("NWGD.US"), QStringLiteral("HLRB.US")}));
        QVERIFY(sidebar->removeTicker(QStringLiteral("HLRB.US")));
        QCOMPARE(sidebar->watchlistTickers(), QStringList{QStringLiteral("NWGD.US")});
    }

    void bookmarking()
    {
        QVERIFY(m_window->openArticle(doc("290000103")));
        QAction *bookmark = m_window->action(QStringLiteral("bookmark"));
        QVERIFY(!bookmark->isChecked());
        bookmark->trigger();
        QVERIFY(m_library->row(doc("290000103"))->bookmarked);
        QVERIFY(bookmark->isChecked());
        QVERIFY(m_window->listView()->currentIndex().data(ArticleListModel::BookmarkedRole).toBool());
        m_window->selectView({SidebarEntry::Kind::Bookmarks, {}});
        QCOMPARE(listedKeys(), QStringList{QStringLiteral("290000103")});
        bookmark->trigger();
        QVERIFY(!m_library->row(doc("290000103"))->bookmarked);
        QVERIFY(!bookmark->isChecked());
        m_window->refreshList();
        QCOMPARE(listedKeys(), QStringList{});
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("nominal: an English word")
            << QStringLiteral("Pinecrest") << QStringList{QStringLiteral("290000104")};
        QTest::newRow("nominal: Simplified Chinese")
            << QStringLiteral(u"储能") << QStringList{QStringLiteral("290000103")};
        QTest::newRow("nominal: Traditional Chinese")
            << QStringLiteral(u"倉庫") << QStringList{QStringLiteral("290000101"), QStringLiteral("290000104")};
        QTest::newRow("robustness: nothing matches") << QStringLiteral("zzyzx") << QStringList{};
    }

    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, keys);
        m_window->setSearchText(query);
        QCOMPARE(listedKeys(), keys);
        m_window->setSearchText({});
        QCOMPARE(listedKeys().size(), 4);
    }

    void listKeepsSelectionAcrossRefresh()
    {
        QVERIFY(m_window->openArticle(doc("290000103")));
        Storage::Library other; // as the fetch thread would, through its own connection
        QVERIFY(other.open(dbPath()).ok());
        QVERIFY(other
                    .store(UiTest::article(QStringLiteral("290000600"), QStringLiteral("en"),
                        QStringLiteral("Fresh news"), QDateTime::currentDateTimeUtc()))
                    .ok());
        m_window->refreshList();
        QCOMPARE(listedKeys().first(), QStringLiteral("290000600"));
        QCOMPARE(m_window->listView()->currentIndex().data(ArticleListModel::KeyRole).toString().section(u'/', -1),
            QStringLiteral("290000103"));
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000103"));
    }

    void restoresState()
    {
        m_window->sidebar()->addTicker(QStringLiteral("CLRX.US"));
        m_window->selectView({SidebarEntry::Kind::Ticker, QStringLiteral("CLRX.US")});
        QVERIFY(m_window->openArticle(doc("290000104"), QStringLiteral("zh-HK")));
        m_window->resize(1111, 777);
        auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({150, 400, 561});
        const QList<int> sizes = splitter->sizes();
        m_window->saveState();
        m_window.reset();

        m_window = makeWindow();
        m_window->restoreState();
        QCOMPARE(m_window->controller()->view(), (SidebarEntry{SidebarEntry::Kind::Ticker, QStringLiteral("CLRX.US")}));
        QCOMPARE(m_window->sidebar()->current(), m_window->controller()->view());
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000104"));
        QCOMPARE(m_window->controller()->currentLocale(), QStringLiteral("zh-HK"));
        QCOMPARE(m_window->size(), QSize(1111, 777));
        QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }

    void externalLinksFollowTheSetting()
    {
        m_settings->setExternalLinks(Ui::Settings::ExternalLinks::Copy);
        QSignalSpy copied(m_window->externalLinks(), &Ui::ExternalLinks::copied);
        QSignalSpy opened(m_window->externalLinks(), &Ui::ExternalLinks::opened);
        const QUrl page(QStringLiteral("https://example.com/report?id=7"));
        m_window->controller()->followLink(page);
        QCOMPARE(copied.count(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), page.toString());
        // Links of other schemes are refused whatever the setting; article and quote URLs of
        // any host open in the app.
        m_window->controller()->followLink(QUrl(QStringLiteral("javascript:alert(1)")));
        m_window->controller()->followLink(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(copied.count(), 1);
        QCOMPARE(opened.count(), 0);
        m_window->controller()->followLink(QUrl(QStringLiteral("https://longbridge.com/zh-CN/news/290000103.md")));
        QCOMPARE(m_window->controller()->article().key.section(u'/', -1), QStringLiteral("290000103"));
        m_window->controller()->followLink(QUrl(QStringLiteral("https://longbridge.com/en/quote/NWGD.US.md")));
        QCOMPARE(m_window->controller()->view(), (SidebarEntry{SidebarEntry::Kind::Ticker, QStringLiteral("NWGD.US")}));
        QCOMPARE(copied.count(), 1);
    }

    void settingsDialogAppliesPreferences()
    {
        Ui::SettingsDialog dialog(m_settings.get());
        auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("theme"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        auto *reading = dialog.findChild<QComboBox *>(QStringLiteral("readingLanguage"));
        reading->setCurrentIndex(reading->findData(QStringLiteral("zh-HK")));
        auto *remote = dialog.findChild<QCheckBox *>(QStringLiteral("remoteImages"));
        QVERIFY(!remote->isChecked()); // remote images are off by default
        dialog.apply();
        QCOMPARE(m_settings->theme(), Ui::Settings::Theme::Dark);
        QCOMPARE(m_settings->preferredLocale(), QStringLiteral("zh-HK"));
        // The window follows at once: a dark palette, and the list in the new reading language.
        QVERIFY(Ui::Theme::isDark());
        QCOMPARE(
            m_window->listModel()->index(0).data().toString(), QStringLiteral(u"海港巷機械人業績勝預期，倉儲訂單倍增"));
        m_settings->setTheme(Ui::Settings::Theme::Light);
        QVERIFY(!Ui::Theme::isDark());
    }

    void emptyLibraryLoadsTheBundledSample()
    {
        QTemporaryDir other;
        Storage::Library empty;
        QVERIFY(empty.open(other.filePath(QStringLiteral("empty.sqlite"))).ok());
        MainWindow window(&empty, m_settings.get());
        QCOMPARE(window.listModel()->rowCount(), 0);
        auto *view = qobject_cast<Ui::ArticleListView *>(window.listView());
        QVERIFY(view->placeholderText().contains(QStringLiteral("sample library")));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.action(QStringLiteral("loadSample"))->trigger(); // from the resources embedded in the program
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<Ui::ImportSummary>().inserted, 12);
        QCOMPARE(window.listModel()->rowCount(), 4);
        QCOMPARE(empty.documentCount(), 4);
        // The first article is opened so the reader is not empty.
        QVERIFY(window.controller()->currentDocument().has_value());
    }

    void droppingMarkdownFilesImportsThem()
    {
        QTemporaryDir folder;
        QFile f(folder.filePath(QStringLiteral("dropped.md")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Dropped article\n\nDragged onto the window.\n");
        f.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(f.fileName())});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        // Anything else is refused at the door.
        QMimeData other;
        other.setUrls({QUrl(QStringLiteral("https://example.com/x.md"))});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, {});
        refused.ignore();
        QCoreApplication::sendEvent(m_window.get(), &refused);
        QVERIFY(!refused.isAccepted());

        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<Ui::ImportSummary>().inserted, 1);
        QCOMPARE(m_window->listModel()->rowCount(), 5);
    }

    // "Open With Newsdesk": the file is imported and shown, not just added to the list.
    void openFilesShowsTheFirstFile()
    {
        QTemporaryDir folder;
        QFile f(folder.filePath(QStringLiteral("opened.md")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("---\ntitle: \"Opened from the file manager\"\nurl: \"https://longbridge.com/en/news/290000801.md\"\n"
                "datetime: \"2020-01-02T08:00:00Z\"\n---\n\nAn old article, far down the list.\n");
        f.close();
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        m_window->openFiles({f.fileName()});
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_window->controller()->currentDocument(), std::optional<Storage::DocId>(doc("290000801")));
        QCOMPARE(m_window->controller()->article().title, QStringLiteral("Opened from the file manager"));
        // A plain import afterwards does not jump away from what the reader shows.
        QSignalSpy again(m_window.get(), &MainWindow::importFinished);
        m_window->importPaths({UiTest::sampleDir()});
        QVERIFY(again.wait(30000));
        QCOMPARE(m_window->controller()->article().title, QStringLiteral("Opened from the file manager"));
    }

    void importFolderWithOneBadFile()
    {
        QTemporaryDir folder;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(folder.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("good-one.md"),
            "---\ntitle: \"Imported one\"\nurl: \"https://longbridge.com/en/news/290000701.md\"\n"
            "datetime: \"2026-11-25T08:00:00Z\"\n---\n\nText one.\n");
        write(QStringLiteral("good-two.md"), "# Imported two\n\nA plain markdown file with no front matter.\n");
        write(QStringLiteral("broken.md"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        write(QStringLiteral("notes.txt"), "not markdown, not imported");

        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        m_window->importPaths({folder.path()});
        QVERIFY(finished.wait(30000));
        const auto summary = finished.first().first().value<Ui::ImportSummary>();
        QCOMPARE(summary.inserted, 2);
        QCOMPARE(summary.failures.size(), 1);
        QVERIFY(summary.failures.first().file.endsWith(QStringLiteral("broken.md")));
        QVERIFY(summary.failures.first().reason.contains(QStringLiteral("binary")));
        QCOMPARE(m_library->documentCount(), 6);
        QVERIFY(listedKeys().size() == 6);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
