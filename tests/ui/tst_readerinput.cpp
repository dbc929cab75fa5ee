// The reader driven as people drive it: the sidebar clicked with the mouse (every kind of entry),
// walked with the keyboard and restored after a restart; the list's keys, clicks, context menu
// and ticker chips; the watchlist field's completion; a second instance handing over. Checked by
// what is on screen: the list's rows, the status bar's count, the sidebar's selection.
#include "controller/readdelay.h"
#include "controller/readercontroller.h"
#include "storage/labelstore.h"
#include "storage/subscriptionstore.h"
#include "ui/articlelistdelegate.h"
#include "ui/articlelistmodel.h"
#include "ui/articlelistview.h"
#include "ui/externallinks.h"
#include "ui/mainwindow.h"
#include "ui/readerpane.h"
#include "ui/settings.h"
#include "ui/sidebar.h"
#include "ui/singleinstance.h"
#include "ui/tickerheader.h"
#include "ui/uilanguage.h"
#include "uifixture.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Newsdesk;
using Ui::ArticleListModel;
using Ui::MainWindow;
using Ui::SidebarEntry;

namespace {

const QString wireKey = QStringLiteral("https://wire.example.org/story/1");
const QString wireFeed = QStringLiteral("https://wire.example.org/feed.xml");
const QString nwgdNews = QStringLiteral("https://news.example.com/en/quote/NWGD.US/news.md");

} // namespace

