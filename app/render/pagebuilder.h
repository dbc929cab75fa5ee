#pragma once

#include "core/article.h"
#include "render/pagetheme.h"
#include "render/tickermarker.h"

#include <QSet>
#include <QString>
#include <QTimeZone>

namespace Newsdesk::Render {

struct PageOptions
{
    PageTheme theme = PageTheme::Light;
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // where the publish time is shown
    // What the reader knows of the library (the CLI's render leaves these empty): Related News
    // URLs that are stored (marked as readable offline), and, with remote images off, the image
    // sources stored; other images show their alt text and "Load image" (imageblocker.h).
    QSet<QString> storedNews;
    bool blockRemoteImages = false;
    QSet<QString> storedImages;
    // The aliases of the article's tickers and the watchlist: its tickers are marked in its text
    // (tickermarker.h). Empty: only the tickers as written are marked.
    Core::TickerFacts tickers;
};

// The HTML page around a rendered body: a header built from the model (title, publish time,
// source host, locale variants, tickers), the body, Related Stocks as ticker chips and Related
// News as a list; all links in-app (newsdesk://…). A strict Content-Security-Policy (no script at
// all, resources only from newsdesk:), a theme class on the root element, the stylesheets from
// newsdesk://resource/. Everything taken from the model is escaped here; the body must already be
// safe HTML (renderMarkdown, spliceCodeBlocks or plainTextFallback).
class PageBuilder final
{
public:
    explicit PageBuilder(PageOptions options = {});

    static QString contentSecurityPolicy();

    QString articlePage(const Core::Article &article, const QString &bodyHtml) const;
    // The original document, already highlighted (or escaped) as HTML.
    QString sourcePage(const Core::Article &article, const QString &sourceHtml) const;
    // A page that only says something (article not found, …).
    QString messagePage(const QString &title, const QString &message) const;

private:
    QString page(const QString &language, const QString &title, const QString &bodyClass, const QString &content) const;
    QString header(const Core::Article &article) const;
    QString publishTime(const QDateTime &published) const;

    PageOptions m_options;
};

} // namespace Newsdesk::Render
