#include "render/pageresources.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPageResources, "newsdesk.render.resources")

namespace Newsdesk::Render::PageResources {

namespace {

QByteArray readResource(const QString &name)
{
    QFile file(u":/newsdesk/page/" + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcPageResources) << "missing embedded resource" << name;
        return {};
    }
    return file.readAll();
}

} // namespace

const QString &pageTemplate()
{
    static const QString pattern = QString::fromUtf8(readResource(QStringLiteral("page.html")));
    return pattern;
}

std::optional<Resource> embedded(const QString &name)
{
    struct Entry
    {
        QLatin1StringView name;
        const char *mimeType;
    };
    static constexpr Entry entries[] = {
        {pageStylesheet, "text/css"},
        {imagePlaceholder, "image/svg+xml"},
    };
    for (const Entry &entry : entries) {
        if (name == entry.name) {
            QByteArray data = readResource(name);
            if (data.isEmpty())
                return std::nullopt;
            return Resource{std::move(data), entry.mimeType};
        }
    }
    return std::nullopt;
}

} // namespace Newsdesk::Render::PageResources
