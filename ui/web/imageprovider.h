#pragma once

#include <QByteArray>
#include <QUrl>

#include <functional>
#include <optional>

namespace Newsdesk::Ui {

// An image a page shows: every <img> of an article points at newsdesk://image/?src={source}, and
// the app decides where the bytes come from (the cache, the network when the user allows remote
// images, or nothing: the page then shows a placeholder).
struct ImageRequest
{
    QUrl source; // as the article wrote it, resolved against the article's URL
    bool remoteAllowed = false; // the user's "load remote images" setting
};

struct ImageData
{
    QByteArray data;
    QByteArray mimeType; // "image/png", …; anything not image/* is replaced by the placeholder
};

// Called exactly once per request, from any thread, now or later; std::nullopt for "no image".
using ImageCallback = std::function<void(std::optional<ImageData>)>;
// Called on the GUI thread. The default provider answers std::nullopt at once.
using ImageProvider = std::function<void(const ImageRequest &request, ImageCallback done)>;

} // namespace Newsdesk::Ui
