#include "storage/articlereader.h"

#include "core/links.h"
#include "storage/articlecodec.h"
#include "storage/connection.h"
#include "storage/textpacking.h"

#include <QCoreApplication>

#include <algorithm>

namespace Newsdesk::Storage {

std::optional<DocId> ArticleReader::documentByKey(const QString &key) const
{
    Result<QVariant> id = m_connection.scalar(QStringLiteral("SELECT id FROM documents WHERE key = ?"), {key});
    if (!id || id->isNull())
        return std::nullopt;
    return id->toLongLong();
}

std::optional<DocId> ArticleReader::findDocument(const QString &keyOrUrl) const
{
    const QString text = keyOrUrl.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::optional<DocId> doc = documentByKey(text))
        return doc;
    // Any URL form: /news/{id} with or without locale, .md, /llms.txt, an old host; the key binds
    // the site, so another site's URL never finds a primary-site article.
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty()) {
        const QString key = Core::documentKeyForUrl(url);
        if (!key.isEmpty() && key != text)
            return documentByKey(key);
        return std::nullopt;
    }
    // A bare news id with no primary-site article: the one other site's article with that id.
    const bool newsId
        = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!newsId)
        return std::nullopt;
    Result<Rows> rows = m_connection.select(
        QStringLiteral("SELECT id FROM documents WHERE key LIKE ? LIMIT 2"), {QString(u"%/news/"_qs + text)});
    if (!rows || !rows->next())
        return std::nullopt;
    const DocId only = rows->integer(0);
    const bool ambiguous = rows->next();
    rows->finish();
    return ambiguous ? std::nullopt : std::optional<DocId>(only);
}

std::optional<std::pair<DocId, QString>> ArticleReader::findImportedFile(const QString &path) const
{
    Result<Rows> rows
        = m_connection.select(QStringLiteral("SELECT doc_key, locale FROM imported_files WHERE path = ?"), {path});
    if (!rows || !rows->next())
        return std::nullopt;
    const QString key = rows->text(0);
    const QString locale = rows->text(1);
    rows->finish();
    if (std::optional<DocId> doc = documentByKey(key))
        return std::pair{*doc, locale};
    return std::nullopt;
}

Result<Core::Article> ArticleReader::article(DocId doc, const QString &locale, const QString &preferredLocale) const
{
    static const QString columns = QStringLiteral(
        "SELECT d.key, a.locale, a.title, a.type, a.url, a.published, a.summary, a.variants, a.related_stocks, "
        "a.mentions, a.related_news, a.extra, a.warnings, a.body, a.source FROM articles a "
        "JOIN documents d ON d.id = a.doc_id ");
    Result<Rows> rows = locale.isEmpty()
        ? m_connection.select(
            columns + u"WHERE a.doc_id = ? ORDER BY a.locale = ? DESC, a.id LIMIT 1", {doc, preferredLocale})
        : m_connection.select(columns + u"WHERE a.doc_id = ? AND a.locale = ?", {doc, locale});
    if (!rows)
        return rows.error();
    if (!rows->next()) {
        if (rows->error())
            return *rows->error();
        return Error::make(Error::Kind::NotFound,
            locale.isEmpty()
                ? QCoreApplication::translate("Newsdesk::Storage::ArticleReader", "no such article")
                : QCoreApplication::translate("Newsdesk::Storage::ArticleReader", "the article has no %1 version")
                      .arg(locale));
    }
    Core::Article a;
    a.key = rows->text(0);
    a.locale = rows->text(1);
    a.title = rows->text(2);
    a.type = rows->text(3);
    a.url = Codec::urlFromText(rows->text(4));
    a.published = Codec::timeFromValue(rows->value(5));
    a.summary = rows->text(6);
    a.variants = Codec::variantsFromJson(rows->text(7));
    a.relatedStocks = Codec::stocksFromJson(rows->text(8));
    a.mentions = Codec::stringsFromJson(rows->text(9));
    a.relatedNews = Codec::newsFromJson(rows->text(10));
    a.extra = Codec::extraFromJson(rows->text(11));
    a.warnings = Codec::stringsFromJson(rows->text(12));
    // The source was packed with the body as its dictionary (textpacking.h).
    const std::optional<QByteArray> body = TextPacking::unpack(rows->value(13));
    const std::optional<QByteArray> source = body ? TextPacking::unpack(rows->value(14), *body) : std::nullopt;
    if (!source) {
        return Error::make(Error::Kind::Database,
            QCoreApplication::translate(
                "Newsdesk::Storage::Connection", "the library file is damaged or is not a Newsdesk library"));
    }
    a.body = QString::fromUtf8(*body);
    a.source = QString::fromUtf8(*source);
    return a;
}

QStringList ArticleReader::storedLocales(DocId doc) const
{
    QStringList locales;
    Result<Rows> rows
        = m_connection.select(QStringLiteral("SELECT locale FROM articles WHERE doc_id = ? ORDER BY id"), {doc});
    while (rows && rows->next())
        locales.append(rows->text(0));
    return locales;
}

std::optional<QDateTime> ArticleReader::storedPublished(const QString &documentKey) const
{
    Result<Rows> rows
        = m_connection.select(QStringLiteral("SELECT published FROM documents WHERE key = ?"), {documentKey});
    if (!rows || !rows->next())
        return std::nullopt;
    return Codec::timeFromValue(rows->value(0));
}

int ArticleReader::documentCount() const
{
    Result<QVariant> count = m_connection.scalar(QStringLiteral("SELECT count(*) FROM documents"));
    return count ? count->toInt() : 0;
}

} // namespace Newsdesk::Storage
