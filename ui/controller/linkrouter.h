#pragma once

#include <QString>
#include <QUrl>

namespace Newsdesk::Ui {

// Where a link goes: a click in the page, a ticker chip in the list, a notification, the app's
// own navigation. One decision for all of them, so what the tests follow is what users follow.
struct LinkRoute
{
    enum class Kind {
        News, // value: a news id (opened if stored, else fetched)
        Ticker, // value: a ticker: its view
        Article, // value: a document key, locale: the variant (a variant switch when it is the current article)
        External, // url: to the system browser, following the user's setting
        LoadImage, // value: an image source the page left out (remote images off): fetch it once
        FullArticle, // value: a document key: fetch the whole article a feed excerpt was cut from
        Ignore, // an app link that navigates nowhere (images, resources, the source page)
    };
    Kind kind = Kind::Ignore;
    QString value;
    QString locale;
    QUrl url;

    static LinkRoute of(const QUrl &url);
};

} // namespace Newsdesk::Ui
