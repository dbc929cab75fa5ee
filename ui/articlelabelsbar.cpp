#include "ui/articlelabelsbar.h"

#include "controller/readercontroller.h"

#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

#include <functional>

namespace Newsdesk::Ui {

namespace {

// A label's name is at most 64 characters (Core::maxLabelLength); a little more is typed so that
// the library, not the field, says what is wrong with a longer one.
constexpr int fieldMaxLength = 80;

// Esc in the field gives up adding, as it does in the search field.
class LabelField final : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
    std::function<void()> onEscape;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape && onEscape) {
            onEscape();
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
};

} // namespace

ArticleLabelsBar::ArticleLabelsBar(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_chips(new QWidget(this))
    , m_chipsLayout(new QHBoxLayout(m_chips))
    , m_add(new QToolButton(this))
{
    setObjectName(QStringLiteral("articleLabels"));
    auto *field = new LabelField(this);
    field->onEscape = [this] {
        closeField();
    };
    m_field = field;
    m_field->setObjectName(QStringLiteral("articleLabelField"));
    m_field->setMaxLength(fieldMaxLength);
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(160);
    m_field->setVisible(false);
    auto *completer = new QCompleter(new QStringListModel(this), m_field);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_field->setCompleter(completer);
    m_add->setObjectName(QStringLiteral("addArticleLabel"));
    m_add->setAutoRaise(true);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_chipsLayout->setContentsMargins(0, 0, 0, 0);
    m_chipsLayout->setSpacing(4);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->setSpacing(6);
    layout->addWidget(m_caption);
    layout->addWidget(m_chips);
    layout->addWidget(m_field);
    layout->addWidget(m_add);
    layout->addStretch(1);

    connect(m_add, &QToolButton::clicked, this, &ArticleLabelsBar::openField);
    connect(m_field, &QLineEdit::returnPressed, this, &ArticleLabelsBar::submit);
    setVisible(false);
    retranslate();
}

void ArticleLabelsBar::follow(ReaderController *controller)
{
    m_controller = controller;
    connect(controller, &ReaderController::articleShown, this, [this](Storage::DocId doc) { showFor(doc); });
    connect(controller, &ReaderController::labelsChanged, this, [this](Storage::DocId doc) {
        if (m_doc == doc)
            setLabels(m_controller->labelsOf(doc));
    });
}

void ArticleLabelsBar::showFor(Storage::DocId doc)
{
    if (m_doc != doc)
        closeField();
    m_doc = doc;
    setLabels(m_controller->labelsOf(doc));
    setVisible(true);
}

void ArticleLabelsBar::setLabels(const QStringList &labels)
{
    m_labels = labels;
    while (QLayoutItem *item = m_chipsLayout->takeAt(0)) {
        // Later: the click on a chip's own button may be what removed its label.
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    for (const QString &label : labels) {
        auto *chip = new QFrame(m_chips);
        chip->setObjectName(QStringLiteral("labelChip"));
        chip->setFrameShape(QFrame::StyledPanel);
        chip->setStyleSheet(QStringLiteral("#labelChip { border: 1px solid palette(mid); border-radius: 9px; }"));
        auto *chipLayout = new QHBoxLayout(chip);
        chipLayout->setContentsMargins(8, 0, 0, 0);
        chipLayout->setSpacing(0);
        auto *name = new QLabel(label, chip);
        name->setObjectName(QStringLiteral("labelChipName"));
        name->setTextFormat(Qt::PlainText);
        auto *remove = new QToolButton(chip);
        remove->setObjectName(QStringLiteral("removeArticleLabel"));
        remove->setAutoRaise(true);
        remove->setText(QStringLiteral("×"));
        remove->setToolTip(tr("Remove Label “%1”").arg(label));
        remove->setAccessibleName(remove->toolTip());
        connect(remove, &QToolButton::clicked, this, [this, label] {
            if (m_doc)
                m_controller->removeLabel(*m_doc, label);
        });
        chipLayout->addWidget(name);
        chipLayout->addWidget(remove);
        m_chipsLayout->addWidget(chip);
        chip->show(); // now, not once the layout gets to it: the bar never shows a stale set
    }
    m_chips->setVisible(!labels.isEmpty());
}

void ArticleLabelsBar::openField()
{
    if (!m_doc)
        return;
    if (auto *model = qobject_cast<QStringListModel *>(m_field->completer()->model()))
        model->setStringList(m_controller->labelNames());
    m_field->clear();
    m_add->setVisible(false);
    m_field->setVisible(true);
    m_field->setFocus(Qt::OtherFocusReason);
}

void ArticleLabelsBar::closeField()
{
    m_field->clear();
    m_field->setVisible(false);
    m_add->setVisible(true);
}

void ArticleLabelsBar::submit()
{
    const QString label = m_field->text().trimmed();
    if (m_doc && !label.isEmpty())
        m_controller->addLabel(*m_doc, label);
    closeField();
}

void ArticleLabelsBar::retranslate()
{
    m_add->setText(tr("Add Label…"));
    m_add->setToolTip(tr("Add a label to this article"));
    m_field->setPlaceholderText(tr("Label, then Enter"));
    m_caption->setText(tr("Labels:"));
    for (QToolButton *remove : m_chips->findChildren<QToolButton *>(QStringLiteral("removeArticleLabel"))) {
        const auto *name = remove->parentWidget()->findChild<QLabel *>(QStringLiteral("labelChipName"));
        remove->setToolTip(tr("Remove Label “%1”").arg(name ? name->text() : QString()));
        remove->setAccessibleName(remove->toolTip());
    }
}

void ArticleLabelsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Newsdesk::Ui
