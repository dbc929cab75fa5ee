#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Newsdesk::Ui {

// Above the list in a ticker's view: the ticker's name, how many articles relate to it, an
// add/remove watchlist toggle, and the news actions that need subscriptions.
class TickerHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TickerHeader)

public:
    explicit TickerHeader(QWidget *parent = nullptr);
    ~TickerHeader() override = default;

    void setTicker(const QString &ticker, const QString &name, int articleCount, bool watched);
    void setNewsActionsAvailable(bool available);
    void setSubscribed(bool subscribed);
    QString ticker() const { return m_ticker; }
    bool watched() const { return m_watched; }

    QPushButton *watchButton() const { return m_watch; }
    QPushButton *fetchButton() const { return m_fetch; }
    QPushButton *subscribeButton() const { return m_subscribe; }

Q_SIGNALS:
    void watchToggled(const QString &ticker, bool watch);
    void fetchLatestRequested(const QString &ticker);
    void subscribeRequested(const QString &ticker);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_ticker;
    QString m_name;
    int m_count = 0;
    bool m_watched = false;
    bool m_subscribed = false;
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_watch = nullptr;
    QPushButton *m_fetch = nullptr;
    QPushButton *m_subscribe = nullptr;
};

} // namespace Newsdesk::Ui
