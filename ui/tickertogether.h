#pragma once

#include "storage/library.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace Newsdesk::Ui {

// "Often together": the tickers most often in the same articles over the last 90 days, each a
// button with its count that opens that ticker's view.
class TickerTogether final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TickerTogether)

public:
    explicit TickerTogether(QWidget *parent = nullptr);
    ~TickerTogether() override = default;

    void setTogether(const QList<Storage::TickerCount> &together);
    QList<QToolButton *> buttons() const { return m_buttons; }

Q_SIGNALS:
    void tickerClicked(const QString &ticker);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<Storage::TickerCount> m_together;
    QLabel *m_label = nullptr;
    QHBoxLayout *m_row = nullptr;
    QList<QToolButton *> m_buttons;
};

} // namespace Newsdesk::Ui
