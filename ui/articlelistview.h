#pragma once

#include "storage/library.h"

#include <QListView>

#include <optional>

namespace Newsdesk::Ui {

class ArticleListDelegate;
class ArticleListModel;

// The article list's view: rows painted by ArticleListDelegate, ticker chips that open the
// ticker's view, End that goes to the real end of the list (loading what is not loaded yet), and
// what to say when there are no rows ("Import files or load the sample library", "No articles match …").
class ArticleListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListView)

public:
    explicit ArticleListView(QWidget *parent = nullptr);
    ~ArticleListView() override = default;

    ArticleListDelegate *delegate() const { return m_delegate; }
    void setArticleModel(ArticleListModel *model);

    // Makes the document's row current and visible (or clears the selection when it is not
    // listed). isSelecting() is true meanwhile: the caller already shows that document.
    void selectDocument(Storage::DocId doc);
    bool isSelecting() const { return m_selecting; }
    // The row `delta` rows away from the current one (the first row without one), loading more.
    void moveCurrent(int delta);
    // The next unread row after the current one, paging on (bounded); false when there is none.
    bool selectNextUnread();
    // Re-reads the rows, keeping `doc` current and where the user sees it while rows arrive above.
    void refreshKeeping(std::optional<Storage::DocId> doc);
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

Q_SIGNALS:
    void tickerClicked(const QString &ticker);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QString tickerAt(const QPoint &pos) const;

    ArticleListDelegate *m_delegate = nullptr;
    ArticleListModel *m_model = nullptr;
    bool m_selecting = false;
    QString m_placeholder;
};

} // namespace Newsdesk::Ui
