#include "ui/searchfield.h"

#include "controller/readdelay.h"
#include "controller/readercontroller.h"

#include <QEvent>
#include <QKeyEvent>

namespace Newsdesk::Ui {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
    , m_delay(std::make_unique<TimerReadDelay>())
{
    setObjectName(QStringLiteral("searchField"));
    setClearButtonEnabled(true);
    retranslate();
    // textEdited: only what the user typed (or cleared with the button), never setText().
    connect(this, &QLineEdit::textEdited, this,
        [this] { m_delay->start(typingPauseMs, [this] { Q_EMIT typed(text()); }); });
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

void SearchField::follow(ReaderController *controller, QWidget *afterClear)
{
    m_controller = controller;
    connect(this, &SearchField::typed, controller,
        [controller](const QString &text) { controller->setSearch(text, ReaderController::SearchInput::Typing); });
    connect(this, &SearchField::submitted, this, &SearchField::submit);
    connect(this, &SearchField::cleared, afterClear, [this, afterClear] {
        submit({});
        afterClear->setFocus(Qt::ShortcutFocusReason);
    });
    connect(controller, &ReaderController::viewChanged, this, [this](const SidebarEntry &entry) {
        if (entry.kind == SidebarEntry::Kind::Saved && !m_controller->search().isEmpty())
            submit({});
    });
}

void SearchField::submit(const QString &text)
{
    if (this->text() != text)
        setText(text);
    if (m_controller)
        m_controller->setSearch(text);
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

void SearchField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void SearchField::retranslate()
{
    setPlaceholderText(tr("Search: words \"phrase\" -word ticker:NVDA.US lang:zh-CN is:unread"));
    setToolTip(tr("Words and \"phrases\" all match; -word leaves out; a ticker or company name finds its "
                  "articles; ticker:NVDA.US, lang:zh-CN, after:2026-04-01, before:2026-05-01, is:unread, "
                  "is:bookmarked narrow the list. Esc clears. (Ctrl+F or /)"));
}

} // namespace Newsdesk::Ui
