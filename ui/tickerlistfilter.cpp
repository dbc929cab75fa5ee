#include "ui/tickerlistfilter.h"

#include "core/tickerrole.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace Newsdesk::Ui {

TickerListFilter::TickerListFilter(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("tickerListFilter"));
    m_role->setObjectName(QStringLiteral("tickerRoleFilter"));
    m_language->setObjectName(QStringLiteral("tickerLanguageFilter"));
    m_role->addItem(QString(), -1);
    m_role->addItem(QString(), int(Core::TickerRole::Primary));
    m_role->addItem(QString(), int(Core::TickerRole::Related));
    m_role->addItem(QString(), int(Core::TickerRole::Mentioned));
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral(u"简体中文"), QStringLiteral("zh-CN"));
    m_language->addItem(QStringLiteral(u"繁體中文"), QStringLiteral("zh-HK"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_role);
    layout->addWidget(m_language);
    layout->addStretch(1);
    const auto emitChanged = [this] {
        Q_EMIT changed(role(), locale());
    };
    connect(m_role, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, emitChanged);
    retranslate();
}

void TickerListFilter::reset()
{
    const QSignalBlocker roleBlocker(m_role);
    const QSignalBlocker languageBlocker(m_language);
    m_role->setCurrentIndex(0);
    m_language->setCurrentIndex(0);
}

int TickerListFilter::role() const
{
    return m_role->currentData().toInt();
}

QString TickerListFilter::locale() const
{
    return m_language->currentData().toString();
}

void TickerListFilter::retranslate()
{
    m_label->setText(tr("Show:"));
    m_role->setItemText(0, tr("Every role"));
    m_role->setItemText(1, tr("Primary"));
    m_role->setItemText(2, tr("Related"));
    m_role->setItemText(3, tr("Mentioned only"));
    m_role->setToolTip(tr("Primary: first of the article's related stocks, or named in its title; related: among its "
                          "related stocks; mentioned: only in its text"));
    m_language->setItemText(0, tr("Every language"));
}

void TickerListFilter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Newsdesk::Ui
