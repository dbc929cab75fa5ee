#pragma once

#include <QListView>

namespace Newsdesk::Ui {

class ArticleListDelegate;

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
    QString m_placeholder;
};

} // namespace Newsdesk::Ui
