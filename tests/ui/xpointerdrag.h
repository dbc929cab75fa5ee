#pragma once

// A real mouse drag for the GUI tests that need Qt's own drag loop (xcb under Xvfb; the offscreen
// platform has none): xdotool, another process, presses the X pointer at `start`, moves it in steps
// (past the drag distance, then to `end`) and releases it while this process's event loop runs.

#include <QDeadlineTimer>
#include <QPoint>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace Newsdesk::UiTest {

// True once xdotool has run the whole drag and exited 0 (within 15 s).
inline bool dragWithXPointer(const QPoint &start, const QPoint &end)
{
    QStringList script{QStringLiteral("mousemove"), QString::number(start.x()), QString::number(start.y()),
        QStringLiteral("sleep"), QStringLiteral("0.2"), QStringLiteral("mousedown"), QStringLiteral("1")};
    constexpr int steps = 12;
    for (int i = 1; i <= steps; ++i) {
        const QPoint p = start + (end - start) * i / steps;
        script << QStringLiteral("mousemove") << QString::number(p.x()) << QString::number(p.y())
               << QStringLiteral("sleep") << QStringLiteral("0.08");
    }
    script << QStringLiteral("sleep") << QStringLiteral("0.3") << QStringLiteral("mouseup") << QStringLiteral("1");
    QProcess pointer;
    pointer.start(QStringLiteral("xdotool"), script);
    if (!pointer.waitForStarted())
        return false;
    const QDeadlineTimer deadline(15000);
    while (pointer.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    return pointer.state() == QProcess::NotRunning && pointer.exitStatus() == QProcess::NormalExit
        && pointer.exitCode() == 0;
}

} // namespace Newsdesk::UiTest
