#pragma once

#include <QObject>

#include <functional>
#include <utility>

class QTimer;

namespace Newsdesk::Ui {

// How long an article must stay on screen before the read rule marks it read. The reader uses a
// timer; tests give the controller a delay they fire themselves, so no test waits on the clock.
class ReadDelay
{
public:
    virtual ~ReadDelay() = default;
    // Calls `elapsed` once after `ms`, unless stopped or started again first.
    virtual void start(int ms, std::function<void()> elapsed) = 0;
    virtual void stop() = 0;
};

class TimerReadDelay final : public QObject, public ReadDelay
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimerReadDelay)

public:
    explicit TimerReadDelay(QObject *parent = nullptr);
    ~TimerReadDelay() override = default;

    void start(int ms, std::function<void()> elapsed) override;
    void stop() override;

private:
    QTimer *m_timer = nullptr;
    std::function<void()> m_elapsed;
};

// Fires when the test says so.
class ManualReadDelay final : public ReadDelay
{
public:
    void start(int ms, std::function<void()> elapsed) override
    {
        m_ms = ms;
        m_elapsed = std::move(elapsed);
    }
    void stop() override { m_elapsed = nullptr; }
    bool isRunning() const { return bool(m_elapsed); }
    int interval() const { return m_ms; }
    // Lets the delay elapse now.
    void fire()
    {
        if (auto elapsed = std::exchange(m_elapsed, nullptr))
            elapsed();
    }

private:
    int m_ms = 0;
    std::function<void()> m_elapsed;
};

} // namespace Newsdesk::Ui
