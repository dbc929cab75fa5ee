#pragma once

#include <QLineEdit>

#include <memory>

namespace Newsdesk::Ui {

class ReadDelay;
class ReaderController;

// The toolbar's search field. While the user types it asks for the search a moment after the
// last key (the list then updates off the GUI thread); Enter asks at once; Esc clears the search
// and gives the list back its view. The moment is a delay tests replace and fire themselves.
class SearchField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchField)

public:
    static constexpr int typingPauseMs = 120;

    explicit SearchField(QWidget *parent = nullptr);
    ~SearchField() override;

    void setTypingDelay(std::unique_ptr<ReadDelay> delay);
    // Sends what is typed, entered and cleared to the controller (Esc gives `afterClear` the
    // focus); a saved search's view clears the field, for a saved search is its own search.
    void follow(ReaderController *controller, QWidget *afterClear);
    // Shows `text` and searches for it at once, as Enter would (the ticker timeline, tests).
    void submit(const QString &text);

Q_SIGNALS:
    // The text is still being typed: its last word is the start of a word.
    void typed(const QString &text);
    // Enter: the text as it is.
    void submitted(const QString &text);
    // Esc: the field is empty again and the search is over.
    void cleared();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<ReadDelay> m_delay;
    ReaderController *m_controller = nullptr;
};

} // namespace Newsdesk::Ui
