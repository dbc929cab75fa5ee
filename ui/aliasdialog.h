#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace Newsdesk::Ui {

class TickerInsight;

// The names a ticker's company goes by in articles (marked as the ticker), to add to or take from.
// Non-modal; every edit goes to the insight, which stores it and gives the list back.
class AliasDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AliasDialog)

public:
    explicit AliasDialog(TickerInsight *insight, QWidget *parent = nullptr);
    ~AliasDialog() override = default;

    QListWidget *list() const { return m_list; }
    QLineEdit *field() const { return m_field; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void reload();
    void addTyped();

    TickerInsight *m_insight = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_field = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Newsdesk::Ui
