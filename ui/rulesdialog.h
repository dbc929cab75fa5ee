#pragma once

#include "controller/rulelist.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Newsdesk::Ui {

// The rules in their processing order beside a form for one: select a row to edit it, Add makes
// the form a new rule, Save changes the selected one; Move Up / Move Down or a drag reorder them. Preview counts what
// the form's query matched in the last 30 days; Apply says how many stored articles the selected rule would change and
// changes them on confirmation. Non-modal; decisions are RuleList's.
class RulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesDialog)

public:
    explicit RulesDialog(Storage::Library &library, QWidget *parent = nullptr);
    ~RulesDialog() override = default;

Q_SIGNALS:
    // Articles changed by Apply: lists and counts are stale.
    void articlesChanged();

private:
    void reload(qint64 selectId = 0);
    void showSelected();
    Storage::Rule formRule() const;
    void addRule();
    void saveRule();
    void removeRule();
    void moveSelected(int delta);
    // A row dragged to `row` (the list already shows it there).
    void rowDropped(int row);
    void showPreview();
    void askApply();
    qint64 selectedId() const;
    void report(const QString &text);

    RuleList m_rules;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_query = nullptr;
    QLineEdit *m_labels = nullptr;
    QCheckBox *m_markRead = nullptr;
    QCheckBox *m_bookmark = nullptr;
    QCheckBox *m_notify = nullptr;
    QCheckBox *m_mute = nullptr;
    QCheckBox *m_stop = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace Newsdesk::Ui
