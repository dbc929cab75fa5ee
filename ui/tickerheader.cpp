#include "tickerheader.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Newsdesk::Ui {

TickerHeader::TickerHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_watch(new QPushButton(this))
    , m_fetch(new QPushButton(this))
    , m_subscribe(new QPushButton(this))
{
    setObjectName(QStringLiteral("tickerHeader"));
    m_title->setObjectName(QStringLiteral("tickerTitle"));
    m_watch->setObjectName(QStringLiteral("watchToggle"));
    m_watch->setCheckable(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);

    auto *text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(m_title);
    text->addWidget(m_detail);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_watch);
    buttons->addWidget(m_fetch);
    buttons->addWidget(m_subscribe);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(text);
    layout->addLayout(buttons);

    connect(m_watch, &QPushButton::clicked, this, [this] { Q_EMIT watchToggled(m_ticker, !m_watched); });
    connect(m_fetch, &QPushButton::clicked, this, [this] { Q_EMIT fetchLatestRequested(m_ticker); });
    connect(m_subscribe, &QPushButton::clicked, this, [this] { Q_EMIT subscribeRequested(m_ticker); });
    setNewsActionsAvailable(false);
    retranslate();
}

void TickerHeader::setTicker(const QString &ticker, const QString &name, int articleCount, bool watched)
{
    m_ticker = ticker;
    m_name = name;
    m_count = articleCount;
    m_watched = watched;
    retranslate();
}

void TickerHeader::setNewsActionsAvailable(bool available)
{
    m_fetch->setVisible(available);
    m_subscribe->setVisible(available);
}

void TickerHeader::setSubscribed(bool subscribed)
{
    m_subscribed = subscribed;
    retranslate();
}

void TickerHeader::retranslate()
{
    m_title->setText(m_name.isEmpty() ? m_ticker : m_name + u"  " + m_ticker);
    m_detail->setText(tr("%n stored article(s) relate to or mention this ticker", nullptr, m_count));
    m_watch->setChecked(m_watched);
    m_watch->setText(m_watched ? tr("Remove from Watchlist") : tr("Add to Watchlist"));
    m_fetch->setText(tr("Fetch Latest News"));
    m_subscribe->setText(m_subscribed ? tr("Subscribed") : tr("Subscribe to News"));
    m_subscribe->setEnabled(!m_subscribed);
    m_subscribe->setToolTip(tr("Subscribe to this ticker's news page, refreshed on a schedule"));
}

void TickerHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Newsdesk::Ui
