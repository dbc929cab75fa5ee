#pragma once

#include "controller/sidebarentry.h"
#include "core/article.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QString>

namespace Newsdesk::Ui {

// Words the reader shows about a view rather than an article: what an empty list says, and the
// name a ticker's header gives it.
class ViewCaption final
{
    Q_DECLARE_TR_FUNCTIONS(ViewCaption)

public:
    // What the list says when it has no rows: why, and what to do about it.
    static QString emptyList(const SidebarEntry &view, const QString &search, bool watchlistEmpty);
    // The ticker's name as the article being read writes it (its language), else any stored one.
    static QString tickerName(const Storage::Library &library, const Core::Article &reading, const QString &ticker);
};

} // namespace Newsdesk::Ui
