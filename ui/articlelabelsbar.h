#pragma once

#include "storage/library.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Newsdesk::Ui {

class ReaderController;

// The open article's labels, above its page: a chip per label with a button that removes it, and
// Add Label… that opens a field in place (it completes the labels in use; Enter adds, Esc gives
// up). Changes go through the controller, and the chips follow its labelsChanged().
class ArticleLabelsBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleLabelsBar)

public:
    explicit ArticleLabelsBar(QWidget *parent = nullptr);
    ~ArticleLabelsBar() override = default;

    void follow(ReaderController *controller);
    QStringList labels() const { return m_labels; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFor(Storage::DocId doc);
    void setLabels(const QStringList &labels);
    void openField();
    void closeField();
    void submit();
    void retranslate();

    ReaderController *m_controller = nullptr;
    std::optional<Storage::DocId> m_doc;
    QStringList m_labels;
    QLabel *m_caption = nullptr;
    QWidget *m_chips = nullptr;
    QHBoxLayout *m_chipsLayout = nullptr;
    QLineEdit *m_field = nullptr;
    QToolButton *m_add = nullptr;
};

} // namespace Newsdesk::Ui
