#include "ui/tickerheader.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Newsdesk::Ui {

TickerHeader::TickerHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_buzz(new QLabel(this))
    , m_aliases(new QLabel(this))
    , m_editAliases(new QPushButton(this))
    , m_detail(new QLabel(this))
    , m_watch(new QPushButton(this))
    , m_fetch(new QPushButton(this))
    , m_subscribe(new QPushButton(this))
{
    setObjectName(QStringLiteral("tickerHeader"));
    m_title->setObjectName(QStringLiteral("tickerTitle"));
    m_buzz->setObjectName(QStringLiteral("buzzBadge"));
    m_aliases->setObjectName(QStringLiteral("tickerAliases"));
    m_editAliases->setObjectName(QStringLiteral("editAliases"));
    m_detail->setObjectName(QStringLiteral("tickerNumbers"));
    m_watch->setObjectName(QStringLiteral("watchToggle"));
    m_watch->setCheckable(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    // The badge keeps its colours in both themes: white on a warm orange reads on light and dark.
    m_buzz->setStyleSheet(QStringLiteral("QLabel { background: #d9480f; color: white; border-radius: 4px; "
                                         "padding: 1px 6px; font-weight: bold; }"));
    m_buzz->setVisible(false);
    m_aliases->setWordWrap(true);
    m_aliases->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editAliases->setFlat(true);
    m_detail->setWordWrap(true);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_buzz, 0, Qt::AlignTop);
    auto *aliasRow = new QHBoxLayout;
    aliasRow->addWidget(m_aliases, 1);
    aliasRow->addWidget(m_editAliases, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_watch);
    buttons->addWidget(m_fetch);
    buttons->addWidget(m_subscribe);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 2);
    layout->setSpacing(2);
    layout->addLayout(titleRow);
    layout->addLayout(aliasRow);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);

    connect(m_watch, &QPushButton::clicked, this, [this] { Q_EMIT watchToggled(m_ticker, !m_watched); });
    connect(m_fetch, &QPushButton::clicked, this, [this] { Q_EMIT fetchLatestRequested(m_ticker); });
    connect(m_subscribe, &QPushButton::clicked, this, [this] { Q_EMIT subscribeRequested(m_ticker); });
    connect(m_editAliases, &QPushButton::clicked, this, &TickerHeader::aliasesEditRequested);
    setNewsActionsAvailable(false);
    retranslate();
}

void TickerHeader::setTicker(const QString &ticker, const QString &name, bool watched)
{
    m_ticker = ticker;
    m_name = name;
    m_watched = watched;
    retranslate();
}

void TickerHeader::setNumbers(const std::optional<Numbers> &numbers)
{
    m_numbers = numbers;
    retranslate();
}

void TickerHeader::setAliases(const QStringList &aliases)
{
    m_aliasList = aliases;
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
    const QLocale locale;
    m_title->setText(m_name.isEmpty() ? m_ticker : m_name + u"  " + m_ticker);
    m_aliases->setText(m_aliasList.isEmpty() ? tr("No other names are marked in articles")
                                             : tr("Also called: %1").arg(m_aliasList.join(tr(", "))));
    m_editAliases->setText(tr("Edit Names…"));
    m_editAliases->setToolTip(tr("The company names marked as this ticker in articles"));
    if (!m_numbers) {
        m_detail->setText(tr("Counting stored articles…"));
        m_buzz->setVisible(false);
    } else {
        m_detail->setText(tr("%1 · %2 unread · %3 in the last 7 days")
                              .arg(tr("%n stored article(s)", nullptr, m_numbers->total),
                                  locale.toString(m_numbers->unread), locale.toString(m_numbers->last7Days)));
        m_buzz->setText(tr("Buzz"));
        m_buzz->setToolTip(tr("%n article(s) today against a 30-day daily mean of %1", nullptr, m_numbers->today)
                               .arg(locale.toString(m_numbers->mean, 'f', 1)));
        m_buzz->setAccessibleName(tr("Buzz") + u": " + m_buzz->toolTip());
        m_buzz->setVisible(m_numbers->buzz);
    }
    m_detail->setAccessibleName(m_detail->text());
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
