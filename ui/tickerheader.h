#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace Newsdesk::Ui {

// The top of a ticker's view: the ticker and its company's name with a Buzz badge when its news
// count today is one, the other names the company goes by (editable), the numbers of stored
// articles (total, unread, last 7 days), an add/remove watchlist toggle, and the news actions that
// need subscriptions.
class TickerHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TickerHeader)

public:
    struct Numbers
    {
        int total = 0;
        int unread = 0;
        int last7Days = 0;
        int today = 0;
        double mean = 0; // today's count is a buzz against this 30-day daily mean
        bool buzz = false;
    };

    explicit TickerHeader(QWidget *parent = nullptr);
    ~TickerHeader() override = default;

    void setTicker(const QString &ticker, const QString &name, bool watched);
    // Until they come (they are counted off the GUI thread) the header says they are being counted.
    void setNumbers(const std::optional<Numbers> &numbers);
    void setAliases(const QStringList &aliases);
    void setNewsActionsAvailable(bool available);
    void setSubscribed(bool subscribed);
    QString ticker() const { return m_ticker; }
    bool watched() const { return m_watched; }

    QPushButton *watchButton() const { return m_watch; }
    QPushButton *fetchButton() const { return m_fetch; }
    QPushButton *subscribeButton() const { return m_subscribe; }
    QPushButton *aliasesButton() const { return m_editAliases; }
    QLabel *numbersLabel() const { return m_detail; }
    QLabel *buzzBadge() const { return m_buzz; }
    QLabel *aliasesLabel() const { return m_aliases; }

Q_SIGNALS:
    void watchToggled(const QString &ticker, bool watch);
    void fetchLatestRequested(const QString &ticker);
    void subscribeRequested(const QString &ticker);
    void aliasesEditRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_ticker;
    QString m_name;
    std::optional<Numbers> m_numbers;
    QStringList m_aliasList;
    bool m_watched = false;
    bool m_subscribed = false;
    QLabel *m_title = nullptr;
    QLabel *m_buzz = nullptr;
    QLabel *m_aliases = nullptr;
    QPushButton *m_editAliases = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_watch = nullptr;
    QPushButton *m_fetch = nullptr;
    QPushButton *m_subscribe = nullptr;
};

} // namespace Newsdesk::Ui
