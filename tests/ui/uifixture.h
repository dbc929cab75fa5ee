#pragma once

// Shared by the reader's GUI tests: settings in a temporary directory, a real library file, and
// articles built in the test or imported from the bundled sample library.

#include "controller/importer.h"
#include "core/article.h"
#include "core/ticker.h"
#include "storage/library.h"

#include <QDateTime>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QString>
#include <QTest>
#include <QUrl>

namespace Newsdesk::UiTest {

// QSettings and the standard paths point into `dir`, never at the user's files.
inline void useTemporarySettings(const QString &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QSettings().clear();
}

inline QString sampleDir()
{
    return QStringLiteral(NEWSDESK_SOURCE_DIR "/resources/sample");
}

inline QUrl newsUrl(const QString &id, const QString &locale)
{
    return QUrl(QStringLiteral("https://longbridge.com/%1/news/%2.md").arg(locale, id));
}

// A news article: key = news id, the three variants listed, the tickers as related stocks.
inline Core::Article article(const QString &id, const QString &locale, const QString &title, const QDateTime &published,
    const QStringList &tickers = {}, const QString &body = {})
{
    Core::Article a;
    a.key = id;
    a.locale = locale;
    a.title = title;
    a.type = QStringLiteral("News");
    a.url = newsUrl(id, locale);
    a.published = published;
    a.body = body.isEmpty() ? QStringLiteral("Body of ") + title : body;
    for (const char *variant : {"en", "zh-CN", "zh-HK"}) {
        const QString code = QString::fromLatin1(variant);
        a.variants.append({code, newsUrl(id, code)});
    }
    for (const QString &t : tickers)
        a.relatedStocks.append({t, Core::Ticker::keyFor(t), t + QStringLiteral(" Inc"),
            QUrl(QStringLiteral("https://longbridge.com/en/quote/%1.md").arg(t))});
    a.source = QStringLiteral("---\ntitle: \"%1\"\n---\n\n%2\n").arg(title, a.body);
    return a;
}

// Imports files or folders with the reader's own importer and waits for it.
inline Ui::ImportSummary importAndWait(const QString &databasePath, const QStringList &paths)
{
    Ui::Importer importer(databasePath);
    QSignalSpy finished(&importer, &Ui::Importer::finished);
    if (!importer.start(paths) || !finished.wait(30000))
        return Ui::cancelledImport();
    return finished.first().first().value<Ui::ImportSummary>();
}

} // namespace Newsdesk::UiTest
