#include "core/articleparser.h"

#include "core/articlebody.h"
#include "core/collapsed.h"
#include "core/datetimeparser.h"
#include "core/frontmatter.h"
#include "core/links.h"
#include "core/relateditems.h"
#include "core/ticker.h"

#include <QCryptographicHash>
#include <QSet>
#include <QStringDecoder>

namespace Newsdesk::Core {

namespace {

// Front-matter synonyms (docs/format.md §2), the preferred key first.
constexpr std::initializer_list<QStringView> titleKeys = {u"title", u"headline", u"og_title"};
constexpr std::initializer_list<QStringView> summaryKeys = {u"description", u"summary", u"excerpt"};
constexpr std::initializer_list<QStringView> timeKeys
    = {u"datetime", u"date", u"published", u"published_at", u"pubDate", u"updated"};
constexpr std::initializer_list<QStringView> urlKeys = {u"url", u"canonical", u"permalink"};
constexpr std::initializer_list<QStringView> localeKeys = {u"locale", u"lang", u"language"};
constexpr std::initializer_list<QStringView> tickerKeys = {u"symbol", u"tickers"};

QString normalizedText(const QString &text)
{
    return text.simplified();
}

QStringList asList(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList();
    // "AMZN.US, TSLA.US" or "AMZN.US TSLA.US" as one scalar.
    QStringList items;
    const QString text = value.toString();
    for (QStringView piece : QStringView(text).split(u',')) {
        for (QStringView word : piece.split(u' ', Qt::SkipEmptyParts))
            items.append(word.toString());
    }
    return items;
}

// The name of a file without its folders and its ".md"-like extension.
QString baseName(const QString &path)
{
    QString name = path.sliced(qMax(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\')) + 1);
    for (QStringView ext : {u".md", u".markdown", u".txt", u".mdx"}) {
        if (name.endsWith(ext, Qt::CaseInsensitive) && name.size() > ext.size()) {
            name.chop(ext.size());
            break;
        }
    }
    return name;
}

QList<LocaleVariant> variantsFrom(const QStringList &items, const QUrl &base, QStringList &warnings)
{
    QList<LocaleVariant> variants;
    QSet<QString> seen;
    for (const QString &item : items) {
        LocaleVariant variant;
        if (const auto link = Markdown::linkAt(item, 0)) {
            // "[zh-CN](https://…/zh-CN/news/1.md)"
            variant.locale = normalizeLocale(link->text);
            variant.url = webUrl(link->url, base);
        } else if (const qsizetype colon = item.indexOf(u": "); colon > 0) {
            // "zh-CN: https://…" from an indented mapping
            variant.locale = normalizeLocale(item.first(colon));
            variant.url = webUrl(item.sliced(colon + 2).trimmed(), base);
        } else {
            variant.url = webUrl(item.trimmed(), base);
            variant.locale = classifyLink(variant.url).locale;
        }
        if (variant.locale.isEmpty() || !variant.url.isValid() || variant.url.isEmpty()) {
            warnings.append(u"locales: item \"%1\" has no locale and URL; skipped"_qs.arg(item.left(80)));
            continue;
        }
        if (seen.contains(variant.locale))
            continue;
        seen.insert(variant.locale);
        variants.append(variant);
    }
    return variants;
}

// With no URL at all, the key says where the text came from: "file:" + the file name as the caller
// gave it (without ".md"), else "text:" + a hash of the text, so re-importing the same text finds it.
QString fallbackKey(const ParseOptions &options, const QString &text)
{
    if (!options.fileName.isEmpty()) {
        QString name = options.fileName;
        if (name.endsWith(u".md", Qt::CaseInsensitive))
            name.chop(3);
        return u"file:"_qs + name;
    }
    const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return u"text:"_qs + QString::fromLatin1(hash);
}

} // namespace

Article parseArticle(const QByteArray &document, const ParseOptions &options)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(document);
    const bool invalid = decoder.hasError();
    Article article = parseArticle(text, options);
    if (invalid)
        article.warnings.prepend(u"the document is not valid UTF-8; bad bytes were replaced"_qs);
    return article;
}

Article parseArticle(const QString &document, const ParseOptions &options)
{
    Article article;
    article.source = document;
    if (article.source.startsWith(QChar(0xFEFF)))
        article.source.remove(0, 1);

    QString text = article.source;
    text.replace(u"\r\n"_qs, u"\n"_qs);
    text.replace(u'\r', u'\n');

    FrontMatter fm;
    QString bodyText;
    if (auto collapsed = recoverCollapsedDocument(text)) {
        fm = std::move(collapsed->frontMatter);
        bodyText = std::move(collapsed->body);
        article.warnings.append(
            u"the document was collapsed onto one line; its structure was recovered, paragraph breaks are lost"_qs);
    } else {
        fm = parseFrontMatter(text);
        bodyText = text.sliced(fm.bodyStart);
    }
    article.warnings += fm.warnings;

    // Known fields; every other key (and a synonym that lost to a preferred one) goes to extra.
    QSet<QString> used;
    auto take = [&](std::initializer_list<QStringView> keys) {
        QString found;
        const QVariant value = fm.firstOf(keys, &found);
        if (!found.isEmpty())
            used.insert(found);
        return value;
    };
    auto takeText = [&](std::initializer_list<QStringView> keys) {
        const QVariant value = take(keys);
        return value.typeId() == QMetaType::QStringList ? value.toStringList().join(u", "_qs) : value.toString();
    };
    article.title = normalizedText(takeText(titleKeys));
    article.summary = takeText(summaryKeys).trimmed();
    article.type = normalizedText(takeText({u"type"}));
    const QString timeText = takeText(timeKeys).trimmed();
    const QString urlText = takeText(urlKeys).trimmed();
    const QString localeText = takeText(localeKeys).trimmed();
    const QVariant tickers = take(tickerKeys);
    const QVariant locales = take({u"locales"});
    for (const auto &[key, value] : std::as_const(fm.fields)) {
        if (!used.contains(key))
            article.extra.append({key, value});
    }
    // Article has no field for front-matter tickers; they are kept under one name.
    if (tickers.isValid())
        article.extra.append({u"tickers"_qs, asList(tickers)});

    const QUrl base = options.sourceUrl;
    article.url = webUrl(urlText, base);
    if (!urlText.isEmpty() && article.url.isEmpty())
        article.warnings.append(u"url \"%1\" is not a web address; ignored"_qs.arg(urlText.left(200)));
    // Identity is bound to origin: a document fetched from one site cannot claim another's address
    // (it would update or replace that site's article); it is stored under where it came from.
    const bool fetched = base.scheme() == u"http" || base.scheme() == u"https";
    if (fetched && !article.url.isEmpty() && !sameSite(article.url, base)) {
        article.warnings.append(u"url \"%1\" is on another site than the document came from (%2); ignored"_qs.arg(
            article.url.toDisplayString().left(200), siteOf(base)));
        article.url = QUrl();
    }
    if (article.url.isEmpty() && base.isValid() && !base.isEmpty())
        article.url = base;

    if (!timeText.isEmpty()) {
        article.published = parseDateTime(timeText);
        if (!article.published.isValid())
            article.warnings.append(u"publish time \"%1\" is not a date; ignored"_qs.arg(timeText.left(100)));
    }

    QStringList localeItems = locales.typeId() == QMetaType::QStringList ? locales.toStringList() : QStringList();
    if (locales.typeId() != QMetaType::QStringList && !locales.toString().isEmpty())
        localeItems = {locales.toString()};
    article.variants = variantsFrom(localeItems, article.url.isEmpty() ? base : article.url, article.warnings);
    // Language versions come from the article's own site only.
    if (!article.url.isEmpty() && !siteOf(article.url).isEmpty()) {
        article.variants.removeIf([&](const LocaleVariant &variant) {
            if (sameSite(variant.url, article.url))
                return false;
            article.warnings.append(u"locales: the %1 version \"%2\" is on another site; skipped"_qs.arg(
                variant.locale, variant.url.toDisplayString().left(200)));
            return true;
        });
    }

    article.locale = normalizeLocale(localeText);
    if (article.locale.isEmpty())
        article.locale = classifyLink(article.url).locale;
    if (article.locale.isEmpty())
        article.locale = classifyLink(base).locale;
    if (article.locale.isEmpty()) {
        for (const LocaleVariant &variant : std::as_const(article.variants)) {
            if (!article.url.isEmpty() && variant.url == article.url)
                article.locale = variant.locale;
        }
    }
    if (!article.locale.isEmpty() && !article.url.isEmpty()) {
        const bool listed = std::any_of(article.variants.cbegin(), article.variants.cend(),
            [&](const LocaleVariant &v) { return v.locale == article.locale; });
        if (!listed)
            article.variants.append({article.locale, article.url});
    }

    article.key = documentKeyForUrl(article.url);
    if (article.key.isEmpty())
        article.key = fallbackKey(options, article.source);

    ArticleBody body = splitArticleBody(bodyText, article.title);
    article.warnings += body.warnings;
    if (article.title.isEmpty())
        article.title = normalizedText(body.firstHeading);
    if (article.title.isEmpty())
        article.title = options.listedTitle;
    if (!article.published.isValid() && options.listedPublished.isValid())
        article.published = options.listedPublished;
    if (article.title.isEmpty() && !options.fileName.isEmpty())
        article.title = baseName(options.fileName);
    if (article.title.isEmpty() && !article.url.isEmpty())
        article.title = baseName(article.url.path());
    if (article.title.isEmpty())
        article.warnings.append(u"the document has no title"_qs);

    const QUrl linkBase = article.url.isEmpty() ? base : article.url;
    QSet<QString> stockKeys;
    for (const Markdown::Link &link : std::as_const(body.relatedStocks)) {
        auto stock = relatedStockFromLink(link, linkBase);
        if (!stock) {
            article.warnings.append(u"Related Stocks: \"%1\" names no ticker; skipped"_qs.arg(link.text.left(80)));
            continue;
        }
        if (stockKeys.contains(stock->key))
            continue;
        stockKeys.insert(stock->key);
        article.relatedStocks.append(std::move(*stock));
    }
    for (const Markdown::Link &link : std::as_const(body.relatedNews)) {
        auto news = relatedNewsFromLink(link, linkBase);
        if (!news) {
            article.warnings.append(u"Related News: \"%1\" has no usable link; skipped"_qs.arg(link.text.left(80)));
            continue;
        }
        article.relatedNews.append(std::move(*news));
    }

    // A junk file can produce a warning per line; people read the first few.
    constexpr qsizetype maxWarnings = 50;
    if (article.warnings.size() > maxWarnings) {
        const qsizetype more = article.warnings.size() - maxWarnings;
        article.warnings.resize(maxWarnings);
        article.warnings.append(u"… and %1 more warnings"_qs.arg(more));
    }

    article.body = std::move(body.markdown);
    for (const Ticker &ticker : findTickerMentions(article.body))
        article.mentions.append(ticker.text());
    return article;
}

} // namespace Newsdesk::Core
