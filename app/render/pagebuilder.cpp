#include "render/pagebuilder.h"

#include "core/feeditem.h"
#include "core/links.h"
#include "core/ticker.h"
#include "render/pageresources.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Newsdesk::Render {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString href(const QUrl &url)
{
    return QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded)).toHtmlEscaped();
}

// Known locales first, in a fixed order, so the switcher does not move between variants.
int localeRank(const QString &locale)
{
    static const QStringList order{QStringLiteral("en"), QStringLiteral("zh-CN"), QStringLiteral("zh-HK")};
    const qsizetype index = order.indexOf(locale);
    return index < 0 ? int(order.size()) : int(index);
}

QString localeSwitcher(const Core::Article &article)
{
    const QString current = Core::normalizeLocale(article.locale);
    QStringList locales;
    if (!current.isEmpty())
        locales.append(current);
    for (const Core::LocaleVariant &variant : article.variants) {
        const QString locale = Core::normalizeLocale(variant.locale);
        if (!locale.isEmpty() && !locales.contains(locale))
            locales.append(locale);
    }
    if (locales.size() < 2)
        return {};
    std::stable_sort(locales.begin(), locales.end(),
        [](const QString &a, const QString &b) { return localeRank(a) < localeRank(b); });
    QString html = u"<nav class=\"article-locales\" aria-label=\""
        % esc(QCoreApplication::translate("Newsdesk::Render::PageBuilder", "Languages")) % u"\">";
    for (const QString &locale : std::as_const(locales)) {
        const QString name = esc(Core::localeNativeName(locale));
        if (locale == current) {
            html += u"<span class=\"locale current\" lang=\"" % esc(locale) % u"\" aria-current=\"page\">" % name
                % u"</span>";
        } else {
            html += u"<a class=\"locale\" lang=\"" % esc(locale) % u"\" href=\""
                % href(Core::AppUrl::articlePage(article.key, locale)) % u"\">" % name % u"</a>";
        }
    }
    return html + u"</nav>\n";
}

QString tickerChips(const Core::Article &article)
{
    QSet<QString> seen;
    QString chips;
    const auto add = [&](const QString &ticker) {
        const QString key = Core::Ticker::keyFor(ticker);
        if (ticker.isEmpty() || seen.contains(key))
            return;
        seen.insert(key);
        chips += u"<li><a class=\"ticker\" href=\"" % href(Core::AppUrl::ticker(ticker)) % u"\">" % esc(ticker)
            % u"</a></li>";
    };
    for (const Core::RelatedStock &stock : article.relatedStocks)
        add(stock.ticker);
    for (const QString &mention : article.mentions)
        add(mention);
    if (chips.isEmpty())
        return {};
    return u"<ul class=\"article-tickers\" aria-label=\""
        % esc(QCoreApplication::translate("Newsdesk::Render::PageBuilder", "Tickers")) % u"\">" % chips % u"</ul>\n";
}

QString relatedStocks(const Core::Article &article)
{
    if (article.relatedStocks.isEmpty())
        return {};
    QString html = u"<section class=\"related-stocks\">\n<h2>"
        % esc(QCoreApplication::translate("Newsdesk::Render::PageBuilder", "Related Stocks"))
        % u"</h2>\n<ul class=\"chips\">\n";
    for (const Core::RelatedStock &stock : article.relatedStocks) {
        html += u"<li><a class=\"stock-chip\" href=\"" % href(Core::AppUrl::ticker(stock.ticker)) % u"\">";
        if (!stock.name.isEmpty())
            html += u"<span class=\"chip-name\">" % esc(stock.name) % u"</span> ";
        html += u"<span class=\"chip-ticker\">" % esc(stock.ticker) % u"</span></a></li>\n";
    }
    return html + u"</ul>\n</section>\n";
}

