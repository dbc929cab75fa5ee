#include "searchfield.h"

#include "readdelay.h"

#include <QKeyEvent>

namespace Newsdesk::Ui {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
    , m_delay(std::make_unique<TimerReadDelay>())
{
    setObjectName(QStringLiteral("searchField"));
    setClearButtonEnabled(true);
    // textEdited: only what the user typed (or cleared with the button), never setText().
    connect(this, &QLineEdit::textEdited, this, [this] {
        m_delay->start(typingPauseMs, [this] { Q_EMIT typed(text()); });
    });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        m_delay->stop();
        Q_EMIT submitted(text());
    });
}

SearchField::~SearchField()
{
    m_delay->stop();
}

void SearchField::setTypingDelay(std::unique_ptr<ReadDelay> delay)
{
    m_delay->stop();
    m_delay = std::move(delay);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        m_delay->stop();
        clear();
        Q_EMIT cleared();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Newsdesk::Ui