class TestReaderInput final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Library> m_library;
    std::unique_ptr<Ui::Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("library.sqlite")); }
    Storage::DocId doc(const QString &key) const { return m_library->findDocument(key).value_or(-1); }
    QListView *list() const { return m_window->listView(); }
    QTreeWidget *tree() const { return m_window->sidebar()->tree(); }

    // Other sites' news keys carry their host ("news.example.com/news/290000101"); the tests
    // name the samples by their news id.
    static QString shortKey(const QString &key)
    {
        return key.contains(QStringLiteral("/news/")) ? key.section(u'/', -1) : key;
    }

    QStringList listedKeys() const
    {
        QStringList keys;
        for (int row = 0; row < m_window->listModel()->rowCount(); ++row)
            keys.append(shortKey(m_window->listModel()->index(row).data(ArticleListModel::KeyRole).toString()));
        return keys;
    }

    QString countText() const { return m_window->countLabel()->text(); }

    void showWindow()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // The sidebar's item for an entry, found by what it shows (its text), as a person finds it.
    QTreeWidgetItem *sidebarItem(const QString &text) const
    {
        const QList<QTreeWidgetItem *> found = tree()->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return found.isEmpty() ? nullptr : found.first();
    }

    void clickSidebar(const QString &text)
    {
        QTreeWidgetItem *item = sidebarItem(text);
        QVERIFY2(item, qPrintable(text));
        tree()->scrollToItem(item);
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, tree()->visualItemRect(item).center());
    }

    void clickRow(int row, Qt::MouseButton button = Qt::LeftButton)
    {
        const QModelIndex index = m_window->listModel()->index(row);
        list()->scrollTo(index);
        // Left of the ticker chips and the star: the title.
        const QRect rect = list()->visualRect(index);
        QTest::mouseClick(list()->viewport(), button, {}, QPoint(rect.left() + 40, rect.top() + 8));
    }

    std::unique_ptr<MainWindow> makeWindow() { return std::make_unique<MainWindow>(m_library.get(), m_settings.get()); }

    // The sample library (four articles), one wire story on another site, a watchlist, two
    // sources (a site's feed and a ticker's news page), one read and one bookmarked article.
    void makeLibrary()
    {
        QCOMPARE(UiTest::importAndWait(dbPath(), {UiTest::sampleDir()}).inserted, 12);
        m_library = std::make_unique<Storage::Library>();
        QVERIFY(m_library->open(dbPath()).ok());
        Core::Article wire = UiTest::article(QStringLiteral("w1"), QStringLiteral("en"), QStringLiteral("Wire story"),
            QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC));
        wire.key = wireKey;
        wire.url = QUrl(wireKey);
        wire.variants.clear();
        QVERIFY(m_library->store(wire).ok());
        QVERIFY(m_library->setRead(doc(QStringLiteral("290000103")), true).ok());
        QVERIFY(m_library->setBookmarked(doc(QStringLiteral("290000102")), true).ok());
        QVERIFY(m_library->addToWatchlist(QStringLiteral("HLRB.US")).ok());
        QVERIFY(m_library->addToWatchlist(QStringLiteral("NWGD.US")).ok());
        Storage::SubscriptionStore &store = m_library->subscriptions();
        QVERIFY(store.add(QUrl(wireFeed)).ok());
        QVERIFY(store.add(QUrl(nwgdNews)).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As the reader starts: its English plurals ("1 article", "5 articles") installed.
        Ui::UiLanguage::install(QStringLiteral("en"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        UiTest::useTemporarySettings(m_dir->filePath(QStringLiteral("settings")));
        makeLibrary();
        m_settings = std::make_unique<Ui::Settings>();
        m_settings->setPreferredLocale(QStringLiteral("en"));
        m_window = makeWindow();
        showWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_library.reset();
        m_dir.reset();
    }

    void sidebarClicksFilter_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QStringList>("keys");
        const QString a = QStringLiteral("290000101"), b = QStringLiteral("290000102"), c = QStringLiteral("290000103"),
                      d = QStringLiteral("290000104");
        QTest::newRow("All Articles") << QStringLiteral("All Articles") << QStringList{wireKey, a, b, c, d};
        QTest::newRow("Unread") << QStringLiteral("Unread") << QStringList{wireKey, a, b, d};
        QTest::newRow("Bookmarks") << QStringLiteral("Bookmarks") << QStringList{b};
        QTest::newRow("Watchlist") << QStringLiteral("Watchlist") << QStringList{a, b, c, d};
        QTest::newRow("ticker HLRB.US") << QStringLiteral("HLRB.US") << QStringList{a, b, d};
        QTest::newRow("ticker NWGD.US") << QStringLiteral("NWGD.US") << QStringList{b, c};
        QTest::newRow("source: a site's feed") << QStringLiteral("wire.example.org/feed.xml") << QStringList{wireKey};
        QTest::newRow("source: a ticker's news page") << QStringLiteral("NWGD.US") << QStringList{b, c};
    }

    void sidebarClicksFilter()
    {
        QFETCH(QString, entry);
        QFETCH(QStringList, keys);
        // Start elsewhere, so that the click has something to change.
        clickSidebar(entry == u"Bookmarks" ? QStringLiteral("Unread") : QStringLiteral("Bookmarks"));
        if (QTest::currentDataTag() == QByteArray("source: a ticker's news page")) {
            // The source's entry is the second "NWGD.US" of the tree, under Sources.
            const QList<QTreeWidgetItem *> items = tree()->findItems(entry, Qt::MatchExactly | Qt::MatchRecursive, 0);
            QCOMPARE(items.size(), 2);
            QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, tree()->visualItemRect(items.last()).center());
        } else {
            clickSidebar(entry);
        }
        QCOMPARE(listedKeys(), keys);
        QCOMPARE(countText(),
            keys.size() == 1 ? QStringLiteral("1 article") : QStringLiteral("%1 articles").arg(keys.size()));
        QVERIFY(tree()->currentItem()->isSelected());
        QCOMPARE(tree()->currentItem()->text(0), entry);
    }

    void sidebarKeysFilter()
    {
        clickSidebar(QStringLiteral("All Articles"));
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_Down);
        QCOMPARE(m_window->controller()->view().kind, SidebarEntry::Kind::Unread);
        QCOMPARE(listedKeys().size(), 4);
        QCOMPARE(countText(), QStringLiteral("4 articles"));
        QTest::keyClick(tree(), Qt::Key_Down);
        QCOMPARE(listedKeys(), QStringList{QStringLiteral("290000102")});
        QTest::keyClick(tree(), Qt::Key_Down);
        QTest::keyClick(tree(), Qt::Key_Down);
        QCOMPARE(m_window->controller()->view(), (SidebarEntry{SidebarEntry::Kind::Ticker, QStringLiteral("HLRB.US")}));
        QCOMPARE(listedKeys().size(), 3);
        QVERIFY(m_window->tickerHeader()->isVisible());
    }

    void sidebarSelectionSurvivesRestart()
    {
        const QList<QTreeWidgetItem *> items
            = tree()->findItems(QStringLiteral("wire.example.org/feed.xml"), Qt::MatchExactly | Qt::MatchRecursive, 0);
        QCOMPARE(items.size(), 1);
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, tree()->visualItemRect(items.first()).center());
        QCOMPARE(listedKeys(), QStringList{wireKey});
        m_window->saveState();
        m_window.reset();

        m_window = makeWindow();
        m_window->restoreState();
        showWindow();
        QCOMPARE(listedKeys(), QStringList{wireKey});
        QCOMPARE(countText(), QStringLiteral("1 article"));
        QVERIFY(tree()->currentItem()->isSelected());
        QCOMPARE(tree()->currentItem()->text(0), QStringLiteral("wire.example.org/feed.xml"));
    }

    void keysPassRowsWithoutReadingThem()
    {
        auto delay = std::make_unique<Ui::ManualReadDelay>();
        Ui::ManualReadDelay *manual = delay.get();
        m_window->controller()->setReadDelay(std::move(delay));
        clickSidebar(QStringLiteral("Unread"));
        QCOMPARE(countText(), QStringLiteral("4 articles"));
        clickRow(0); // a click opens: read at once
        QVERIFY(m_library->row(doc(wireKey))->read);
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_Down);
        QTest::keyClick(list(), Qt::Key_End);
        QTest::keyClick(list(), Qt::Key_Up);
        // Passed over: nothing marked.
        QVERIFY(!m_library->row(doc(QStringLiteral("290000101")))->read);
        QVERIFY(!m_library->row(doc(QStringLiteral("290000104")))->read);
        // Staying on one for the moment marks that one.
        QCOMPARE(shortKey(m_window->controller()->article().key), QStringLiteral("290000102"));
        manual->fire();
        QVERIFY(m_library->row(doc(QStringLiteral("290000102")))->read);
        QVERIFY(!m_library->row(doc(QStringLiteral("290000101")))->read);
    }

    void rightClickShowsAMenuAndOpensNothing()
    {
        clickSidebar(QStringLiteral("All Articles"));
        QVERIFY(!m_window->controller()->currentDocument());
        // A right click: the press and release select nothing; the context menu event the
        // platform sends with them (QTest's widget clicks do not make one) shows the menu.
        clickRow(1, Qt::RightButton);
        QVERIFY(!m_window->controller()->currentDocument());
        const QRect rect = list()->visualRect(m_window->listModel()->index(1));
        const QPoint pos(rect.left() + 40, rect.top() + 8);
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, list()->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(list()->viewport(), &event);
        auto *menu = list()->findChild<QMenu *>(QStringLiteral("articleListMenu"));
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(!m_window->controller()->currentDocument());
        QStringList texts;
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                texts.append(a->text());
        }
        QCOMPARE(texts,
            (QStringList{QStringLiteral("Open"), QStringLiteral("Open Original in Browser"), QStringLiteral("Bookmark"),
                QStringLiteral("Mark as Read"), QStringLiteral("Mark All Above as Read"),
                QStringLiteral("Mark All Below as Read"), QStringLiteral("Add Label…"), QStringLiteral("Copy Link")}));
        // Mark All Below as Read: 102, 103 and 104 (103 was read already).
        menu->actions().at(5)->trigger();
        QVERIFY(!m_window->controller()->currentDocument());
        for (const char *key : {"290000102", "290000103", "290000104"})
            QVERIFY(m_library->row(doc(QString::fromLatin1(key)))->read);
        QVERIFY(!m_library->row(doc(QStringLiteral("290000101")))->read);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Marked 2 articles read"));
        menu->close();
    }

    // The context menu of the row with `key`, opened by a right click on it as the platform sends it.
    QMenu *rowMenu(const QString &key)
    {
        const int row = int(listedKeys().indexOf(key));
        if (row < 0)
            return nullptr;
        delete list()->findChild<QMenu *>(QStringLiteral("articleListMenu"));
        clickRow(row, Qt::RightButton);
        const QRect rect = list()->visualRect(m_window->listModel()->index(row));
        const QPoint pos(rect.left() + 40, rect.top() + 8);
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, list()->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(list()->viewport(), &event);
        return list()->findChild<QMenu *>(QStringLiteral("articleListMenu"));
    }

    static QAction *menuAction(QMenu *menu, const QString &text)
    {
        for (QAction *a : menu->actions()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    }

    // Right-click → Add Label…, typed into the dialog; the sidebar's Labels get the label with its
    // unread count, a click on it lists its articles, and Remove Label takes it off.
    void labelsFromTheListMenuAndTheSidebar()
    {
        clickSidebar(QStringLiteral("All Articles"));
        QVERIFY(!sidebarItem(QStringLiteral("Labels")) || sidebarItem(QStringLiteral("Labels"))->isHidden());
        const QString labelled[] = {QStringLiteral("290000101"), QStringLiteral("290000103")};
        for (const QString &key : labelled) {
            QMenu *menu = rowMenu(key);
            QVERIFY(menu);
            QTRY_VERIFY(menu->isVisible());
            QAction *add = menuAction(menu, QStringLiteral("Add Label…"));
            QVERIFY(add);
            add->trigger();
            menu->close();
            QInputDialog *dialog = nullptr;
            QTRY_VERIFY(
                (dialog = m_window->findChild<QInputDialog *>(QStringLiteral("labelDialog"))) && dialog->isVisible());
            auto *field = dialog->findChild<QLineEdit *>();
            QVERIFY(field);
            field->setFocus();
            field->selectAll();
            QTest::keyClicks(field, QStringLiteral("Macro"));
            QTest::keyClick(field, Qt::Key_Return);
            QTRY_VERIFY(!m_window->findChild<QInputDialog *>(QStringLiteral("labelDialog")));
        }
        // One unread (103 was read), counted off the GUI thread.
        QTRY_VERIFY(sidebarItem(QStringLiteral("Macro")));
        QVERIFY(!sidebarItem(QStringLiteral("Labels"))->isHidden());
        QTRY_COMPARE(sidebarItem(QStringLiteral("Macro"))->text(1), QStringLiteral("1"));
        clickSidebar(QStringLiteral("Macro"));
        QCOMPARE(m_window->controller()->view().kind, SidebarEntry::Kind::Label);
        QTRY_COMPARE(listedKeys(), (QStringList{QStringLiteral("290000101"), QStringLiteral("290000103")}));

        QMenu *menu = rowMenu(QStringLiteral("290000103"));
        QVERIFY(menu);
        QAction *remove = menuAction(menu, QStringLiteral("Remove Label “Macro”"));
        QVERIFY(remove);
        remove->trigger();
        menu->close();
        QTRY_COMPARE(listedKeys(), QStringList{QStringLiteral("290000101")});
        menu = rowMenu(QStringLiteral("290000101"));
        QVERIFY(menu && menuAction(menu, QStringLiteral("Remove Label “Macro”")));
        menu->close();
        QCOMPARE(m_library->labels().labelsOf(doc(QStringLiteral("290000101"))), QStringList{QStringLiteral("Macro")});
    }

    void tickerChipOpensTheTickerView()
    {
        clickSidebar(QStringLiteral("All Articles"));
        const int row = m_window->listModel()->rowOf(doc(QStringLiteral("290000103")));
        const QModelIndex index = m_window->listModel()->index(row);
        const QStringList tickers = index.data(ArticleListModel::TickersRole).toStringList();
        QVERIFY(!tickers.isEmpty());
        QStyleOptionViewItem option;
        option.initFrom(list());
        option.rect = list()->visualRect(index);
        // Find the first chip's place by scanning the row as a pointer would.
        QPoint chip;
        for (int x = option.rect.left(); x < option.rect.right() && chip.isNull(); ++x) {
            for (int y = option.rect.top(); y < option.rect.bottom() && chip.isNull(); y += 2) {
                if (m_window->listView()->findChild<Ui::ArticleListDelegate *>()->tickerAt(option, index, QPoint(x, y))
                    == tickers.first())
                    chip = QPoint(x + 2, y);
            }
        }
        QVERIFY(!chip.isNull());
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, chip);
        QCOMPARE(m_window->controller()->view(), (SidebarEntry{SidebarEntry::Kind::Ticker, tickers.first()}));
        QVERIFY(!m_window->controller()->currentDocument()); // the chip is a link, not a row click
        QVERIFY(m_window->tickerHeader()->isVisible());
    }

    void watchlistFieldCompletesTickers()
    {
        QLineEdit *field = m_window->sidebar()->addField();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("clrx"));
        QCompleter *completer = field->completer();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionModel()->index(0, 0).data().toString(), QStringLiteral("CLRX.US"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(m_library->isWatched(QStringLiteral("CLRX.US")));
        QVERIFY(sidebarItem(QStringLiteral("CLRX.US")));
    }

    void emptiedWatchlistSaysHowToFillIt()
    {
        // Each watched ticker removed with the key a person presses on its sidebar entry.
        for (const QString &ticker : {QStringLiteral("HLRB.US"), QStringLiteral("NWGD.US")}) {
            clickSidebar(ticker);
            QTest::keyClick(tree(), Qt::Key_Delete);
            QTRY_VERIFY(!m_library->isWatched(ticker));
        }
        clickSidebar(QStringLiteral("Watchlist"));
        QTRY_COMPARE(m_window->listModel()->rowCount(), 0);
        auto *view = qobject_cast<Ui::ArticleListView *>(list());
        QVERIFY(view->placeholderText().startsWith(QStringLiteral("The watchlist is empty.")));
        // A ticker added from the field fills the open Watchlist view at once.
        QLineEdit *field = m_window->sidebar()->addField();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("HLRB.US"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(m_window->listModel()->rowCount() > 0);
        QCOMPARE(m_window->controller()->view().kind, SidebarEntry::Kind::Watchlist);
        QVERIFY(!view->placeholderText().startsWith(QStringLiteral("The watchlist is empty.")));
    }

    void screenReadersHearWhatIsShown()
    {
        // The sidebar's entries with their counts, a list row with its state, the status bar's count.
        QCOMPARE(sidebarItem(QStringLiteral("Unread"))->data(0, Qt::AccessibleTextRole).toString(),
            QStringLiteral("Unread, 4 unread"));
        // A watchlist entry adds its sparkline in words once counted (the days follow the real clock).
        QTRY_VERIFY(QRegularExpression(QStringLiteral("^HLRB\\.US, 3 unread, \\d+ article.* in the last 14 days$"))
                        .match(sidebarItem(QStringLiteral("HLRB.US"))->data(0, Qt::AccessibleTextRole).toString())
                        .hasMatch());
        clickSidebar(QStringLiteral("Bookmarks"));
        QAccessibleInterface *listInterface = QAccessible::queryAccessibleInterface(list());
        QVERIFY(listInterface);
        QString rowName;
        for (int i = 0; i < listInterface->childCount() && rowName.isEmpty(); ++i) {
            const QString name = listInterface->child(i)->text(QAccessible::Name);
            if (name.startsWith(QStringLiteral("Northwind")) || name.contains(QStringLiteral("bookmarked")))
                rowName = name;
        }
        QVERIFY2(rowName.contains(QStringLiteral("unread")) && rowName.contains(QStringLiteral("bookmarked"))
                && rowName.contains(QStringLiteral("NWGD.US")),
            qPrintable(rowName));
        QCOMPARE(QAccessible::queryAccessibleInterface(m_window->countLabel())->text(QAccessible::Name),
            QStringLiteral("1 article"));
    }

    void settingsDialogSetsTheReadDelay()
    {
        // Ctrl+, opens the settings; the delay is typed into its field and OK is clicked.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"))) && dialog->isVisible());
        auto *delay = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("readDelay"));
        QVERIFY(delay);
        QCOMPARE(delay->value(), 1.5); // the default, shown as it is
        delay->setFocus(Qt::TabFocusReason);
        QTest::keyClick(delay, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(delay, QStringLiteral("4"));
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("settingsDialog")));
        QCOMPARE(m_settings->readDelayMs(), 4000);
        QCOMPARE(m_window->controller()->readDelayMs(), 4000);
    }

    void askingBeforeALinkLeavesTheReaderRunning()
    {
        m_settings->setExternalLinks(Ui::Settings::ExternalLinks::Ask);
        QSignalSpy copied(m_window->externalLinks(), &Ui::ExternalLinks::copied);
        const QUrl page(QStringLiteral("https://example.com/report?id=9"));
        m_window->controller()->followLink(page); // returns at once: the prompt does not run a loop of its own
        auto *prompt = m_window->findChild<QMessageBox *>(QStringLiteral("openLinkPrompt"));
        QVERIFY(prompt);
        QTRY_VERIFY(prompt->isVisible());
        QVERIFY(prompt->informativeText().contains(QStringLiteral("example.com/report")));
        // "Do not ask again", then Copy Link, by mouse.
        QTest::mouseClick(prompt->checkBox(), Qt::LeftButton, {}, QPoint(8, prompt->checkBox()->height() / 2));
        QVERIFY(prompt->checkBox()->isChecked());
        QPushButton *copy = nullptr;
        for (QAbstractButton *b : prompt->buttons()) {
            if (b->text() == QStringLiteral("Copy Link"))
                copy = qobject_cast<QPushButton *>(b);
        }
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(copied.count(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), page.toString());
        QCOMPARE(m_settings->externalLinks(), Ui::Settings::ExternalLinks::Copy);
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("openLinkPrompt")));
    }

    void savedSearchesFromTheKeyboardAndTheSidebar()
    {
        // Built in: Today and the watchlist's last 24 hours.
        QVERIFY(sidebarItem(QStringLiteral("Today")));
        QVERIFY(sidebarItem(QStringLiteral("Watchlist, last 24 hours")));
        // In the Unread view, type a search, keep it with Ctrl+Shift+S and a name.
        clickSidebar(QStringLiteral("Unread"));
        QLineEdit *search = m_window->searchField();
        search->setFocus(Qt::ShortcutFocusReason);
        QTest::keyClicks(search, QStringLiteral("\"warehouse orders\""));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(listedKeys(), QStringList{QStringLiteral("290000101")});
        QTest::keyClick(search, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = m_window->findChild<QInputDialog *>(QStringLiteral("savedSearchDialog"))) && dialog->isVisible());
        QVERIFY2(dialog->labelText().contains(QStringLiteral("is:unread \"warehouse orders\"")),
            qPrintable(dialog->labelText()));
        auto *name = dialog->findChild<QLineEdit *>();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Robots"));
        QTest::keyClick(name, Qt::Key_Return);
        // The new entry is selected, with its unread count; the field is free again.
        QTRY_VERIFY(sidebarItem(QStringLiteral("Robots")));
        // Its unread count, counted off the GUI thread.
        QTRY_COMPARE(sidebarItem(QStringLiteral("Robots"))->text(1), QStringLiteral("1"));
        QCOMPARE(sidebarItem(QStringLiteral("Robots"))->data(0, Qt::AccessibleTextRole).toString(),
            QStringLiteral("Robots, 1 unread"));
        QCOMPARE(m_window->controller()->view().kind, SidebarEntry::Kind::Saved);
        QVERIFY(search->text().isEmpty());
        QTRY_COMPARE(listedKeys(), QStringList{QStringLiteral("290000101")});

        // Elsewhere and back by mouse: the saved search filters the list.
        clickSidebar(QStringLiteral("All Articles"));
        QTRY_COMPARE(listedKeys().size(), 5);
        clickSidebar(QStringLiteral("Robots"));
        QTRY_COMPARE(listedKeys(), QStringList{QStringLiteral("290000101")});
        QCOMPARE(countText(), QStringLiteral("1 article"));

        // Rename and edit from the context menu, by mouse and keyboard.
        const auto menuOn = [this](const QString &entry) -> QMenu * {
            QTreeWidgetItem *item = sidebarItem(entry);
            const QPoint pos = tree()->visualItemRect(item).center();
            QContextMenuEvent event(QContextMenuEvent::Mouse, pos, tree()->viewport()->mapToGlobal(pos));
            QApplication::sendEvent(tree()->viewport(), &event);
            auto *menu = m_window->findChild<QMenu *>(QStringLiteral("sidebarMenu"));
            return menu && QTest::qWaitFor([menu] { return menu->isVisible(); }) ? menu : nullptr;
        };
        const auto clickMenu = [](QMenu *menu, const QString &text) {
            for (QAction *a : menu->actions()) {
                if (a->text() == text) {
                    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(a).center());
                    return true;
                }
            }
            return false;
        };
        QMenu *menu = menuOn(QStringLiteral("Robots"));
        QVERIFY(menu);
        QVERIFY(clickMenu(menu, QStringLiteral("Edit Search…")));
        QTRY_VERIFY(
            (dialog = m_window->findChild<QInputDialog *>(QStringLiteral("savedSearchDialog"))) && dialog->isVisible());
        name = dialog->findChild<QLineEdit *>();
        QCOMPARE(name->text(), QStringLiteral("is:unread \"warehouse orders\""));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("ticker:NWGD.US"));
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_COMPARE(listedKeys(), (QStringList{QStringLiteral("290000102"), QStringLiteral("290000103")}));
        menu = menuOn(QStringLiteral("Robots"));
        QVERIFY(menu && clickMenu(menu, QStringLiteral("Rename…")));
        QTRY_VERIFY(
            (dialog = m_window->findChild<QInputDialog *>(QStringLiteral("savedSearchDialog"))) && dialog->isVisible());
        name = dialog->findChild<QLineEdit *>();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Northwind"));
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY(sidebarItem(QStringLiteral("Northwind")));
        QVERIFY(!sidebarItem(QStringLiteral("Robots")));
        // Move it up above the built-ins, then remove it: the list goes back to All.
        menu = menuOn(QStringLiteral("Northwind"));
        QVERIFY(menu && clickMenu(menu, QStringLiteral("Move Up")));
        QTRY_COMPARE(
            sidebarItem(QStringLiteral("Northwind"))->parent()->indexOfChild(sidebarItem(QStringLiteral("Northwind"))),
            1);
        menu = menuOn(QStringLiteral("Northwind"));
        QVERIFY(menu && clickMenu(menu, QStringLiteral("Remove “Northwind”")));
        QTRY_VERIFY(!sidebarItem(QStringLiteral("Northwind")));
        QCOMPARE(m_window->controller()->view().kind, SidebarEntry::Kind::All);
        QTRY_COMPARE(listedKeys().size(), 5);
    }

    void secondInstanceHandsOver()
    {
        Ui::SingleInstance first(dbPath());
        QVERIFY(first.listen());
        QSignalSpy received(&first, &Ui::SingleInstance::argumentsReceived);
        Ui::SingleInstance second(dbPath());
        const QStringList arguments{QStringLiteral("--open=290000104"), QStringLiteral("/tmp/a.md")};
        // handOver waits for the answer, so the first must run its loop: from a thread of its own.
        bool handed = false;
        std::unique_ptr<QThread> thread(
            QThread::create([&] { handed = Ui::SingleInstance(dbPath()).handOver(arguments); }));
        thread->start();
        QTRY_COMPARE(received.count(), 1);
        QVERIFY(thread->wait(5000));
        QVERIFY(handed);
        QCOMPARE(received.first().first().toStringList(), arguments);
        // Another library is another reader.
        QVERIFY(!Ui::SingleInstance(m_dir->filePath(QStringLiteral("other.sqlite"))).handOver(arguments));
    }
};

QTEST_MAIN(TestReaderInput)
#include "tst_readerinput.moc"
