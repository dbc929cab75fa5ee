#pragma once

#include <QListView>

namespace Newsdesk::Ui {

// The article list's view: a QListView that says what to do when it has no rows
// ("Import files or load the sample library", "No articles match …").
class ArticleListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListView)

public:
    explicit ArticleListView(QWidget *parent = nullptr);
    ~ArticleListView() override = default;

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace Newsdesk::Ui
