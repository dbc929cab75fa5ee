#pragma once

#include <QString>
#include <QStringView>

namespace Newsdesk::Core {

// The name a text calls a company by, from its listed name: legal forms, share classes and a
// trailing web domain stripped ("Amazon.com, Inc." → "Amazon", "NVIDIA Corporation" → "NVIDIA",
// "小米集团-W" → "小米集团"); Chinese names otherwise kept as written. Empty when nothing usable is
// left (fewer than two characters).
QString companyAlias(QStringView listedName);

// Where `name` occurs in `text` from `from` on, ignoring case, as whole words: a name that starts
// or ends with a Latin letter or digit must not continue a word there ("Apple" is not found in
// "Pineapple"); Chinese has no word gaps and matches anywhere. -1 when it does not.
qsizetype indexOfName(QStringView text, QStringView name, qsizetype from = 0);
// Whether `name` is at `at` in `text` by the same rule.
bool isNameAt(QStringView text, qsizetype at, QStringView name);

} // namespace Newsdesk::Core
