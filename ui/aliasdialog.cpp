#include "ui/aliasdialog.h"

#include "controller/tickerinsight.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Newsdesk::Ui {

AliasDialog::AliasDialog(TickerInsight *insight, QWidget *parent)
    : QDialog(parent)
    , m_insight(insight)
    , m_list(new QListWidget(this))
    , m_field(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("aliasDialog"));
    setWindowTitle(tr("Names of %1").arg(insight->ticker()));
    m_list->setObjectName(QStringLiteral("aliasList"));
    m_field->setObjectName(QStringLiteral("aliasField"));
    m_field->setPlaceholderText(tr("Another name, for example a brand"));
    m_add->setObjectName(QStringLiteral("addAlias"));
    m_remove->setObjectName(QStringLiteral("removeAlias"));
    auto *explanation = new QLabel(tr("Articles that relate to or mention %1 mark these names as the ticker. "
                                      "A name removed here stays removed when articles bring it again.")
                                       .arg(insight->ticker()),
        this);
    explanation->setWordWrap(true);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_field, 1);
    addRow->addWidget(m_add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_list, 1);
    layout->addLayout(addRow);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_add, &QPushButton::clicked, this, &AliasDialog::addTyped);
    connect(m_field, &QLineEdit::returnPressed, this, &AliasDialog::addTyped);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_list->currentItem())
            m_insight->removeAlias(item->text());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_insight, &TickerInsight::aliasesChanged, this, &AliasDialog::reload);
    reload();
}

void AliasDialog::reload()
{
    m_list->clear();
    m_list->addItems(m_insight->aliases());
    m_remove->setEnabled(false);
}

void AliasDialog::addTyped()
{
    const QString alias = m_field->text().simplified();
    if (alias.isEmpty())
        return;
    m_insight->addAlias(alias);
    m_field->clear();
}

} // namespace Newsdesk::Ui
