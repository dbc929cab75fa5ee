#include "ui/rulesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Newsdesk::Ui {

namespace {

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1StringView(name));
    b->setAutoDefault(false);
    return b;
}

QCheckBox *check(const QString &text, const char *name, QWidget *parent)
{
    auto *c = new QCheckBox(text, parent);
    c->setObjectName(QLatin1StringView(name));
    return c;
}

} // namespace

RulesDialog::RulesDialog(Storage::Library &library, QWidget *parent)
    : QDialog(parent)
    , m_rules(library)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_query(new QLineEdit(this))
    , m_labels(new QLineEdit(this))
    , m_markRead(check(tr("Mark read"), "ruleMarkRead", this))
    , m_bookmark(check(tr("Bookmark"), "ruleBookmark", this))
    , m_notify(check(tr("Notify me"), "ruleNotify", this))
    , m_mute(check(tr("Mute (leave out of All and Unread)"), "ruleMute", this))
    , m_stop(check(tr("Stop: later rules do not see what this one matched"), "ruleStop", this))
    , m_preview(new QLabel(this))
    , m_message(new QLabel(this))
    , m_add(button(tr("Add"), "addRule", this))
    , m_save(button(tr("Save"), "saveRule", this))
    , m_remove(button(tr("Remove"), "removeRule", this))
    , m_up(button(tr("Move Up"), "moveRuleUp", this))
    , m_down(button(tr("Move Down"), "moveRuleDown", this))
    , m_apply(button(tr("Apply to Existing Articles…"), "applyRule", this))
{
    setObjectName(QStringLiteral("rulesDialog"));
    setWindowTitle(tr("Rules"));
    m_list->setObjectName(QStringLiteral("ruleList"));
    // Dragging a row is another way to change the order (as Move Up / Move Down do).
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_query->setObjectName(QStringLiteral("ruleQuery"));
    m_query->setPlaceholderText(tr("A search, for example ticker:AAPL earnings"));
    m_labels->setObjectName(QStringLiteral("ruleLabels"));
    m_labels->setPlaceholderText(tr("Labels to add, separated by commas"));
    m_preview->setObjectName(QStringLiteral("rulePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("ruleMessage"));
    m_message->setWordWrap(true);
    auto *previewButton = button(tr("Preview"), "previewRule", this);

    auto *order = new QLabel(tr("Rules run in this order on every arriving article."), this);
    order->setWordWrap(true);
    auto *moves = new QHBoxLayout;
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    moves->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(order);
    left->addWidget(m_list, 1);
    left->addLayout(moves);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Search:"), m_query);
    form->addRow(tr("Labels:"), m_labels);
    for (QCheckBox *c : {m_markRead, m_bookmark, m_notify, m_mute, m_stop})
        form->addRow(c);
    auto *edits = new QHBoxLayout;
    edits->addWidget(m_add);
    edits->addWidget(m_save);
    edits->addWidget(previewButton);
    edits->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(edits);
    right->addWidget(m_preview);
    right->addWidget(m_apply);
    right->addStretch(1);
    right->addWidget(m_message);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 4);
    columns->addLayout(right, 5);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(920, 480);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_list, &QListWidget::currentRowChanged, this, &RulesDialog::showSelected);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
        [this](const QModelIndex &, int start, int, const QModelIndex &, int destination) {
            rowDropped(destination > start ? destination - 1 : destination);
        });
    connect(m_add, &QPushButton::clicked, this, &RulesDialog::addRule);
    connect(m_save, &QPushButton::clicked, this, &RulesDialog::saveRule);
    connect(m_remove, &QPushButton::clicked, this, &RulesDialog::removeRule);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(previewButton, &QPushButton::clicked, this, &RulesDialog::showPreview);
    connect(m_apply, &QPushButton::clicked, this, &RulesDialog::askApply);
    reload();
}

void RulesDialog::reload(qint64 selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Storage::Rule &rule : m_rules.rules()) {
        auto *item = new QListWidgetItem(rule.name + u" — " + RuleList::summary(rule), m_list);
        item->setData(Qt::UserRole, rule.id);
        item->setData(Qt::UserRole + 1, rule.name);
        item->setToolTip(rule.query);
        if (rule.id == selectId)
            m_list->setCurrentItem(item);
    }
    const bool selected = m_list->currentRow() >= 0;
    for (QPushButton *b : {m_save, m_remove, m_up, m_down, m_apply})
        b->setEnabled(selected);
}

