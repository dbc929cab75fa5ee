#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace Newsdesk::Net {

// The http(s) images a markdown body shows — inline `![alt](src "title")`, `![alt](<src>)` and
// reference images `![alt][ref]` with their `[ref]: src` definitions — resolved against `base`
// the way the renderer resolves them, unique, in order. Code spans and fenced code are skipped.
QList<QUrl> imageUrls(const QString &markdown, const QUrl &base = {});

} // namespace Newsdesk::Net