QString relatedNewsLink(const Core::RelatedNews &news)
{
    const QString title = esc(news.title.isEmpty() ? news.url.toDisplayString() : news.title);
    QString id = news.id;
    if (id.isEmpty() && news.url.isValid())
        id = Core::newsIdFromUrl(news.url);
    if (!id.isEmpty())
        return u"<a class=\"link-news\" href=\"" % href(Core::AppUrl::news(id)) % u"\">" % title % u"</a>";
    const QString scheme = news.url.scheme().toLower();
    if (scheme == u"https" || scheme == u"http")
        return u"<a class=\"link-external\" href=\"" % href(news.url) % u"\">" % title % u"</a>";
    return u"<a class=\"link-inert\">" % title % u"</a>";
}

// `stored`: the items in the library, readable offline; marked, so the reader knows before clicking.
QString relatedNews(const Core::Article &article, const QSet<QString> &stored)
{
    if (article.relatedNews.isEmpty())
        return {};
    QString html = u"<section class=\"related-news\">\n<h2>"
        % esc(QCoreApplication::translate("Newsdesk::Render::PageBuilder", "Related News")) % u"</h2>\n<ul>\n";
    const QString storedMark = u" <span class=\"stored\" title=\""
        % esc(
            QCoreApplication::translate("Newsdesk::Render::PageBuilder", "In the library: opens at once, also offline"))
        % u"\">" % esc(QCoreApplication::translate("Newsdesk::Render::PageBuilder", "Stored")) % u"</span>";
    for (const Core::RelatedNews &news : article.relatedNews) {
        const bool isStored = stored.contains(news.url.toString(QUrl::FullyEncoded));
        html += (isStored ? u"<li class=\"is-stored\">"_qs : u"<li>"_qs) % relatedNewsLink(news)
            % (isStored ? storedMark : QString()) % u"</li>\n";
    }
    return html + u"</ul>\n</section>\n";
}

// A feed's excerpt says what it is, with a link that fetches the whole article (the app acts on it).
QString excerptNote(const Core::Article &article)
{
    if (article.type != Core::feedExcerptType || article.key.isEmpty())
        return {};
    return u"<p class=\"excerpt-note\">"
        % esc(
            QCoreApplication::translate("Newsdesk::Render::PageBuilder", "This is the feed's excerpt of the article."))
        % u" <a class=\"full-article\" href=\"" % href(Core::AppUrl::fullArticle(article.key)) % u"\">"
        % esc(QCoreApplication::translate("Newsdesk::Render::PageBuilder", "Fetch full article")) % u"</a></p>\n";
}

QString titleOf(const Core::Article &article)
{
    if (!article.title.trimmed().isEmpty())
        return article.title.trimmed();
    return article.key.isEmpty() ? QCoreApplication::translate("Newsdesk::Render::PageBuilder", "Untitled")
                                 : article.key;
}

// {{name}} replaced in one pass, so a value is never scanned for further names.
QString fillTemplate(const QString &pattern, const QList<std::pair<QLatin1StringView, QString>> &values)
{
    QString out;
    out.reserve(pattern.size() + 1024);
    qsizetype pos = 0;
    for (;;) {
        const qsizetype open = pattern.indexOf(u"{{", pos);
        if (open < 0)
            break;
        const qsizetype close = pattern.indexOf(u"}}", open + 2);
        if (close < 0)
            break;
        out += QStringView(pattern).sliced(pos, open - pos);
        const QStringView name = QStringView(pattern).sliced(open + 2, close - open - 2);
        for (const auto &[key, value] : values) {
            if (name == key) {
                out += value;
                break;
            }
        }
        pos = close + 2;
    }
    out += QStringView(pattern).sliced(pos);
    return out;
}

} // namespace

PageBuilder::PageBuilder(PageOptions options)
    : m_options(std::move(options))
{
}

