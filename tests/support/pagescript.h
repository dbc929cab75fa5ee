#pragma once

// Runs a script in a WebEngine page and waits for its value, for tests that look into a rendered
// page. Header-only: only tests that link Qt WebEngine include it.

#include <QTest>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace Newsdesk::Test {

// In the application world, runJavaScript works with JavaScript disabled for the page itself.
inline QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("script did not finish: %s", qPrintable(script));
    return result;
}

} // namespace Newsdesk::Test
