#pragma once

#include "storage/library.h"

#include <utility>

namespace Newsdesk::Storage {

class Connection;

// Finds documents by key, URL or imported file, and reads stored articles back whole.
class ArticleReader final
{
public:
    explicit ArticleReader(Connection &connection)
        : m_connection(connection)
    {
    }
    Q_DISABLE_COPY_MOVE(ArticleReader)

    std::optional<DocId> findDocument(const QString &keyOrUrl) const;
    std::optional<std::pair<DocId, QString>> findImportedFile(const QString &path) const;
    Result<Core::Article> article(DocId doc, const QString &locale, const QString &preferredLocale) const;
    QStringList storedLocales(DocId doc) const;
    std::optional<QDateTime> storedPublished(const QString &documentKey) const;
    int documentCount() const;

private:
    std::optional<DocId> documentByKey(const QString &key) const;

    Connection &m_connection;
};

} // namespace Newsdesk::Storage
