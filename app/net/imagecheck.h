#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Newsdesk::Net {

// The most pixels an image may have to be stored or shown: a small file can hold a huge bitmap
// (a 1 MB PNG of 20000 × 20000 pixels decodes to 1.6 GB in the page's renderer).
inline constexpr qint64 maxImagePixels = 40'000'000;

// Reads the image's dimensions from its header (QImageReader::size(), nothing is decoded) and
// refuses one over maxImagePixels. Formats Qt cannot read the header of pass.
std::optional<Error> checkImageDimensions(const QByteArray &bytes);

// An SVG placeholder that says why the image is not shown.
QByteArray refusedImagePlaceholder(const QString &why);

} // namespace Newsdesk::Net
