#include "searchfield.h"

#include "readdelay.h"

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
