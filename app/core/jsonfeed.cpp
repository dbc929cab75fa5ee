// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): items with url (or external_url),
// title, content_html / content_text, summary, date_published / date_modified, authors.
#include "core/datetimeparser.h"
#include "core/feedtext.h"
#include "core/links.h"
#include "core/listpageparser.h"
#include "core/relateditems.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Newsdesk::Core {

namespace {

constexpr qsizetype maxSummary = 2000;

QString authorOf(const QJsonObject &object)
{
    const QJsonArray authors = object.value(QLatin1StringView("authors")).toArray();
    if (!authors.isEmpty())
        return authors.first().toObject().value(QLatin1StringView("name")).toString();
    return object.value(QLatin1StringView("author")).toObject().value(QLatin1StringView("name")).toString();
}

} // namespace

ListPage parseJsonFeed(const QByteArray &document, const QUrl &base)
{
    ListPage page;
    page.kind = ListPage::Kind::Feed;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(document, &error);
    if (!json.isObject()) {
        page.warnings.append(u"not a JSON Feed: %1"_qs.arg(error.errorString()));
        return page;
    }
    const QJsonObject feed = json.object();
    page.title = isolateBidi(feed.value(QLatin1StringView("title")).toString().simplified());
    const QString feedAuthor = authorOf(feed);
    for (const QJsonValue &value : feed.value(QLatin1StringView("items")).toArray()) {
        const QJsonObject item = value.toObject();
        ArticleRef ref;
        QString link = item.value(QLatin1StringView("url")).toString();
        if (link.isEmpty())
            link = item.value(QLatin1StringView("external_url")).toString();
        ref.guid = item.value(QLatin1StringView("id")).isDouble()
            ? QString::number(item.value(QLatin1StringView("id")).toDouble(), 'g', 17)
            : item.value(QLatin1StringView("id")).toString();
        ref.url = webUrl(link.trimmed(), base);
        ref.newsId = newsIdFromUrl(ref.url);
        ref.title = isolateBidi(item.value(QLatin1StringView("title")).toString().simplified());
        const QString author = authorOf(item);
        ref.author = isolateBidi(author.isEmpty() ? feedAuthor : author);
        QString time = item.value(QLatin1StringView("date_published")).toString();
        if (time.isEmpty())
            time = item.value(QLatin1StringView("date_modified")).toString();
        if (!time.isEmpty()) {
            ref.published = parseDateTime(time);
            if (!ref.published.isValid())
                page.warnings.append(u"item \"%1\": \"%2\" is not a date"_qs.arg(ref.title.left(60), time.left(60)));
        }
        const QString html = item.value(QLatin1StringView("content_html")).toString();
        const QString text = item.value(QLatin1StringView("content_text")).toString();
        ref.content = !html.isEmpty() ? htmlToMarkdown(html)
                                      : htmlToMarkdown(text.toHtmlEscaped().replace(u"\n\n"_qs, u"<p>"_qs));
        const QString summary = item.value(QLatin1StringView("summary")).toString();
        ref.summary = !summary.isEmpty() ? summary.simplified().left(maxSummary)
                                         : htmlToText(html.isEmpty() ? text.toHtmlEscaped() : html, maxSummary);
        if (ref.url.isEmpty())
            page.warnings.append(u"item \"%1\" has no link; skipped"_qs.arg(ref.title.left(60)));
        else
            page.articles.append(ref);
    }
    return page;
}

} // namespace Newsdesk::Core
