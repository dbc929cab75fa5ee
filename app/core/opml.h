#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Newsdesk::Core {

// One subscription as OPML 2.0 writes it: <outline type="rss" text="…" xmlUrl="…"/>.
struct OpmlOutline
{
    QString title;
    QUrl xmlUrl;
    QString group; // the enclosing outline's text, if any
};

// Feed readers' exchange format. Read with QXmlStreamReader: a document type declaration is
// refused (no entities, internal or external), outlines nest to any depth and only http(s) feed
// addresses are taken; `skipped` says which outlines were not and why.
struct OpmlDocument
{
    QString title;
    QList<OpmlOutline> feeds;
    QStringList skipped;
};
Result<OpmlDocument> parseOpml(const QByteArray &document);

// OPML 2.0: each feed as an outline; grouped outlines (e.g. the watchlist's ticker news pages)
// inside an outline named after their group.
QByteArray writeOpml(const QString &title, const QList<OpmlOutline> &feeds);

} // namespace Newsdesk::Core
