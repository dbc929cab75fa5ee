#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Newsdesk::Core {

// A listed instrument written CODE.MARKET: "AMZN.US", "BRK.B.US", ".DJI.US", "700.HK", "600519.SH".
// The market is the last dot segment. The spelling is kept for display and links; comparisons use
// key(), under which "700.HK", "0700.HK" and "00700.HK" are one stock.
class Ticker final
{
public:
    static std::optional<Ticker> parse(QStringView text);

    // The key for any text: that of the parsed ticker, else the text upper-cased and trimmed.
    static QString keyFor(QStringView text);

    QString text() const { return m_text; } // as written
    QString code() const;
    QString market() const;
    QString key() const;

    friend bool operator==(const Ticker &a, const Ticker &b) { return a.key() == b.key(); }

private:
    explicit Ticker(QString text, qsizetype marketDot)
        : m_text(std::move(text))
        , m_marketDot(marketDot)
    {
    }

    QString m_text;
    qsizetype m_marketDot = -1;
};

// Tickers mentioned in running text as "(AMZN.US)" or "（HBLN.US）", unique by key, in order.
QList<Ticker> findTickerMentions(QStringView text);

} // namespace Newsdesk::Core
