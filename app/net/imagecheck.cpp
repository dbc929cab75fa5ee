#include "net/imagecheck.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

namespace Newsdesk::Net {

std::optional<Error> checkImageDimensions(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!size.isValid())
        return std::nullopt;
    const qint64 pixels = qint64(size.width()) * qint64(size.height());
    if (pixels <= maxImagePixels)
        return std::nullopt;
    return Error::make(Error::Kind::TooLarge,
        QCoreApplication::translate("Newsdesk::Net::ImageCheck",
            "the image is %1 × %2 pixels, over the limit of %3 million pixels; not stored or shown")
            .arg(size.width())
            .arg(size.height())
            .arg(maxImagePixels / 1'000'000));
}

QByteArray refusedImagePlaceholder(const QString &why)
{
    const QByteArray text = why.toHtmlEscaped().toUtf8();
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"90\" viewBox=\"0 0 480 90\">"
           "<rect x=\"0.5\" y=\"0.5\" width=\"479\" height=\"89\" rx=\"6\" fill=\"#8884\" stroke=\"#8888\"/>"
           "<text x=\"240\" y=\"50\" font-family=\"sans-serif\" font-size=\"12\" text-anchor=\"middle\" "
           "fill=\"#888\">"
        + text + "</text></svg>";
}

} // namespace Newsdesk::Net
