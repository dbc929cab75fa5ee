#pragma once

#include "core/markdownsyntax.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Newsdesk::Core {

// The body of an article split into what the reader renders and what it shows itself
// (docs/format.md §2): the "> Supported Languages:" line, the H1 that repeats the title, and the
// Related Stocks / Related News sections are taken out.
struct ArticleBody
{
    QString markdown; // what is left, trimmed of blank lines at both ends
    QString firstHeading; // text of the first heading outside code (the title of a bare .md file)
    QList<Markdown::Link> relatedStocks;
    QList<Markdown::Link> relatedNews;
    QStringList warnings;
};

// `title` is the front matter's title; when empty, the first heading is taken as the title.
ArticleBody splitArticleBody(QStringView body, QStringView title);

enum class RelatedSection { None, Stocks, News };
// Which Related section a heading opens ("Related Stocks", "相关股票", "Related News & Research"…).
RelatedSection relatedSectionFor(QStringView headingText);

// "> Supported Languages: [简体中文](…) | [繁體中文](…)" and its Chinese forms.
bool isLanguageLine(QStringView line);

} // namespace Newsdesk::Core