QString PageBuilder::contentSecurityPolicy()
{
    // No script-src at all: default-src 'none' forbids every script, frame, connection and form.
    return QStringLiteral("default-src 'none'; img-src newsdesk:; style-src newsdesk:; font-src newsdesk:; "
                          "base-uri 'none'; form-action 'none'");
}

QString PageBuilder::page(
    const QString &language, const QString &title, const QString &bodyClass, const QString &content) const
{
    const QString theme = themeName(m_options.theme);
    return fillTemplate(PageResources::pageTemplate(),
        {
            {QLatin1StringView("lang"), esc(language.isEmpty() ? QStringLiteral("und") : language)},
            {QLatin1StringView("theme"), theme},
            {QLatin1StringView("csp"), esc(contentSecurityPolicy())},
            {QLatin1StringView("title"), esc(title)},
            {QLatin1StringView("page-css"), href(Core::AppUrl::resource(PageResources::pageStylesheet))},
            {QLatin1StringView("code-css"), href(Core::AppUrl::resource(PageResources::codeStylesheet))},
            {QLatin1StringView("body-class"), bodyClass},
            {QLatin1StringView("content"), content},
        });
}

QString PageBuilder::publishTime(const QDateTime &published) const
{
    if (!published.isValid())
        return {};
    const QDateTime local = published.toTimeZone(m_options.timeZone);
    const int offset = local.offsetFromUtc();
    QString zone = QStringLiteral("UTC");
    if (offset != 0) {
        const int minutes = std::abs(offset) / 60;
        zone += QStringLiteral("%1%2:%3")
                    .arg(QChar(offset < 0 ? u'-' : u'+'))
                    .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                    .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return u"<time datetime=\"" % published.toUTC().toString(Qt::ISODate) % u"\">"
        % local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) % u' ' % zone % u"</time>";
}

QString PageBuilder::header(const Core::Article &article) const
{
    QString html
        = u"<header class=\"article-header\">\n<h1 class=\"article-title\">" % esc(titleOf(article)) % u"</h1>\n";
    QStringList meta;
    if (const QString time = publishTime(article.published); !time.isEmpty())
        meta.append(time);
    if (const QString host = article.url.host(); !host.isEmpty())
        meta.append(u"<span class=\"article-source\">" % esc(host) % u"</span>");
    if (!meta.isEmpty())
        html += u"<p class=\"article-meta\">" % meta.join(QStringLiteral(" · ")) % u"</p>\n";
    html += excerptNote(article);
    html += localeSwitcher(article);
    html += tickerChips(article);
    return html + u"</header>\n";
}

QString PageBuilder::articlePage(const Core::Article &article, const QString &bodyHtml) const
{
    const QString content = u"<article class=\"article\">\n" % header(article) % u"<div class=\"article-body\">\n"
        % bodyHtml % u"</div>\n" % relatedStocks(article) % relatedNews(article, m_options.storedNews) % u"</article>";
    return page(article.locale, titleOf(article), QStringLiteral("article-page"), content);
}

QString PageBuilder::sourcePage(const Core::Article &article, const QString &sourceHtml) const
{
    const QString content
        = u"<article class=\"article\">\n<header class=\"article-header\">\n<p class=\"source-label\">"
        % esc(QCoreApplication::translate("Newsdesk::Render::PageBuilder", "Markdown source"))
        % u"</p>\n<h1 class=\"article-title\">" % esc(titleOf(article))
        % u"</h1>\n</header>\n<pre class=\"code source\" data-lang=\"markdown\"><code>" % sourceHtml
        % u"</code></pre>\n</article>";
    return page(article.locale, titleOf(article), QStringLiteral("source-page"), content);
}

QString PageBuilder::messagePage(const QString &title, const QString &message) const
{
    const QString content
        = u"<div class=\"message\">\n<h1>" % esc(title) % u"</h1>\n<p>" % esc(message) % u"</p>\n</div>";
    return page({}, title, QStringLiteral("message-page"), content);
}

} // namespace Newsdesk::Render
