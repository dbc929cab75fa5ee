#include "controller/readdelay.h"

#include <QTimer>

namespace Newsdesk::Ui {

TimerReadDelay::TimerReadDelay(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (auto elapsed = std::exchange(m_elapsed, nullptr))
            elapsed();
    });
}

void TimerReadDelay::start(int ms, std::function<void()> elapsed)
{
    m_elapsed = std::move(elapsed);
    m_timer->start(ms);
}

void TimerReadDelay::stop()
{
    m_timer->stop();
    m_elapsed = nullptr;
}

} // namespace Newsdesk::Ui
