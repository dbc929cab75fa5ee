// The article list model over a real library: lazy pages, refresh without losing the selection,
// filters by ticker key.
#include "ui/articlelistmodel.h"
#include "uifixture.h"

#include <QListView>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using Ui::ArticleListModel;

class TestArticleListModel final : public QObject
{
    Q_OBJECT

private:
    static constexpr int articleCount = 1500;
    QTemporaryDir m_dir;
    Storage::Library m_library;
    QDateTime m_start = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    int m_next = 0;

    QList<Storage::DocId> storeArticles(int n, const QStringList &tickers = {})
    {
        QList<Core::Article> batch;
        for (int i = 0; i < n; ++i, ++m_next)
            batch.append(UiTest::article(QString::number(300000000 + m_next), QStringLiteral("en"),
                QStringLiteral("Article %1").arg(m_next), m_start.addSecs(60 * m_next), tickers));
        QList<Storage::DocId> ids;
        for (const auto &r : m_library.storeAll(batch)) {
            if (!r.ok())
                qFatal("store failed: %s", qPrintable(r.error().message));
            ids.append(r->docId);
        }
        return ids;
    }

    static Storage::DocId docAt(const ArticleListModel &model, int row)
    {
        return model.index(row).data(ArticleListModel::DocIdRole).value<Storage::DocId>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_library.open(m_dir.filePath(QStringLiteral("library.sqlite"))).ok());
        storeArticles(articleCount - 3);
        storeArticles(3, {QStringLiteral("00700.HK")});
    }

    void loadsOnePageAtATime()
    {
        ArticleListModel model;
        model.setLibrary(&m_library);
        QCOMPARE(model.rowCount(), ArticleListModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ArticleListModel::pageSize);
        // Newest first.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1).data(ArticleListModel::PublishedRole).toDateTime()
                >= model.index(row).data(ArticleListModel::PublishedRole).toDateTime());
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Article %1").arg(m_next - 1));
    }

    void viewScrollingStaysBounded()
    {
        ArticleListModel model;
        model.setLibrary(&m_library);
        QListView view;
        view.setUniformItemSizes(true);
        view.setModel(&model);
        view.resize(300, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // A view fetches more only as the user scrolls to the end, a page at a time.
        QVERIFY(model.rowCount() < articleCount);
        for (int i = 0; i < 3; ++i) {
            view.scrollToBottom();
            QCoreApplication::processEvents();
        }
        QVERIFY2(model.rowCount() <= 5 * ArticleListModel::pageSize, qPrintable(QString::number(model.rowCount())));
        QVERIFY(model.rowCount() < articleCount);
    }

    void walksToTheEnd()
    {
        ArticleListModel model;
        model.setLibrary(&m_library);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), articleCount);
        QCOMPARE(model.rowOf(docAt(model, 777)), 777);
    }

    void refreshKeepsTheSelection()
    {
        ArticleListModel model;
        model.setLibrary(&m_library);
        QListView view;
        view.setModel(&model);
        view.setCurrentIndex(model.index(10));
        const Storage::DocId selected = docAt(model, 10);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        storeArticles(4);
        model.refresh(selected);

        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(view.currentIndex().data(ArticleListModel::DocIdRole).value<Storage::DocId>(), selected);
        QCOMPARE(view.currentIndex().row(), 14);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Article %1").arg(m_next - 1));
    }

    void refreshDropsRowsThatLeftTheFilter()
    {
        ArticleListModel model;
        model.setLibrary(&m_library);
        Storage::ListFilter unread;
        unread.view = Storage::ListFilter::View::Unread;
        model.setFilter(unread);
        const Storage::DocId first = docAt(model, 0);
        const Storage::DocId third = docAt(model, 2);
        QVERIFY(m_library.setRead(docAt(model, 1), true).ok());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.refresh();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(docAt(model, 0), first);
        QCOMPARE(docAt(model, 1), third);
    }

    void filterChangeFindsTheCurrentArticle()
    {
        ArticleListModel model;
        model.setLibrary(&m_library);
        while (model.rowCount() < 600)
            model.fetchMore({});
        const Storage::DocId deep = docAt(model, 555);
        // A search that still contains the article: the model loads down to it.
        Storage::ListFilter filter;
        filter.search = QStringLiteral("Article");
        model.setFilter(filter, deep);
        QVERIFY(model.rowOf(deep) >= 0);
        QVERIFY(model.rowCount() < articleCount);
    }

    void tickersCompareByKey()
    {
        ArticleListModel model;
        model.setLibrary(&m_library);
        Storage::ListFilter filter;
        filter.tickers = QStringList{QStringLiteral("700.HK")};
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(
            model.index(0).data(ArticleListModel::TickersRole).toStringList().value(0), QStringLiteral("00700.HK"));
    }

    void refreshRowShowsReadAndBookmark()
    {
        ArticleListModel model;
        model.setLibrary(&m_library);
        const Storage::DocId doc = docAt(model, 3);
        QVERIFY(!model.index(3).data(ArticleListModel::BookmarkedRole).toBool());
        QVERIFY(m_library.setBookmarked(doc, true).ok());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshRow(doc);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(3).data(ArticleListModel::BookmarkedRole).toBool());
    }
};

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
