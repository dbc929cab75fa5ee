#pragma once

#include "render/pagerenderer.h"
#include "render/pagetheme.h"
#include "web/imageprovider.h"

#include <QObject>

class QWebEngineProfile;

namespace Newsdesk::Storage {
class Library;
}

namespace Newsdesk::Ui {

class AppSchemeHandler;
class RequestInterceptor;

// The one WebEngine profile of the reader, owned by the app: off the record (nothing written to
// disk, no persistent cookies), JavaScript and every other active feature off, the newsdesk:
// scheme served by an AppSchemeHandler, every other request blocked by a RequestInterceptor,
// downloads refused. Create it after the application object and after registerAppUrlScheme().
class ReaderProfile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderProfile)

public:
    explicit ReaderProfile(QObject *parent = nullptr);
    ReaderProfile(Render::PageRenderer::Options options, QObject *parent);
    ~ReaderProfile() override;

    QWebEngineProfile *profile() const { return m_profile; }
    AppSchemeHandler *schemeHandler() const { return m_handler; }
    RequestInterceptor *interceptor() const { return m_interceptor; }

    // Shortcuts to the scheme handler's settings. Pages pick them up when next loaded.
    void setLibrary(Storage::Library *library);
    void setTheme(Render::PageTheme theme);
    void setImageProvider(ImageProvider provider);
    void setRemoteImagesAllowed(bool allowed);

private:
    QWebEngineProfile *m_profile = nullptr;
    AppSchemeHandler *m_handler = nullptr;
    RequestInterceptor *m_interceptor = nullptr;
};

} // namespace Newsdesk::Ui
