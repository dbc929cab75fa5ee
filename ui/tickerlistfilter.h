#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Newsdesk::Ui {

// Narrows a ticker view's list: by the ticker's role in the article (primary, related, mentioned
// only) and by language.
class TickerListFilter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TickerListFilter)

public:
    explicit TickerListFilter(QWidget *parent = nullptr);
    ~TickerListFilter() override = default;

    // Back to every role and language, without a signal (a new ticker's view starts so).
    void reset();
    int role() const; // -1: any; else Core::TickerRole
    QString locale() const; // "": any
    QComboBox *roleBox() const { return m_role; }
    QComboBox *languageBox() const { return m_language; }

Q_SIGNALS:
    void changed(int role, const QString &locale);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace Newsdesk::Ui
