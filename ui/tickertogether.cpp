#include "ui/tickertogether.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace Newsdesk::Ui {

TickerTogether::TickerTogether(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_row(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("tickerTogether"));
    m_row->setContentsMargins(8, 0, 8, 0);
    m_row->setSpacing(2);
    m_row->addWidget(m_label);
    m_row->addStretch(1);
    retranslate();
}

void TickerTogether::setTogether(const QList<Storage::TickerCount> &together)
{
    m_together = together;
    qDeleteAll(m_buttons);
    m_buttons.clear();
    // A row of buttons fits a handful; the rest are in `newsdesk ticker`.
    constexpr int shown = 6;
    for (qsizetype i = 0; i < std::min<qsizetype>(together.size(), shown); ++i) {
        auto *button = new QToolButton(this);
        button->setAutoRaise(true);
        button->setProperty("ticker", together.at(i).key);
        connect(button, &QToolButton::clicked, this, [this, key = together.at(i).key] { Q_EMIT tickerClicked(key); });
        m_row->insertWidget(int(i) + 1, button);
        m_buttons.append(button);
    }
    setVisible(!together.isEmpty());
    retranslate();
}

void TickerTogether::retranslate()
{
    m_label->setText(tr("Often together:"));
    const QLocale locale;
    for (QToolButton *button : std::as_const(m_buttons)) {
        const QString key = button->property("ticker").toString();
        int count = 0;
        for (const Storage::TickerCount &t : std::as_const(m_together)) {
            if (t.key == key)
                count = t.count;
        }
        button->setText(key + u' ' + locale.toString(count));
        button->setToolTip(
            tr("In %n of the same articles over the last 90 days; click to see its view", nullptr, count));
        button->setAccessibleName(tr("%1, in %n of the same articles", nullptr, count).arg(key));
    }
}

void TickerTogether::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Newsdesk::Ui