qint64 RulesDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void RulesDialog::showSelected()
{
    const qint64 id = selectedId();
    for (QPushButton *b : {m_save, m_remove, m_up, m_down, m_apply})
        b->setEnabled(id != 0);
    const QList<Storage::Rule> rules = m_rules.rules();
    for (const Storage::Rule &rule : rules) {
        if (rule.id != id)
            continue;
        m_name->setText(rule.name);
        m_query->setText(rule.query);
        m_labels->setText(rule.labels.join(u", "));
        m_markRead->setChecked(rule.markRead);
        m_bookmark->setChecked(rule.bookmark);
        m_notify->setChecked(rule.notify);
        m_mute->setChecked(rule.mute);
        m_stop->setChecked(rule.stop);
    }
    m_preview->clear();
}

Storage::Rule RulesDialog::formRule() const
{
    Storage::Rule rule;
    rule.name = m_name->text();
    rule.query = m_query->text();
    rule.labels = RuleList::labelsFromText(m_labels->text());
    rule.markRead = m_markRead->isChecked();
    rule.bookmark = m_bookmark->isChecked();
    rule.notify = m_notify->isChecked();
    rule.mute = m_mute->isChecked();
    rule.stop = m_stop->isChecked();
    return rule;
}

void RulesDialog::report(const QString &text)
{
    m_message->setText(text);
}

void RulesDialog::addRule()
{
    QString error;
    const Storage::Rule rule = formRule();
    if (const std::optional<qint64> id = m_rules.add(rule, &error)) {
        reload(*id);
        report(tr("Added the rule “%1”.").arg(rule.name.trimmed()));
    } else {
        report(error);
    }
}

void RulesDialog::saveRule()
{
    Storage::Rule rule = formRule();
    rule.id = selectedId();
    QString error;
    if (m_rules.update(rule, &error)) {
        reload(rule.id);
        report(tr("Saved the rule “%1”.").arg(rule.name.trimmed()));
    } else {
        report(error);
    }
}

void RulesDialog::removeRule()
{
    QString error;
    if (m_rules.remove(selectedId(), &error)) {
        reload();
        report(tr("Removed the rule."));
    } else {
        report(error);
    }
}

void RulesDialog::moveSelected(int delta)
{
    const qint64 id = selectedId();
    const int row = m_list->currentRow() + delta;
    if (id == 0 || row < 0 || row >= m_list->count())
        return;
    QString error;
    if (m_rules.move(id, row, &error))
        reload(id);
    else
        report(error);
}

void RulesDialog::rowDropped(int row)
{
    const QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    QString error;
    const bool moved = m_rules.move(id, row, &error);
    if (!moved)
        report(error);
    // After the drop has finished: the list is rebuilt from the library (as stored, or as it was),
    // the dragged rule selected and in the form.
    QMetaObject::invokeMethod(
        this,
        [this, id] {
            reload(id);
            showSelected();
        },
        Qt::QueuedConnection);
}

void RulesDialog::showPreview()
{
    const RulePreview preview = m_rules.preview(m_query->text(), QDateTime::currentDateTimeUtc());
    if (!preview.error.isEmpty()) {
        m_preview->setText(preview.error);
        return;
    }
    QString text = tr("In the last 30 days this search matched %n article(s).", nullptr, preview.count);
    for (const QString &title : preview.titles)
        text += u"\n• " + title;
    m_preview->setText(text);
}

void RulesDialog::askApply()
{
    const qint64 id = selectedId();
    QString error;
    const std::optional<int> count = m_rules.wouldChange(id, &error);
    if (!count) {
        report(error);
        return;
    }
    if (*count == 0) {
        report(tr("The rule would change no stored article."));
        return;
    }
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Apply Rule"),
        tr("Applying “%1” would change %n stored article(s).", nullptr, *count)
            .arg(m_list->currentItem()->data(Qt::UserRole + 1).toString()),
        QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("applyRuleConfirm"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *apply = confirm->addButton(tr("Apply"), QMessageBox::AcceptRole);
    apply->setObjectName(QStringLiteral("confirmApplyRule"));
    connect(apply, &QPushButton::clicked, this, [this, id] {
        QString failure;
        if (const std::optional<int> changed = m_rules.apply(id, &failure)) {
            report(tr("Changed %n article(s).", nullptr, *changed));
            Q_EMIT articlesChanged();
        } else {
            report(failure);
        }
    });
    confirm->open();
}

} // namespace Newsdesk::Ui
